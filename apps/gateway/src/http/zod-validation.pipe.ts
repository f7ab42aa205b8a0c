import { type PipeTransform } from '@nestjs/common';
import { CommonErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { z } from 'zod';
import { HTTP_MESSAGES } from './error-status';

/** Validates and converts a request part with a zod schema; failures are 400 VALIDATION_FAILED with each issue. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw new DomainError(CommonErrorCode.VALIDATION_FAILED, HTTP_MESSAGES.validationFailed, {
      issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
}
