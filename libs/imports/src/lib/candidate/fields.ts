import { type DateParseResult, parseFrenchDate, parseIsoDate, toFrenchDate } from '../shared/dates';
import { collapseSpaces, foldedWords } from '../shared/text';
import type { BillingMode, CentreType, Sex } from './candidate';

/** Outcome of one field's rule; the message is a full French sentence about the field. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export const MAX_TEXT_LENGTH = 255;
export const MIN_BIRTHDATE = '1900-01-01';

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(code: string, message: string): FieldResult<T> => ({ ok: false, code, message });

const NAME_LABELS = { lastName: 'Le nom de naissance', firstName: 'Le prénom' } as const;

/** Names: trimmed (inner runs of spaces collapsed), required, at most 255 characters. */
export function parseName(raw: string, field: 'lastName' | 'firstName'): FieldResult<string> {
  const value = collapseSpaces(raw);
  const label = NAME_LABELS[field];
  const code = field === 'lastName' ? 'LAST_NAME' : 'FIRST_NAME';
  if (value === '') return fail(`${code}_REQUIRED`, `${label} est obligatoire.`);
  if (value.length > MAX_TEXT_LENGTH) {
    return fail(`${code}_TOO_LONG`, `${label} ne doit pas dépasser ${MAX_TEXT_LENGTH} caractères.`);
  }
  return ok(value);
}

const SEXES: Readonly<Record<string, Sex>> = {
  m: 'M',
  f: 'F',
  homme: 'M',
  femme: 'F',
  masculin: 'M',
  feminin: 'F',
};

/** `M` or `F`, any case; « Homme »/« Femme » and « Masculin »/« Féminin » are understood too. */
export function parseSex(raw: string): FieldResult<Sex> {
  const value = raw.trim();
  if (value === '') return fail('SEX_REQUIRED', 'Le sexe est obligatoire : indiquez M ou F.');
  const sex = SEXES[foldedWords(value).join(' ')];
  return sex === undefined ? fail('SEX_INVALID', `Le sexe « ${value} » n’est pas reconnu : indiquez M ou F.`) : ok(sex);
}

export type DateFormat = 'iso' | 'french';

