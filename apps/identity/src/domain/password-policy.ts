import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: ReadonlySet<string> | undefined;

/** About 50 000 passwords seen most often in breaches (zxcvbn-ts common list), lower-cased. */
function isCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

export interface PasswordContext {
  readonly email?: string | null;
  readonly username?: string | null;
}

/**
 * NIST SP 800-63B style: a length range and a block-list, no composition rules and no forced rotation.
 * Returns French messages, empty when the password is acceptable.
 */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  // Length in characters as people count them, not UTF-16 units.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return [`Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`];
  if (length > PASSWORD_MAX_LENGTH) return [`Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`];
  if (isCommon(password)) {
    return ['Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.'];
  }
  const lowered = password.toLowerCase();
  const identifiers = [context.email?.split('@')[0], context.username].filter(
    (value): value is string => typeof value === 'string' && value.length >= 4,
  );
  if (identifiers.some((identifier) => lowered.includes(identifier.toLowerCase()))) {
    return ['Le mot de passe ne doit pas contenir votre identifiant.'];
  }
  return [];
}
