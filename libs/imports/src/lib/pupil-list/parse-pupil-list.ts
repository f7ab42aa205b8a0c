import { findCountry, isFrance } from '../birthplace/country-index';
import { resolveBirthplace } from '../birthplace/resolve-birthplace';
import type { Sex } from '../candidate/candidate';
import { type FieldResult, MAX_TEXT_LENGTH, parseBirthdate, parseName, parseSex } from '../candidate/fields';
import { assertToday } from '../shared/dates';
import { type LineError, lineMessage } from '../shared/problems';
import { collapseSpaces } from '../shared/text';
import { type ColumnMap, type ColumnSpec, missingColumnsMessage } from '../spreadsheet/columns';
import { readImportTable } from '../spreadsheet/import-table';
import type { SheetRow } from '../spreadsheet/sheet';

/** A pupil of the school's base (SIECLE-like export), ready to be stored and enrolled by division. */
export interface PupilRecord {
  /** INE, upper case: 10 digits and a letter, or 9 digits and 2 letters. */
  readonly nationalId: string;
  readonly lastName: string;
  readonly firstName: string;
  /** `YYYY-MM-DD`. */
  readonly birthdate: string;
  readonly sex: Sex;
  /** Class (« division »), as written in the file. */
  readonly division: string;
  readonly birthCountry: string;
  /** Commune code when born in France, the country's `99xxx` code when born abroad. */
  readonly birthINSEECode: string;
  readonly birthCity: string;
}

export type PupilField =
  | 'nationalId'
  | 'lastName'
  | 'firstName'
  | 'birthdate'
  | 'sex'
  | 'division'
  | 'birthINSEECode'
  | 'birthCity'
  | 'birthCountry';

export const PUPIL_COLUMNS: readonly ColumnSpec<PupilField>[] = [
  {
    key: 'nationalId',
    label: 'Identifiant national',
    aliases: ['INE', 'Numéro INE', 'N° INE', 'Identifiant national élève', 'ID national'],
  },
  { key: 'lastName', label: 'Nom de famille', aliases: ['Nom', 'Nom de naissance'] },
  { key: 'firstName', label: 'Prénom', aliases: ['Prénom 1', 'Premier prénom'] },
  { key: 'birthdate', label: 'Date de naissance', aliases: ['Date naissance', 'Né(e) le'] },
  { key: 'sex', label: 'Sexe', aliases: ['Genre'] },
  { key: 'division', label: 'Division', aliases: ['Classe', 'Division de rattachement'] },
  {
    key: 'birthINSEECode',
    label: 'Code commune de naissance',
    aliases: [
      'Code INSEE de la commune de naissance',
      'Code INSEE commune de naissance',
      'Code INSEE de naissance',
      'Code Insee',
    ],
  },
  {
    key: 'birthCity',
    label: 'Commune de naissance',
    aliases: ['Ville de naissance', 'Nom de la commune de naissance', 'Lieu de naissance'],
  },
  { key: 'birthCountry', label: 'Pays de naissance', aliases: ['Code pays de naissance', 'Pays'] },
];

const REQUIRED: readonly PupilField[] = ['nationalId', 'lastName', 'firstName', 'birthdate', 'sex', 'division'];
const NATIONAL_ID = /^(\d{10}[A-Z]|\d{9}[A-Z]{2})$/;

export interface PupilListOptions {
  /** `YYYY-MM-DD`. */
  readonly today: string;
}

export type PupilListResult =
  { readonly ok: true; readonly pupils: PupilRecord[] } | { readonly ok: false; readonly errors: LineError[] };

function parseNationalId(raw: string): FieldResult<string> {
  const value = raw.replace(/\s/g, '').toUpperCase();
  if (value === '')
    return { ok: false, code: 'NATIONAL_ID_REQUIRED', message: 'L’identifiant national (INE) est obligatoire.' };
  if (!NATIONAL_ID.test(value)) {
    return {
      ok: false,
      code: 'NATIONAL_ID_INVALID',
      message: `L’identifiant national « ${raw.trim()} » n’est pas valide : il compte 11 caractères, 10 chiffres et 1 lettre, ou 9 chiffres et 2 lettres.`,
    };
  }
  return { ok: true, value };
}

/** SIECLE codes sex 1 (masculin) and 2 (féminin); letters and words are read as for candidates. */
function parsePupilSex(raw: string): FieldResult<Sex> {
  const value = raw.trim();
  if (value === '1') return { ok: true, value: 'M' };
  if (value === '2') return { ok: true, value: 'F' };
  return parseSex(value);
}

function parseDivision(raw: string): FieldResult<string> {
  const value = collapseSpaces(raw);
  if (value === '') return { ok: false, code: 'DIVISION_REQUIRED', message: 'La division (classe) est obligatoire.' };
  if (value.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      code: 'DIVISION_TOO_LONG',
      message: `La division ne doit pas dépasser ${MAX_TEXT_LENGTH} caractères.`,
    };
  }
  return { ok: true, value };
}

