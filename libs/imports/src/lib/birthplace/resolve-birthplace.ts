import type { Problem, Validation } from '../shared/problems';
import { type Country, findCountry, findCountryByCode, isFrance } from './country-index';
import { FRANCE_CODE } from './countries';
import { findCommuneByInseeCode, findCommuneByPostalCodeAndName, findCommunesByPostalCode } from './communes';

export interface BirthplaceInput {
  readonly country?: string | null;
  readonly inseeCode?: string | null;
  readonly postalCode?: string | null;
  readonly city?: string | null;
}

export interface Birthplace {
  /** French name of the country (« France », « Maroc »). */
  readonly birthCountry: string;
  /** Commune code when born in France and given by INSEE code; the country's `99xxx` code when born abroad. */
  readonly birthINSEECode: string | null;
  /** Only when born in France and given by postal code. */
  readonly birthPostalCode: string | null;
  /** Official name of the French commune, or the foreign city as typed. */
  readonly birthCity: string;
}

export type BirthplaceField = 'birthCountry' | 'birthINSEECode' | 'birthPostalCode' | 'birthCity';
export type BirthplaceProblem = Problem<BirthplaceField>;

const INSEE_COMMUNE_CODE = /^(\d{2}|2[AB])\d{3}$/;
const POSTAL_CODE = /^\d{5}$/;

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Spreadsheets turn `01400` into the number 1400: a 4-digit code gets its leading zero back. */
function restoreLeadingZero(code: string): string {
  return /^\d{4}$/.test(code) ? `0${code}` : code;
}

function problem(field: BirthplaceField, code: string, message: string): Validation<Birthplace, BirthplaceField> {
  return { ok: false, problems: [{ field, code, message }] };
}

/**
 * Checks a birthplace and completes it (§3.1): the country by name or INSEE code; born in France, either the
 * INSEE code of the commune (its name is filled in) or a postal code with the commune's name, never both;
 * born abroad, the city, no postal code, and an INSEE code empty or `99` (replaced by the country's code).
 * Without a country, a French commune code or a postal code means France.
 */
export function resolveBirthplace(input: BirthplaceInput): Validation<Birthplace, BirthplaceField> {
  const countryText = clean(input.country);
  const inseeCode = restoreLeadingZero(clean(input.inseeCode).replace(/\s/g, '').toUpperCase());
  const postalCode = restoreLeadingZero(clean(input.postalCode).replace(/\s/g, ''));
  const city = clean(input.city);

  if (countryText === '' && inseeCode === '' && postalCode === '' && city === '') {
    return problem(
      'birthCountry',
      'BIRTHPLACE_REQUIRED',
      'Le lieu de naissance est obligatoire : indiquez le pays de naissance, puis le code INSEE de la commune, ou son code postal et son nom.',
    );
  }

  let country: Country | undefined;
  if (countryText !== '') {
    country = findCountry(countryText);
    if (country === undefined) {
      return problem('birthCountry', 'BIRTH_COUNTRY_NOT_FOUND', `Le pays « ${countryText} » n’est pas reconnu.`);
    }
  } else if (/^99\d{3}$/.test(inseeCode)) {
    country = findCountryByCode(inseeCode);
    if (country === undefined) {
      return problem('birthINSEECode', 'BIRTH_INSEE_CODE_NOT_FOUND', `Le code INSEE ${inseeCode} n’existe pas.`);
    }
  } else if ((inseeCode !== '' && inseeCode !== '99') || postalCode !== '') {
    country = findCountryByCode(FRANCE_CODE);
  }
  if (country === undefined) {
    return problem(
      'birthCountry',
      'BIRTH_COUNTRY_REQUIRED',
      'Le pays de naissance est obligatoire quand ni le code INSEE ni le code postal de la commune ne sont indiqués.',
    );
  }
  return isFrance(country)
    ? resolveFrenchBirthplace(country, inseeCode, postalCode, city)
    : resolveForeignBirthplace(country, inseeCode, postalCode, city);
}

