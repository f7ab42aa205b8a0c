import { type PipeTransform } from '@nestjs/common';
import { parseWith } from '@pix/platform';
import type { z } from 'zod';
import { HTTP_MESSAGES } from './error-status';

/** Validates and converts a request part with a zod schema; failures are 400 VALIDATION_FAILED with each issue. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    return parseWith(this.schema, value, HTTP_MESSAGES.validationFailed);
  }
}
