import type { CertifiedIdentity } from '@pix/contracts';

export interface Problem {
  readonly field: string;
  readonly message: string;
}

const squeeze = (value: string) => value.trim().replace(/\s+/g, ' ');
const optional = (value: string | null | undefined) => {
  const cleaned = value === null || value === undefined ? '' : squeeze(value);
  return cleaned === '' ? null : cleaned;
};

/**
 * A jury correction of the candidate's identity (rules §9, what a C1 report calls for): names not blank with the
 * whitespace squeezed, a real birthdate after 1900 and not in the future, sex M or F, a birthplace, a birth country,
 * and for France an INSEE or a postal code.
 */
export function correctIdentity(
  input: CertifiedIdentity,
  today: Date,
): { readonly identity: CertifiedIdentity; readonly problems: readonly Problem[] } {
  const problems: Problem[] = [];
  const firstName = squeeze(input.firstName ?? '');
  const lastName = squeeze(input.lastName ?? '');
  if (firstName === '') problems.push({ field: 'firstName', message: 'Le prénom est obligatoire.' });
  if (lastName === '') problems.push({ field: 'lastName', message: 'Le nom de naissance est obligatoire.' });
  if (firstName.length > 255 || lastName.length > 255) {
    problems.push({ field: 'lastName', message: 'Le nom et le prénom font au plus 255 caractères.' });
  }
  if (input.sex !== 'M' && input.sex !== 'F') problems.push({ field: 'sex', message: 'Le sexe doit être M ou F.' });
  const birthdate = input.birthdate ?? '';
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(birthdate) ? new Date(`${birthdate}T00:00:00Z`) : null;
  if (parsed === null || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== birthdate) {
    problems.push({ field: 'birthdate', message: 'La date de naissance doit être une date valide (AAAA-MM-JJ).' });
  } else if (parsed.getUTCFullYear() <= 1900 || parsed.getTime() > today.getTime()) {
    problems.push({ field: 'birthdate', message: 'La date de naissance doit être postérieure à 1900 et passée.' });
  }
  const birthCity = squeeze(input.birthCity ?? '');
  const birthCountry = squeeze(input.birthCountry ?? '');
  if (birthCity === '') problems.push({ field: 'birthCity', message: 'La commune de naissance est obligatoire.' });
  if (birthCountry === '') problems.push({ field: 'birthCountry', message: 'Le pays de naissance est obligatoire.' });
  const birthINSEECode = optional(input.birthINSEECode);
  const birthPostalCode = optional(input.birthPostalCode);
  if (birthINSEECode !== null && !/^(\d{5}|2[AB]\d{3})$/i.test(birthINSEECode)) {
    problems.push({ field: 'birthINSEECode', message: 'Le code INSEE doit compter 5 caractères (ex. 75056, 2A004).' });
  }
  if (birthPostalCode !== null && !/^\d{5}$/.test(birthPostalCode)) {
    problems.push({ field: 'birthPostalCode', message: 'Le code postal doit compter 5 chiffres.' });
  }
  if (/^france$/i.test(birthCountry) && birthINSEECode === null && birthPostalCode === null) {
    problems.push({
      field: 'birthINSEECode',
      message: 'Pour une naissance en France, indiquez le code INSEE ou le code postal de la commune.',
    });
  }
  return {
    identity: {
      firstName,
      lastName,
      sex: input.sex,
      birthdate,
      birthCity,
      birthCountry,
      birthINSEECode: birthINSEECode?.toUpperCase() ?? null,
      birthPostalCode,
    },
    problems,
  };
}
