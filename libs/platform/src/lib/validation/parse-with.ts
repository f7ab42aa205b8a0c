import { CommonErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { z } from 'zod';

/** Parses with a zod schema or throws VALIDATION_FAILED listing each issue as `{ path, message }`. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, message: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DomainError(CommonErrorCode.VALIDATION_FAILED, message, {
    issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
}
