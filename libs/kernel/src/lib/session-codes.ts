import { randomCode, type RandomIntSource } from './random-code';
import { secureRandomInt } from './secure-random';

/** No vowels, no L N S Z: no look-alikes and no readable words (rules §2.2). */
export const SESSION_CODE_LETTERS = 'BCDFGHJKMPQRTVWXY';
/** No 0 1 5 (look like O, I, S). */
export const SESSION_CODE_DIGITS = '2346789';

/** The certificates' verification code (rules §11): `P-` + 8 characters of the same 24 symbols. */
export const VERIFICATION_CODE_ALPHABET = SESSION_CODE_DIGITS + SESSION_CODE_LETTERS;
export const VERIFICATION_CODE_PREFIX = 'P-';
const VERIFICATION_CODE_PATTERN = new RegExp(`^${VERIFICATION_CODE_PREFIX}[${VERIFICATION_CODE_ALPHABET}]{8}$`);

export function isVerificationCode(value: string): boolean {
  return VERIFICATION_CODE_PATTERN.test(value);
}

const INVIGILATOR_PASSWORD_LENGTH = 5;
const INVIGILATOR_PASSWORD_PREFIX = 'C-';
const INVIGILATOR_PASSWORD_PATTERN = new RegExp(
  `^[${SESSION_CODE_DIGITS}${SESSION_CODE_LETTERS}]{${INVIGILATOR_PASSWORD_LENGTH}}$`,
);
const ACCESS_CODE_PATTERN = new RegExp(`^[${SESSION_CODE_LETTERS}]{4}[${SESSION_CODE_DIGITS}]{2}$`);

/** The candidates' access code: 4 letters then 2 digits, e.g. `TQVF63`. Not unique: it goes with the session number. */
export function generateAccessCode(randomInt: RandomIntSource = secureRandomInt): string {
  return randomCode(SESSION_CODE_LETTERS, 4, randomInt) + randomCode(SESSION_CODE_DIGITS, 2, randomInt);
}

export function isAccessCode(value: string): boolean {
  return ACCESS_CODE_PATTERN.test(value);
}

/** The invigilator password: 5 characters drawn with replacement from the digits and letters; shown as `C-XXXXX`. */
export function generateInvigilatorPassword(randomInt: RandomIntSource = secureRandomInt): string {
  return randomCode(SESSION_CODE_DIGITS + SESSION_CODE_LETTERS, INVIGILATOR_PASSWORD_LENGTH, randomInt);
}

export function formatInvigilatorPassword(password: string): string {
  return `${INVIGILATOR_PASSWORD_PREFIX}${password}`;
}

/**
 * What an invigilator typed, as stored: with or without the `C-` prefix, any case, surrounding spaces
 * ignored. Returns null when it cannot be a password (so the caller can say so without a lookup).
 */
export function parseInvigilatorPassword(input: string): string | null {
  const upper = input.trim().toUpperCase();
  const bare = upper.startsWith(INVIGILATOR_PASSWORD_PREFIX) ? upper.slice(INVIGILATOR_PASSWORD_PREFIX.length) : upper;
  return INVIGILATOR_PASSWORD_PATTERN.test(bare) ? bare : null;
}