/** Birthdate: a real calendar date, after 1900-01-01, not after `today`. Returned as `YYYY-MM-DD`. */
export function parseBirthdate(raw: string, today: string, format: DateFormat): FieldResult<string> {
  const value = raw.trim();
  if (value === '') return fail('BIRTHDATE_REQUIRED', 'La date de naissance est obligatoire.');
  const parsed: DateParseResult = format === 'iso' ? parseIsoDate(value) : parseFrenchDate(value);
  if (!parsed.ok) {
    return parsed.reason === 'format'
      ? fail(
          'BIRTHDATE_INVALID_FORMAT',
          `La date de naissance « ${value} » n’est pas au format ${format === 'iso' ? 'AAAA-MM-JJ' : 'jj/mm/aaaa'}.`,
        )
      : fail('BIRTHDATE_INVALID', `La date de naissance « ${value} » n’existe pas.`);
  }
  if (parsed.value <= MIN_BIRTHDATE) {
    return fail(
      'BIRTHDATE_TOO_OLD',
      `La date de naissance « ${value} » doit être postérieure au ${toFrenchDate(MIN_BIRTHDATE)}.`,
    );
  }
  if (parsed.value > today) {
    return fail('BIRTHDATE_IN_FUTURE', `La date de naissance « ${value} » est dans le futur.`);
  }
  return ok(parsed.value);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_LABELS = {
  email: 'L’e-mail de convocation',
  resultRecipientEmail: 'L’e-mail du destinataire des résultats',
} as const;

/** Optional e-mail: empty gives null; otherwise `local@domain.tld`, at most 255 characters. */
export function parseEmail(raw: string, field: 'email' | 'resultRecipientEmail'): FieldResult<string | null> {
  const value = raw.trim();
  if (value === '') return ok(null);
  const code = field === 'email' ? 'EMAIL' : 'RESULT_RECIPIENT_EMAIL';
  if (value.length > MAX_TEXT_LENGTH || !EMAIL.test(value)) {
    return fail(`${code}_INVALID`, `${EMAIL_LABELS[field]} « ${value} » n’est pas une adresse valide.`);
  }
  return ok(value);
}

/** Optional « Identifiant local »: empty gives null, at most 255 characters. */
export function parseExternalId(raw: string): FieldResult<string | null> {
  const value = raw.trim();
  if (value === '') return ok(null);
  if (value.length > MAX_TEXT_LENGTH) {
    return fail('EXTERNAL_ID_TOO_LONG', `L’identifiant local ne doit pas dépasser ${MAX_TEXT_LENGTH} caractères.`);
  }
  return ok(value);
}

const EXTRA_TIME = /^(-?\d+(?:[.,]\d+)?)\s*(%?)$/;

/**
 * Extra time, stored as a decimal fraction (0.3 = 30 %).
 * - `30`, `30%`, `30 %`, `12,5 %`, `12.5`: a percentage, whatever the separator.
 * - A number strictly between 0 and 1 without `%` (`0,3`, `0.25`) is already a fraction: the value a
 *   spreadsheet exports for a cell formatted as a percentage. Nobody gives 0.3 % of extra time.
 * - 0 (or empty) means none: null. Accepted: 0 to 999 %. Rounded to a hundredth of a percent.
 */
export function parseExtraTime(raw: string | number): FieldResult<number | null> {
  const value = typeof raw === 'number' ? String(raw) : raw.trim();
  if (value === '') return ok(null);
  const match = EXTRA_TIME.exec(value);
  if (!match) {
    return fail(
      'EXTRA_TIME_INVALID',
      `Le temps majoré « ${value} » n’est pas valide : indiquez un pourcentage, par exemple 30 ou 30 %.`,
    );
  }
  const number = Number((match[1] as string).replace(',', '.'));
  const percent = match[2] === '' && number > 0 && number < 1 ? number * 100 : number;
  if (percent < 0 || percent >= 1000) {
    return fail('EXTRA_TIME_OUT_OF_RANGE', `Le temps majoré « ${value} » doit être compris entre 0 et 999 %.`);
  }
  const fraction = Math.round(percent * 100) / 10000;
  return ok(fraction === 0 ? null : fraction);
}

const BILLING_MODES: Readonly<Record<string, BillingMode>> = {
  free: 'FREE',
  gratuite: 'FREE',
  gratuit: 'FREE',
  paid: 'PAID',
  payante: 'PAID',
  payant: 'PAID',
  prepaid: 'PREPAID',
  prepayee: 'PREPAID',
  prepaye: 'PREPAID',
};

export const BILLING_MODE_LABELS: Readonly<Record<BillingMode, string>> = {
  FREE: 'Gratuite',
  PAID: 'Payante',
  PREPAID: 'Prépayée',
};

/** SCO centres: must be empty. Others: required, `FREE`/`PAID`/`PREPAID` or `Gratuite`/`Payante`/`Prépayée`. */
export function parseBillingMode(raw: string, centreType: CentreType): FieldResult<BillingMode | null> {
  const value = raw.trim();
  if (centreType === 'SCO') {
    return value === ''
      ? ok(null)
      : fail(
          'BILLING_MODE_MUST_BE_EMPTY',
          `La tarification part Pix doit rester vide pour un établissement scolaire (« ${value} » indiqué).`,
        );
  }
  if (value === '') {
    return fail(
      'BILLING_MODE_REQUIRED',
      'La tarification part Pix est obligatoire : indiquez Gratuite, Payante ou Prépayée.',
    );
  }
  const mode = BILLING_MODES[foldedWords(value).join('')];
  return mode === undefined
    ? fail(
        'BILLING_MODE_INVALID',
        `La tarification part Pix « ${value} » n’est pas reconnue : indiquez Gratuite, Payante ou Prépayée.`,
      )
    : ok(mode);
}

/** Required when the billing mode is `PREPAID`, empty otherwise. */
export function parsePrepaymentCode(raw: string, billingMode: BillingMode | null): FieldResult<string | null> {
  const value = raw.trim();
  if (billingMode === 'PREPAID') {
    if (value === '') {
      return fail(
        'PREPAYMENT_CODE_REQUIRED',
        'Le code de prépaiement est obligatoire quand la tarification part Pix est « Prépayée ».',
      );
    }
    if (value.length > MAX_TEXT_LENGTH) {
      return fail(
        'PREPAYMENT_CODE_TOO_LONG',
        `Le code de prépaiement ne doit pas dépasser ${MAX_TEXT_LENGTH} caractères.`,
      );
    }
    return ok(value);
  }
  return value === ''
    ? ok(null)
    : fail(
        'PREPAYMENT_CODE_MUST_BE_EMPTY',
        'Le code de prépaiement doit rester vide quand la tarification part Pix n’est pas « Prépayée ».',
      );
}
