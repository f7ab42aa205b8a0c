import {
  CANDIDATE_COLUMNS,
  hasNoCandidateData,
  missingCandidateColumns,
  readCandidateRow,
} from '../candidate/candidate-columns';
import type { Candidate, CentreType } from '../candidate/candidate';
import { DuplicateCandidateGuard } from '../candidate/duplicates';
import { type FieldResult, MAX_TEXT_LENGTH } from '../candidate/fields';
import { assertToday, parseFrenchDate } from '../shared/dates';
import { type LineError, lineMessage } from '../shared/problems';
import { collapseSpaces, foldedWords } from '../shared/text';
import { ColumnMap } from '../spreadsheet/columns';
import { missingColumnsLineError, readImportTable } from '../spreadsheet/import-table';
import type { SheetRow } from '../spreadsheet/sheet';
import { REQUIRED_SESSION_FIELDS, SESSION_COLUMNS, type SessionField } from './session-columns';

/** A session to create, with the candidates of its rows. */
export interface MassImportSession {
  /** Line of the first row of the session. */
  readonly line: number;
  readonly address: string;
  readonly room: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM`, 24 h, local time. */
  readonly time: string;
  readonly examiner: string;
  readonly description: string | null;
  readonly candidates: Candidate[];
}

/** Rows that carry a « N° de session »: candidates to add to a session that already exists. */
export interface MassImportExistingSession {
  readonly line: number;
  readonly sessionId: number;
  readonly candidates: Candidate[];
}

export interface SessionsMassImportOptions {
  readonly centreType: CentreType;
  /** `YYYY-MM-DD`: a session may not be dated before it. */
  readonly today: string;
}

export type SessionsMassImportResult =
  | {
      readonly ok: true;
      readonly sessions: MassImportSession[];
      readonly existingSessions: MassImportExistingSession[];
    }
  | { readonly ok: false; readonly errors: LineError[] };

const TIME = /^(\d{1,2})\s*[:hH]\s*(\d{2})?(?::\d{2})?$/;
const SESSION_FIELDS_TO_FILL: readonly SessionField[] = [...REQUIRED_SESSION_FIELDS, 'description'];

interface SessionDraft {
  readonly line: number;
  readonly address: string;
  readonly room: string;
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  description: string | null;
  readonly candidates: Candidate[];
  readonly duplicates: DuplicateCandidateGuard;
}

interface ExistingSessionDraft {
  readonly line: number;
  readonly sessionId: number;
  readonly candidates: Candidate[];
  readonly duplicates: DuplicateCandidateGuard;
}

function requiredText(raw: string, code: string, label: string): FieldResult<string> {
  const value = collapseSpaces(raw);
  if (value === '') return { ok: false, code: `${code}_REQUIRED`, message: `${label} est obligatoire.` };
  if (value.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      code: `${code}_TOO_LONG`,
      message: `${label} ne doit pas dépasser ${MAX_TEXT_LENGTH} caractères.`,
    };
  }
  return { ok: true, value };
}

function parseSessionDate(raw: string, today: string): FieldResult<string> {
  const value = raw.trim();
  if (value === '')
    return { ok: false, code: 'SESSION_DATE_REQUIRED', message: 'La date de la session est obligatoire.' };
  const parsed = parseFrenchDate(value);
  if (!parsed.ok) {
    return parsed.reason === 'format'
      ? {
          ok: false,
          code: 'SESSION_DATE_INVALID_FORMAT',
          message: `La date de la session « ${value} » n’est pas au format jj/mm/aaaa.`,
        }
      : { ok: false, code: 'SESSION_DATE_INVALID', message: `La date de la session « ${value} » n’existe pas.` };
  }
  if (parsed.value < today) {
    return {
      ok: false,
      code: 'SESSION_DATE_IN_PAST',
      message: `La date de la session « ${value} » est passée : une session se crée pour aujourd’hui ou plus tard.`,
    };
  }
  return parsed;
}

/** `14:30`, also `9:30`, `9h30`, `9h` and `14:30:00`; returned as `HH:MM`. */
export function parseSessionTime(raw: string): FieldResult<string> {
  const value = raw.trim();
  if (value === '') return { ok: false, code: 'SESSION_TIME_REQUIRED', message: 'L’heure de début est obligatoire.' };
  const match = TIME.exec(value);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2] ?? '0') : NaN;
  if (!match || hours > 23 || minutes > 59) {
    return {
      ok: false,
      code: 'SESSION_TIME_INVALID',
      message: `L’heure de début « ${value} » n’est pas valide : indiquez-la au format HH:MM, par exemple 14:30.`,
    };
  }
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

function groupKey(parts: readonly string[]): string {
  return parts.map((part) => foldedWords(part).join(' ')).join('|');
}

/**
 * Reads the sessions mass-creation file (§2.1): one row per candidate, rows sharing site, room, date, time and
 * invigilators forming one session (a row without candidate creates a session without candidate). Rows with a
 * « N° de session » add candidates to an existing session and leave the session columns empty. All or nothing;
 * a session dated before `today` and the same candidate twice in one session are refused.
 */
export function parseSessionsMassImport(
  bytes: Uint8Array,
  fileName: string,
  options: SessionsMassImportOptions,
): SessionsMassImportResult {
  assertToday(options.today);
  const read = readImportTable(bytes, fileName, [...SESSION_COLUMNS, ...CANDIDATE_COLUMNS]);
  if (!read.ok) return read;
  const { header, rows } = read.table;
  const sessionColumns = ColumnMap.match(header, SESSION_COLUMNS);
  const candidateColumns = ColumnMap.match(header, CANDIDATE_COLUMNS);

  const missing = sessionColumns.missing(REQUIRED_SESSION_FIELDS).map((key) => sessionColumns.labelOf(key));
  const hasCandidateColumns = CANDIDATE_COLUMNS.some((column) => candidateColumns.has(column.key));
  if (hasCandidateColumns) {
    missing.push(
      ...missingCandidateColumns(candidateColumns, options.centreType).map((key) => candidateColumns.labelOf(key)),
    );
  }
  if (missing.length > 0) return { ok: false, errors: [missingColumnsLineError(missing, header)] };

  const errors: LineError[] = [];
  const sessions = new Map<string, SessionDraft>();
  const existingSessions = new Map<number, ExistingSessionDraft>();

  const sessionError = (row: SheetRow, field: SessionField | null, code: string, message: string): void => {
    const column = field === null ? null : sessionColumns.labelOf(field);
    errors.push({ line: row.line, column, code, message: lineMessage(row.line, column, message) });
  };
  const take = <T>(row: SheetRow, field: SessionField, result: FieldResult<T>): T | undefined => {
    if (result.ok) return result.value;
    sessionError(row, field, result.code, result.message);
    return undefined;
  };

  const readCandidate = (row: SheetRow): Candidate | null | undefined => {
    if (hasNoCandidateData(row, candidateColumns)) return null;
    const result = readCandidateRow(row, candidateColumns, options);
    if (result.ok) return result.value;
    errors.push(...result.errors);
    return undefined;
  };
  const addCandidate = (
    target: { candidates: Candidate[]; duplicates: DuplicateCandidateGuard },
    candidate: Candidate,
    row: SheetRow,
  ): void => {
    const duplicate = target.duplicates.check(candidate, row.line);
    if (duplicate) errors.push(duplicate);
    else target.candidates.push(candidate);
  };

  for (const row of rows) {
    const cell = (field: SessionField): string => sessionColumns.cell(row, field);
    const sessionIdText = cell('sessionId');
    const sessionFieldsEmpty = SESSION_FIELDS_TO_FILL.every((field) => cell(field) === '');
    if (sessionIdText === '' && sessionFieldsEmpty && hasNoCandidateData(row, candidateColumns)) continue;

    if (sessionIdText !== '') {
      if (!/^\d{1,9}$/.test(sessionIdText) || Number(sessionIdText) === 0) {
        sessionError(
          row,
          'sessionId',
          'SESSION_NUMBER_INVALID',
          `Le numéro de session « ${sessionIdText} » n’est pas valide : il est composé de chiffres uniquement.`,
        );
        continue;
      }
      const sessionId = Number(sessionIdText);
      if (!sessionFieldsEmpty) {
        sessionError(
          row,
          'sessionId',
          'SESSION_NUMBER_WITH_SESSION_FIELDS',
          `Pour ajouter des candidats à la session ${sessionId}, déjà créée, laissez vides les colonnes du site, de la salle, de la date, de l’heure, des surveillants et des observations.`,
        );
        continue;
      }
      const candidate = readCandidate(row);
      if (candidate === null) {
        sessionError(
          row,
          null,
          'SESSION_NUMBER_WITHOUT_CANDIDATE',
          `La ligne indique la session ${sessionId} mais aucun candidat à y ajouter.`,
        );
        continue;
      }
      if (candidate === undefined) continue;
      let existing = existingSessions.get(sessionId);
      if (existing === undefined) {
        existing = { line: row.line, sessionId, candidates: [], duplicates: new DuplicateCandidateGuard() };
        existingSessions.set(sessionId, existing);
      }
      addCandidate(existing, candidate, row);
      continue;
    }

    const address = take(row, 'address', requiredText(cell('address'), 'SESSION_ADDRESS', 'Le nom du site'));
    const room = take(row, 'room', requiredText(cell('room'), 'SESSION_ROOM', 'Le nom de la salle'));
    const date = take(row, 'date', parseSessionDate(cell('date'), options.today));
    const time = take(row, 'time', parseSessionTime(cell('time')));
    const examiner = take(
      row,
      'examiner',
      requiredText(cell('examiner'), 'SESSION_EXAMINER', 'Le nom du ou des surveillants'),
    );
    const description = collapseSpaces(cell('description'));
    const candidate = readCandidate(row);
    if (
      address === undefined ||
      room === undefined ||
      date === undefined ||
      time === undefined ||
      examiner === undefined ||
      candidate === undefined
    ) {
      continue;
    }
    const key = groupKey([address, room, date, time, examiner]);
    let session = sessions.get(key);
    if (session === undefined) {
      session = {
        line: row.line,
        address,
        room,
        date,
        time,
        examiner,
        description: null,
        candidates: [],
        duplicates: new DuplicateCandidateGuard(),
      };
      sessions.set(key, session);
    }
    if (session.description === null && description !== '') session.description = description;
    if (candidate !== null) addCandidate(session, candidate, row);
  }

  if (errors.length > 0) return { ok: false, errors };
  if (sessions.size === 0 && existingSessions.size === 0) {
    return {
      ok: false,
      errors: [
        {
          line: 0,
          column: null,
          code: 'NO_SESSION',
          message: `Le fichier « ${fileName} » ne contient aucune session : une ligne par candidat (ou par session sans candidat) est attendue sous la ligne d’en-tête.`,
        },
      ],
    };
  }
  return {
    ok: true,
    sessions: [...sessions.values()].map((session) => ({
      line: session.line,
      address: session.address,
      room: session.room,
      date: session.date,
      time: session.time,
      examiner: session.examiner,
      description: session.description,
      candidates: session.candidates,
    })),
    existingSessions: [...existingSessions.values()].map((session) => ({
      line: session.line,
      sessionId: session.sessionId,
      candidates: session.candidates,
    })),
  };
}
