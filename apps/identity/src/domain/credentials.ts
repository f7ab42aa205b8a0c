import { randomCode, type RandomIntSource } from '@pix/kernel';

// No look-alikes (0/O, 1/l/I) in what an admin reads out to a pupil.
const TEMPORARY_PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
const TEMPORARY_PASSWORD_LENGTH = 10;

/** A temporary password for a pupil: random, readable aloud, changed at first sign-in. */
export function generateTemporaryPassword(randomInt: RandomIntSource): string {
  return randomCode(TEMPORARY_PASSWORD_ALPHABET, TEMPORARY_PASSWORD_LENGTH, randomInt);
}

/** Lower-case ASCII letters of a name: "Éloïse-Marie" -> "eloisemarie". */
export function usernamePart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/giu, 'oe')
    .replace(/æ/giu, 'ae')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** `prenom.nom` + day and month of birth, e.g. `eloise.martin1503`; a number is added while it is taken. */
export function usernameCandidates(firstName: string, lastName: string, birthdate: string): string[] {
  const base = `${usernamePart(firstName) || 'eleve'}.${usernamePart(lastName) || 'pix'}${birthdate.slice(8, 10)}${birthdate.slice(5, 7)}`;
  return [base, ...Array.from({ length: 98 }, (_, index) => `${base}${index + 2}`)];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value);
}
