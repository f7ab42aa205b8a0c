import { candidateColumnLabels } from '../candidate/candidate-columns';
import { csvBytes, textBytes } from '../../testing/files';
import { parseSessionsMassImport, parseSessionTime } from './parse-sessions-mass-import';
import { sessionsMassImportTemplate } from './sessions-import-template';

const today = '2025-06-15';
const sco = { centreType: 'SCO', today } as const;

const SESSION_LABELS = [
  'N° de session',
  '* Nom du site',
  '* Nom de la salle',
  '* Date de début (format: JJ/MM/AAAA)',
  '* Heure de début (heure locale format: HH:MM)',
  '* Surveillant(s)',
  'Observations (optionnel)',
];
const HEADER = [...SESSION_LABELS, ...candidateColumnLabels('SCO')];

type Row = Partial<Record<string, string>>;

const session1: Row = {
  '* Nom du site': 'Lycée Victor Hugo',
  '* Nom de la salle': 'Salle B12',
  '* Date de début (format: JJ/MM/AAAA)': '20/06/2025',
  '* Heure de début (heure locale format: HH:MM)': '14:00',
  '* Surveillant(s)': 'M. Martin, Mme Durand',
};

function candidate(firstName: string, overrides: Row = {}): Row {
  return {
    '* Nom de naissance': 'Dupont',
    '* Prénom': firstName,
    '* Date de naissance (format : jj/mm/aaaa)': '15/03/2008',
    '* Sexe (M ou F)': 'F',
    'Code Insee': '75056',
    ...overrides,
  };
}

function file(rows: readonly Row[], header: readonly string[] = HEADER): Uint8Array {
  return csvBytes([[...header], ...rows.map((row) => header.map((label) => row[label] ?? ''))]);
}

function errorsOf(result: ReturnType<typeof parseSessionsMassImport>) {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}

