import { type ExecutionContext, SetMetadata } from '@nestjs/common';

export const VERIFICATION_LOOKUP = 'pix:verification-lookup';

/** The public verification lookup: besides the general limit, a tighter one per IP (codes must not be guessed). */
export const VerificationLookup = () => SetMetadata(VERIFICATION_LOOKUP, true);

/** For the throttler's `skipIf`: the verification limit applies to those routes only. */
export function isVerificationLookup(context: ExecutionContext): boolean {
  return Reflect.getMetadata(VERIFICATION_LOOKUP, context.getHandler()) === true;
}
