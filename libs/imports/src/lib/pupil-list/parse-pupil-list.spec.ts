import { csvBytes } from '../../testing/files';
import { parsePupilList } from './parse-pupil-list';

const today = '2025-06-15';
const HEADER = [
  'Identifiant national',
  'Nom de famille',
  'Prénom',
  'Prénom 2',
  'Date de naissance',
  'Sexe',
  'Division',
  'Code commune de naissance',
  'Commune de naissance',
  'Pays de naissance',
];

function pupilRow(overrides: Partial<Record<(typeof HEADER)[number], string>> = {}): string[] {
  const row: Record<string, string> = {
    'Identifiant national': '1234567890A',
    'Nom de famille': 'DUPONT',
    Prénom: 'Jeanne',
    'Prénom 2': 'Marie',
    'Date de naissance': '15/03/2010',
    Sexe: 'F',
    Division: '3E2',
    'Code commune de naissance': '69123',
    'Commune de naissance': 'LYON',
    'Pays de naissance': 'FRANCE',
    ...overrides,
  };
  return HEADER.map((label) => row[label] ?? '');
}

function errorsOf(result: ReturnType<typeof parsePupilList>) {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}

describe(parsePupilList.name, () => {
  it('reads pupils born in France and abroad', () => {
    const bytes = csvBytes(
      [
        HEADER,
        pupilRow(),
        pupilRow({
          'Identifiant national': '123456789ab',
          'Nom de famille': 'Nguyen',
          Prénom: 'Minh',
          Sexe: '1',
          'Code commune de naissance': '',
          'Commune de naissance': 'Hanoï',
          'Pays de naissance': '243',
        }),
      ],
      { encoding: 'windows-1252' },
    );

    expect(parsePupilList(bytes, 'eleves.csv', { today })).toEqual({
      ok: true,
      pupils: [
        {
          nationalId: '1234567890A',
          lastName: 'DUPONT',
          firstName: 'Jeanne',
          birthdate: '2010-03-15',
          sex: 'F',
          division: '3E2',
          birthCountry: 'France',
          birthINSEECode: '69123',
          birthCity: 'Lyon',
        },
        {
          nationalId: '123456789AB',
          lastName: 'Nguyen',
          firstName: 'Minh',
          birthdate: '2010-03-15',
          sex: 'M',
          division: '3E2',
          birthCountry: 'Viêt Nam',
          birthINSEECode: '99243',
          birthCity: 'Hanoï',
        },
      ],
    });
  });

  it('accepts the usual aliases of the columns and the country code column', () => {
    const bytes = csvBytes([
      [
        'INE',
        'Nom',
        'Prénom 1',
        'Date de naissance',
        'Sexe',
        'Classe',
        'Commune de naissance',
        'Code pays de naissance',
      ],
      ['1234567890A', 'Benali', 'Sami', '01/09/2009', 'M', '2NDE1', 'Tunis', '99351'],
    ]);

    const result = parsePupilList(bytes, 'eleves.csv', { today });

    expect(result.ok && result.pupils[0]).toMatchObject({
      division: '2NDE1',
      birthCountry: 'Tunisie',
      birthINSEECode: '99351',
      birthCity: 'Tunis',
    });
  });

  it('refuses a national id present twice, naming both lines', () => {
    const bytes = csvBytes([
      HEADER,
      pupilRow(),
      pupilRow({ Prénom: 'Paul' }),
      pupilRow({ Prénom: 'Léa', 'Identifiant national': '1234567890a' }),
    ]);

    expect(errorsOf(parsePupilList(bytes, 'eleves.csv', { today }))).toEqual([
      {
        line: 3,
        column: 'Identifiant national',
        code: 'NATIONAL_ID_DUPLICATE',
        message: 'Ligne 3, colonne « Identifiant national » : l’identifiant national 1234567890A figure déjà ligne 2.',
      },
      {
        line: 4,
        column: 'Identifiant national',
        code: 'NATIONAL_ID_DUPLICATE',
        message: 'Ligne 4, colonne « Identifiant national » : l’identifiant national 1234567890A figure déjà ligne 2.',
      },
    ]);
  });

  it.each(['12345678901', '1234567890', 'A234567890B', '12345678ABC'])('refuses the malformed national id %s', (id) => {
    const bytes = csvBytes([HEADER, pupilRow({ 'Identifiant national': id })]);

    expect(errorsOf(parsePupilList(bytes, 'eleves.csv', { today }))[0]?.code).toBe('NATIONAL_ID_INVALID');
  });

  it('checks the birthplace and every field of the line', () => {
    const bytes = csvBytes([
      HEADER,
      pupilRow({ 'Code commune de naissance': '75999', Division: '', 'Date de naissance': '29/02/2011', Sexe: 'X' }),
      pupilRow({
        'Identifiant national': '1234567890B',
        'Code commune de naissance': '',
        'Pays de naissance': 'France',
      }),
    ]);

    expect(
      errorsOf(parsePupilList(bytes, 'eleves.csv', { today })).map((error) => [error.line, error.column, error.code]),
    ).toEqual([
      [2, 'Date de naissance', 'BIRTHDATE_INVALID'],
      [2, 'Sexe', 'SEX_INVALID'],
      [2, 'Division', 'DIVISION_REQUIRED'],
      [2, 'Code commune de naissance', 'BIRTH_INSEE_CODE_NOT_FOUND'],
      [3, 'Code commune de naissance', 'BIRTH_INSEE_CODE_OR_POSTAL_CODE_REQUIRED'],
    ]);
  });

  it('explains a French birth without commune code in terms of the pupil file', () => {
    const bytes = csvBytes([HEADER, pupilRow({ 'Code commune de naissance': '' })]);

    expect(errorsOf(parsePupilList(bytes, 'eleves.csv', { today }))[0]?.message).toBe(
      'Ligne 2, colonne « Code commune de naissance » : pour un élève né en France, le code commune de naissance (code INSEE) est obligatoire.',
    );
  });

  it('reports missing columns, birthplace included', () => {
    const bytes = csvBytes([
      ['Nom', 'Prénom', 'Date de naissance', 'Sexe', 'Division', 'Commune de naissance'],
      ['Dupont', 'Jeanne', '15/03/2010', 'F', '3E2', 'Lyon'],
    ]);

    expect(errorsOf(parsePupilList(bytes, 'eleves.csv', { today }))).toEqual([
      {
        line: 1,
        column: null,
        code: 'MISSING_COLUMNS',
        message:
          'Ligne 1 : la colonne obligatoire « Identifiant national » est absente. Utilisez le modèle proposé au téléchargement, sans renommer ses colonnes. Ligne 1 : le lieu de naissance manque. Ajoutez la colonne « Code commune de naissance », ou les colonnes « Commune de naissance » et « Pays de naissance ».',
      },
    ]);
  });

  it('refuses a file without pupil', () => {
    expect(errorsOf(parsePupilList(csvBytes([HEADER]), 'eleves.csv', { today }))[0]?.code).toBe('NO_PUPIL');
  });
});
