/** A verification code as printed on attestations: `P-` and 8 characters (rules §11). */
const CODE = /^P-[0-9A-Z]{8}$/;

/**
 * The code as typed, normalised: upper case, spaces dropped, the `P-` added when only the 8 characters were
 * typed. Null when it cannot be a code.
 */
export function normaliseVerificationCode(typed: string): string | null {
  const compact = typed.replace(/\s+/g, '').toUpperCase();
  const withPrefix = /^[0-9A-Z]{8}$/.test(compact) ? `P-${compact}` : compact.replace(/^P[-–]?(?=[0-9A-Z]{8}$)/, 'P-');
  return CODE.test(withPrefix) ? withPrefix : null;
}
