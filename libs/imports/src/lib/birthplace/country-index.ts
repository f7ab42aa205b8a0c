import { foldedWords } from '../shared/text';
import { COUNTRIES, FRANCE_CODE } from './countries';

export interface Country {
  /** INSEE code, `99xxx`. */
  readonly code: string;
  /** French short name, as INSEE writes it (« Maroc », « Côte d’Ivoire »). */
  readonly name: string;
}

const LEADING_ARTICLES = new Set(['le', 'la', 'les', 'l']);

/** « La République du Congo » and « republique-du-congo » give the same key. */
export function countryKey(value: string): string {
  const words = foldedWords(value);
  if (words.length > 1 && LEADING_ARTICLES.has(words[0] as string)) words.shift();
  return words.join('');
}

let index: { byCode: Map<string, Country>; byKey: Map<string, Country> } | undefined;

function countryIndex(): NonNullable<typeof index> {
  if (index === undefined) {
    const byCode = new Map<string, Country>();
    const byKey = new Map<string, Country>();
    for (const [code, name, ...aliases] of COUNTRIES) {
      const country: Country = { code, name };
      byCode.set(code, country);
      for (const spelling of [name, ...aliases]) {
        const key = countryKey(spelling);
        if (!byKey.has(key)) byKey.set(key, country);
      }
    }
    index = { byCode, byKey };
  }
  return index;
}

/**
 * The country a user means: by name or usual alias (case, accents, hyphens, apostrophes, spaces and a leading
 * article ignored), or by INSEE code (`99350`, or the 3-digit `350` of some exports).
 */
export function findCountry(input: string): Country | undefined {
  const value = input.trim();
  if (/^99\d{3}$/.test(value)) return countryIndex().byCode.get(value);
  if (/^\d{3}$/.test(value)) return countryIndex().byCode.get(`99${value}`);
  return countryIndex().byKey.get(countryKey(value));
}

export function findCountryByCode(code: string): Country | undefined {
  return countryIndex().byCode.get(code);
}

/** Every country, France first then by name: the choices of a birth-country field. */
export function listCountries(): readonly Country[] {
  const all = [...countryIndex().byCode.values()];
  const collator = new Intl.Collator('fr');
  return all.sort((a, b) =>
    a.code === FRANCE_CODE ? -1 : b.code === FRANCE_CODE ? 1 : collator.compare(a.name, b.name),
  );
}

export function isFrance(country: Country): boolean {
  return country.code === FRANCE_CODE;
}
