import { placeNameKey } from '../shared/text';

/** The fields of `@etalab/decoupage-administratif/data/communes.json` this module reads. */
interface RawCommune {
  readonly code: string;
  readonly nom: string;
  readonly type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  readonly codesPostaux?: readonly string[];
  readonly chefLieu?: string;
  readonly anciensCodes?: readonly string[];
}

export interface Commune {
  /** INSEE code of the commune (5 characters, `2A`/`2B` for Corsica). */
  readonly code: string;
  readonly name: string;
}

interface CommuneIndex {
  /** INSEE code → name: current communes, Paris/Lyon/Marseille arrondissements, delegated and associated communes. */
  readonly nameByCode: Map<string, string>;
  /** Former INSEE code (merged commune, Corsica before 1976) → current code. */
  readonly currentCodeByFormerCode: Map<string, string>;
  /**
   * Postal code → the communes it serves, under every name they go by: a delegated or associated commune is
   * listed under its chef-lieu's postal codes, with its own name (« Culoz » as well as « Culoz-Béon »).
   */
  readonly communesByPostalCode: Map<string, Commune[]>;
}

let index: CommuneIndex | undefined;

function loadRawCommunes(): readonly RawCommune[] {
  // Loaded on first use only: the file is 8.6 MB of JSON that most callers never need.
  return require('@etalab/decoupage-administratif/data/communes.json') as readonly RawCommune[];
}

function buildIndex(communes: readonly RawCommune[]): CommuneIndex {
  const nameByCode = new Map<string, string>();
  const currentCodeByFormerCode = new Map<string, string>();
  const communesByPostalCode = new Map<string, Commune[]>();
  const postalCodesByCode = new Map<string, readonly string[]>();
  const addToPostalCode = (postalCode: string, commune: Commune): void => {
    const served = communesByPostalCode.get(postalCode);
    if (served === undefined) communesByPostalCode.set(postalCode, [commune]);
    else if (!served.some((known) => known.code === commune.code && known.name === commune.name)) served.push(commune);
  };

  // Current communes and arrondissements first: their names win when a delegated commune shares their code.
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle' && commune.type !== 'arrondissement-municipal') continue;
    nameByCode.set(commune.code, commune.nom);
    postalCodesByCode.set(commune.code, commune.codesPostaux ?? []);
    const entry: Commune = { code: commune.code, name: commune.nom };
    for (const postalCode of commune.codesPostaux ?? []) addToPostalCode(postalCode, entry);
  }
  for (const commune of communes) {
    if (commune.type === 'commune-actuelle') {
      for (const former of commune.anciensCodes ?? []) currentCodeByFormerCode.set(former, commune.code);
    }
    if (commune.type !== 'commune-deleguee' && commune.type !== 'commune-associee') continue;
    if (!nameByCode.has(commune.code)) nameByCode.set(commune.code, commune.nom);
    const chefLieuPostalCodes = commune.chefLieu === undefined ? [] : (postalCodesByCode.get(commune.chefLieu) ?? []);
    const entry: Commune = { code: commune.code, name: commune.nom };
    for (const postalCode of commune.codesPostaux ?? chefLieuPostalCodes) addToPostalCode(postalCode, entry);
  }
  return { nameByCode, currentCodeByFormerCode, communesByPostalCode };
}

function communeIndex(): CommuneIndex {
  index ??= buildIndex(loadRawCommunes());
  return index;
}

/**
 * Builds the commune index now rather than on the first birthplace check (about 0.3 s and a few MB once per
 * process). Services that import candidate lists may call it at boot.
 */
export function warmUpCommuneIndex(): void {
  communeIndex();
}

/** The commune an INSEE code designates; a former code leads to the commune that absorbed it. */
export function findCommuneByInseeCode(code: string): Commune | undefined {
  const { nameByCode, currentCodeByFormerCode } = communeIndex();
  const name = nameByCode.get(code);
  if (name !== undefined) return { code, name };
  const current = currentCodeByFormerCode.get(code);
  const currentName = current === undefined ? undefined : nameByCode.get(current);
  return current === undefined || currentName === undefined ? undefined : { code: current, name: currentName };
}

/** Communes a postal code serves, under all their names (empty when the postal code does not exist). */
export function findCommunesByPostalCode(postalCode: string): readonly Commune[] {
  return communeIndex().communesByPostalCode.get(postalCode) ?? [];
}

/** The commune served by a postal code whose name matches (see `placeNameKey`). */
export function findCommuneByPostalCodeAndName(postalCode: string, name: string): Commune | undefined {
  const key = placeNameKey(name);
  return findCommunesByPostalCode(postalCode).find((commune) => placeNameKey(commune.name) === key);
}