describe(parseSessionsMassImport.name, () => {
  it('groups the rows of one site, room, date, time and invigilators into one session', () => {
    const bytes = file([
      { ...session1, 'Observations (optionnel)': 'Prévoir des casques', ...candidate('Jeanne') },
      { ...session1, '* Nom de la salle': 'salle b12', ...candidate('Paul') },
      { ...session1, '* Heure de début (heure locale format: HH:MM)': '9h30', ...candidate('Léa') },
      { ...session1, '* Nom de la salle': 'Salle C3' },
    ]);

    const result = parseSessionsMassImport(bytes, 'sessions.csv', sco);

    expect(result.ok && result.existingSessions).toEqual([]);
    expect(
      result.ok &&
        result.sessions.map((session) => ({
          ...session,
          candidates: session.candidates.map((one) => one.firstName),
        })),
    ).toEqual([
      {
        line: 2,
        address: 'Lycée Victor Hugo',
        room: 'Salle B12',
        date: '2025-06-20',
        time: '14:00',
        examiner: 'M. Martin, Mme Durand',
        description: 'Prévoir des casques',
        candidates: ['Jeanne', 'Paul'],
      },
      {
        line: 4,
        address: 'Lycée Victor Hugo',
        room: 'Salle B12',
        date: '2025-06-20',
        time: '09:30',
        examiner: 'M. Martin, Mme Durand',
        description: null,
        candidates: ['Léa'],
      },
      {
        line: 5,
        address: 'Lycée Victor Hugo',
        room: 'Salle C3',
        date: '2025-06-20',
        time: '14:00',
        examiner: 'M. Martin, Mme Durand',
        description: null,
        candidates: [],
      },
    ]);
  });

  it('checks the candidates with the rules of the candidate list', () => {
    const result = parseSessionsMassImport(
      file([{ ...session1, ...candidate('Jeanne', { 'Temps majoré ?': '30 %' }) }]),
      's.csv',
      sco,
    );

    expect(result.ok && result.sessions[0]?.candidates[0]).toMatchObject({
      birthCity: 'Paris',
      birthINSEECode: '75056',
      extraTimePercentage: 0.3,
    });
  });

  it('adds candidates to existing sessions by number', () => {
    const bytes = file([
      { 'N° de session': '208', ...candidate('Jeanne') },
      { 'N° de session': '208', ...candidate('Paul') },
    ]);

    const result = parseSessionsMassImport(bytes, 'sessions.csv', sco);

    expect(result.ok && result.sessions).toEqual([]);
    expect(
      result.ok &&
        result.existingSessions.map((session) => [session.line, session.sessionId, session.candidates.length]),
    ).toEqual([[2, 208, 2]]);
  });

  it('refuses a session number together with session columns, or without candidate', () => {
    const bytes = file([
      { 'N° de session': '208', ...session1, ...candidate('Jeanne') },
      { 'N° de session': '209' },
      { 'N° de session': 'abc' },
    ]);

    expect(
      errorsOf(parseSessionsMassImport(bytes, 'sessions.csv', sco)).map((error) => [error.line, error.code]),
    ).toEqual([
      [2, 'SESSION_NUMBER_WITH_SESSION_FIELDS'],
      [3, 'SESSION_NUMBER_WITHOUT_CANDIDATE'],
      [4, 'SESSION_NUMBER_INVALID'],
    ]);
  });

  it('refuses a session in the past and names the line and column', () => {
    const bytes = file([{ ...session1, '* Date de début (format: JJ/MM/AAAA)': '14/06/2025' }]);

    expect(errorsOf(parseSessionsMassImport(bytes, 'sessions.csv', sco))).toEqual([
      {
        line: 2,
        column: '* Date de début (format: JJ/MM/AAAA)',
        code: 'SESSION_DATE_IN_PAST',
        message:
          'Ligne 2, colonne « * Date de début (format: JJ/MM/AAAA) » : la date de la session « 14/06/2025 » est passée : une session se crée pour aujourd’hui ou plus tard.',
      },
    ]);
  });

  it('accepts a session today', () => {
    const bytes = file([{ ...session1, '* Date de début (format: JJ/MM/AAAA)': '15/06/2025' }]);

    expect(parseSessionsMassImport(bytes, 'sessions.csv', sco).ok).toBe(true);
  });

  it('reports every missing session field', () => {
    const bytes = file([
      {
        '* Nom de la salle': 'B12',
        '* Date de début (format: JJ/MM/AAAA)': '31/06/2025',
        '* Heure de début (heure locale format: HH:MM)': '25:00',
        ...candidate('Jeanne'),
      },
    ]);

    expect(errorsOf(parseSessionsMassImport(bytes, 'sessions.csv', sco)).map((error) => error.code)).toEqual([
      'SESSION_ADDRESS_REQUIRED',
      'SESSION_DATE_INVALID',
      'SESSION_TIME_INVALID',
      'SESSION_EXAMINER_REQUIRED',
    ]);
  });

  it('refuses the same candidate twice in one session, not in two sessions', () => {
    const otherSession = { ...session1, '* Nom de la salle': 'Salle C3' };
    const bytes = file([
      { ...session1, ...candidate('Jeanne') },
      { ...otherSession, ...candidate('Jeanne') },
      { ...session1, ...candidate('JEANNE') },
    ]);

    expect(errorsOf(parseSessionsMassImport(bytes, 'sessions.csv', sco))).toEqual([
      {
        line: 4,
        column: null,
        code: 'CANDIDATE_DUPLICATE',
        message: 'Ligne 4 : le candidat JEANNE Dupont, né(e) le 15/03/2008, figure déjà ligne 2.',
      },
    ]);
  });

  it('is all or nothing: a bad candidate refuses the file', () => {
    const bytes = file([
      { ...session1, ...candidate('Jeanne') },
      {
        ...session1,
        ...candidate('Paul', { 'Code Insee': '', 'Code postal': '69001', Pays: 'Italie', 'Nom de la commune': 'Rome' }),
      },
    ]);

    expect(errorsOf(parseSessionsMassImport(bytes, 'sessions.csv', sco))).toEqual([
      expect.objectContaining({ line: 3, column: 'Code postal', code: 'BIRTH_POSTAL_CODE_MUST_BE_EMPTY' }),
    ]);
  });

  it('reads a file with the session columns only', () => {
    const result = parseSessionsMassImport(file([session1], SESSION_LABELS), 'sessions.csv', {
      centreType: 'PRO',
      today,
    });

    expect(result.ok && result.sessions).toHaveLength(1);
  });

  it('requires the billing column for other centres when candidates are listed', () => {
    const bytes = file([{ ...session1, ...candidate('Jeanne') }]);

    expect(errorsOf(parseSessionsMassImport(bytes, 'sessions.csv', { centreType: 'SUP', today }))).toEqual([
      expect.objectContaining({ line: 1, code: 'MISSING_COLUMNS' }),
    ]);
  });

  it('refuses a file without session', () => {
    expect(errorsOf(parseSessionsMassImport(file([]), 'sessions.csv', sco))[0]?.code).toBe('NO_SESSION');
    expect(errorsOf(parseSessionsMassImport(textBytes('x;y\n'), 'sessions.csv', sco))[0]?.code).toBe('MISSING_COLUMNS');
  });

  it('reads back its own template', () => {
    const template = new TextEncoder().encode(sessionsMassImportTemplate('SUP'));
    const row = [
      '',
      'Site',
      'Salle',
      '20/06/2025',
      '08:00',
      'Mme Durand',
      '',
      'Dupont',
      'Jeanne',
      '15/03/2008',
      'F',
      '',
      '',
      '75056',
      '',
      '',
      '',
      '',
      '',
      'Payante',
      '',
    ];
    const bytes = new Uint8Array([...template, ...new TextEncoder().encode(row.join(';'))]);

    const result = parseSessionsMassImport(bytes, 'sessions.csv', { centreType: 'SUP', today });

    expect(result.ok && result.sessions[0]?.candidates[0]?.billingMode).toBe('PAID');
  });
});

describe('parseSessionTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['9h30', '09:30'],
    ['14H', '14:00'],
    ['08:00:00', '08:00'],
  ])('reads %p as %p', (raw, time) => {
    expect(parseSessionTime(raw)).toEqual({ ok: true, value: time });
  });

  it.each(['24:00', '12:60', 'midi', '1430'])('refuses %p', (raw) => {
    expect(parseSessionTime(raw).ok).toBe(false);
  });
});

describe('sessionsMassImportTemplate', () => {
  it('writes the header line in UTF-8 with a BOM, semicolon-separated', () => {
    expect(sessionsMassImportTemplate('SCO')).toBe(
      '\uFEFFN° de session;* Nom du site;* Nom de la salle;* Date de début (format: JJ/MM/AAAA);* Heure de début (heure locale format: HH:MM);* Surveillant(s);Observations (optionnel);* Nom de naissance;* Prénom;* Date de naissance (format : jj/mm/aaaa);* Sexe (M ou F);Nom de la commune;Code postal;Code Insee;Pays;E-mail de convocation;E-mail du destinataire des résultats (formateur, enseignant…);Identifiant local;Temps majoré ?\r\n',
    );
  });

  it('adds the billing columns for other centres', () => {
    expect(sessionsMassImportTemplate('PRO').trimEnd().endsWith(';Tarification part Pix;Code de prépaiement')).toBe(
      true,
    );
  });
});