function resolveForeignBirthplace(
  country: Country,
  inseeCode: string,
  postalCode: string,
  city: string,
): Validation<Birthplace, BirthplaceField> {
  const problems: BirthplaceProblem[] = [];
  if (city === '') {
    problems.push({
      field: 'birthCity',
      code: 'BIRTH_CITY_REQUIRED',
      message: `La commune de naissance est obligatoire pour une naissance à l’étranger (${country.name}).`,
    });
  }
  if (postalCode !== '') {
    problems.push({
      field: 'birthPostalCode',
      code: 'BIRTH_POSTAL_CODE_MUST_BE_EMPTY',
      message: `Le code postal doit rester vide pour une naissance à l’étranger (${country.name}).`,
    });
  }
  if (inseeCode !== '' && inseeCode !== '99' && inseeCode !== country.code) {
    problems.push({
      field: 'birthINSEECode',
      code: 'BIRTH_INSEE_CODE_INVALID',
      message: `Pour une naissance à l’étranger (${country.name}), le code INSEE doit rester vide ou valoir 99 : « ${inseeCode} » ne convient pas.`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { birthCountry: country.name, birthINSEECode: country.code, birthPostalCode: null, birthCity: city },
  };
}

function resolveFrenchBirthplace(
  country: Country,
  inseeCode: string,
  postalCode: string,
  city: string,
): Validation<Birthplace, BirthplaceField> {
  if (inseeCode !== '' && (postalCode !== '' || city !== '')) {
    const given = postalCode !== '' ? 'un code postal' : 'un nom de commune';
    return problem(
      'birthINSEECode',
      'BIRTH_INSEE_CODE_AND_POSTAL_CODE_EXCLUSIVE',
      `Indiquez soit le code INSEE de la commune de naissance, soit son code postal et son nom, mais pas les deux : le code INSEE ${inseeCode} est accompagné d’${given}.`,
    );
  }
  if (inseeCode !== '') {
    const countryOfCode = /^99\d{3}$/.test(inseeCode) ? findCountryByCode(inseeCode) : undefined;
    if (countryOfCode !== undefined) {
      return problem(
        'birthINSEECode',
        'BIRTH_INSEE_CODE_INVALID',
        `Le code INSEE ${inseeCode} désigne un pays (${countryOfCode.name}), pas une commune française : vérifiez le pays ou le code INSEE.`,
      );
    }
    if (!INSEE_COMMUNE_CODE.test(inseeCode)) {
      return problem(
        'birthINSEECode',
        'BIRTH_INSEE_CODE_INVALID',
        `Le code INSEE « ${inseeCode} » n’est pas valide : il compte 5 caractères, par exemple 75056 ou 2A004 pour la Corse.`,
      );
    }
    const commune = findCommuneByInseeCode(inseeCode);
    if (commune === undefined) {
      return problem('birthINSEECode', 'BIRTH_INSEE_CODE_NOT_FOUND', `Le code INSEE ${inseeCode} n’existe pas.`);
    }
    return {
      ok: true,
      value: {
        birthCountry: country.name,
        birthINSEECode: commune.code,
        birthPostalCode: null,
        birthCity: commune.name,
      },
    };
  }
  if (postalCode === '') {
    return problem(
      'birthINSEECode',
      'BIRTH_INSEE_CODE_OR_POSTAL_CODE_REQUIRED',
      'Pour une naissance en France, indiquez le code INSEE de la commune de naissance, ou bien son code postal et son nom.',
    );
  }
  if (!POSTAL_CODE.test(postalCode)) {
    return problem(
      'birthPostalCode',
      'BIRTH_POSTAL_CODE_INVALID',
      `Le code postal « ${postalCode} » n’est pas valide : il compte 5 chiffres.`,
    );
  }
  if (city === '') {
    return problem(
      'birthCity',
      'BIRTH_CITY_REQUIRED',
      `Le nom de la commune de naissance est obligatoire avec le code postal ${postalCode}.`,
    );
  }
  if (findCommunesByPostalCode(postalCode).length === 0) {
    return problem('birthPostalCode', 'BIRTH_POSTAL_CODE_NOT_FOUND', `Le code postal ${postalCode} n’existe pas.`);
  }
  const commune = findCommuneByPostalCodeAndName(postalCode, city);
  if (commune === undefined) {
    return problem(
      'birthPostalCode',
      'BIRTH_POSTAL_CODE_CITY_MISMATCH',
      `Le code postal ${postalCode} ne correspond pas à la commune « ${city} ».`,
    );
  }
  return {
    ok: true,
    value: { birthCountry: country.name, birthINSEECode: null, birthPostalCode: postalCode, birthCity: commune.name },
  };
}