function missingPupilColumns(columns: ColumnMap<PupilField>, header: SheetRow): LineError | undefined {
  const missing = columns.missing(REQUIRED).map((key) => columns.labelOf(key));
  const hasBirthplace = columns.has('birthINSEECode') || (columns.has('birthCity') && columns.has('birthCountry'));
  if (missing.length === 0 && hasBirthplace) return undefined;
  const sentences: string[] = [];
  if (missing.length > 0) sentences.push(missingColumnsMessage(missing, header.line));
  if (!hasBirthplace) {
    sentences.push(
      `Ligne ${header.line} : le lieu de naissance manque. Ajoutez la colonne « Code commune de naissance », ou les colonnes « Commune de naissance » et « Pays de naissance ».`,
    );
  }
  return { line: header.line, column: null, code: 'MISSING_COLUMNS', message: sentences.join(' ') };
}

function readPupilRow(
  row: SheetRow,
  columns: ColumnMap<PupilField>,
  today: string,
): { ok: true; value: PupilRecord } | { ok: false; errors: LineError[] } {
  const errors: LineError[] = [];
  const report = (field: PupilField, code: string, message: string): void => {
    const column = columns.labelOf(field);
    errors.push({ line: row.line, column, code, message: lineMessage(row.line, column, message) });
  };
  const take = <T>(field: PupilField, result: FieldResult<T>): T | undefined => {
    if (result.ok) return result.value;
    report(field, result.code, result.message);
    return undefined;
  };

  const nationalId = take('nationalId', parseNationalId(columns.cell(row, 'nationalId')));
  const lastName = take('lastName', parseName(columns.cell(row, 'lastName'), 'lastName'));
  const firstName = take('firstName', parseName(columns.cell(row, 'firstName'), 'firstName'));
  const birthdate = take('birthdate', parseBirthdate(columns.cell(row, 'birthdate'), today, 'french'));
  const sex = take('sex', parsePupilSex(columns.cell(row, 'sex')));
  const division = take('division', parseDivision(columns.cell(row, 'division')));

  // SIECLE gives both the commune code and its name for pupils born in France: the code is enough.
  const country = columns.cell(row, 'birthCountry');
  const inseeCode = columns.cell(row, 'birthINSEECode');
  const knownCountry = country === '' ? undefined : findCountry(country);
  const bornAbroad = knownCountry !== undefined && !isFrance(knownCountry);
  const birthplace = resolveBirthplace({
    country,
    inseeCode,
    city: inseeCode !== '' && !bornAbroad ? '' : columns.cell(row, 'birthCity'),
  });
  if (!birthplace.ok) {
    for (const problem of birthplace.problems) {
      const field: PupilField = problem.field === 'birthPostalCode' ? 'birthINSEECode' : problem.field;
      const message =
        problem.code === 'BIRTH_INSEE_CODE_OR_POSTAL_CODE_REQUIRED'
          ? 'Pour un élève né en France, le code commune de naissance (code INSEE) est obligatoire.'
          : problem.message;
      report(field, problem.code, message);
    }
  }

  if (
    errors.length > 0 ||
    !birthplace.ok ||
    nationalId === undefined ||
    lastName === undefined ||
    firstName === undefined ||
    birthdate === undefined ||
    sex === undefined ||
    division === undefined
  ) {
    return { ok: false, errors };
  }
  const { birthCountry, birthINSEECode, birthCity } = birthplace.value;
  return {
    ok: true,
    value: {
      nationalId,
      lastName,
      firstName,
      birthdate,
      sex,
      division,
      birthCountry,
      birthINSEECode: birthINSEECode ?? '',
      birthCity,
    },
  };
}

/**
 * Reads the CSV (or ODS) export of a school's pupil base. Every pupil is checked (INE, names, birthdate, sex,
 * division, birthplace against the INSEE lists); an INE present twice is refused. All or nothing.
 */
export function parsePupilList(bytes: Uint8Array, fileName: string, options: PupilListOptions): PupilListResult {
  assertToday(options.today);
  const read = readImportTable(bytes, fileName, PUPIL_COLUMNS);
  if (!read.ok) return read;
  const { header, columns, rows } = read.table;
  const missing = missingPupilColumns(columns, header);
  if (missing) return { ok: false, errors: [missing] };

  const errors: LineError[] = [];
  const pupils: PupilRecord[] = [];
  const lineByNationalId = new Map<string, number>();
  for (const row of rows) {
    const result = readPupilRow(row, columns, options.today);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const firstLine = lineByNationalId.get(result.value.nationalId);
    if (firstLine !== undefined) {
      const column = columns.labelOf('nationalId');
      errors.push({
        line: row.line,
        column,
        code: 'NATIONAL_ID_DUPLICATE',
        message: lineMessage(
          row.line,
          column,
          `L’identifiant national ${result.value.nationalId} figure déjà ligne ${firstLine}.`,
        ),
      });
      continue;
    }
    lineByNationalId.set(result.value.nationalId, row.line);
    pupils.push(result.value);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (pupils.length === 0) {
    return {
      ok: false,
      errors: [
        {
          line: 0,
          column: null,
          code: 'NO_PUPIL',
          message: `Le fichier « ${fileName} » ne contient aucun élève : une ligne par élève est attendue sous la ligne d’en-tête.`,
        },
      ],
    };
  }
  return { ok: true, pupils };
}
