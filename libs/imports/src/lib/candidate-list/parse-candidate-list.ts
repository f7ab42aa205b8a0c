import {
  CANDIDATE_COLUMNS,
  hasNoCandidateData,
  missingCandidateColumns,
  readCandidateRow,
} from '../candidate/candidate-columns';
import type { Candidate, CentreType } from '../candidate/candidate';
import { DuplicateCandidateGuard } from '../candidate/duplicates';
import { assertToday } from '../shared/dates';
import type { LineError } from '../shared/problems';
import { missingColumnsLineError, readImportTable } from '../spreadsheet/import-table';

export interface CandidateListOptions {
  readonly centreType: CentreType;
  /** `YYYY-MM-DD`. */
  readonly today: string;
}

export type CandidateListResult =
  { readonly ok: true; readonly candidates: Candidate[] } | { readonly ok: false; readonly errors: LineError[] };

/**
 * Reads a « Liste des candidats » file (ODS template or CSV) and checks every candidate (§3.1, §3.2).
 * All or nothing: one bad line refuses the whole file, and every problem is listed. Columns that the template
 * does not know are ignored; the same person twice (same names and birthdate) is refused.
 */
export function parseCandidateList(
  bytes: Uint8Array,
  fileName: string,
  options: CandidateListOptions,
): CandidateListResult {
  assertToday(options.today);
  const read = readImportTable(bytes, fileName, CANDIDATE_COLUMNS);
  if (!read.ok) return read;
  const { header, columns, rows } = read.table;

  const missing = missingCandidateColumns(columns, options.centreType);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [
        missingColumnsLineError(
          missing.map((key) => columns.labelOf(key)),
          header,
        ),
      ],
    };
  }

  const errors: LineError[] = [];
  const candidates: Candidate[] = [];
  const duplicates = new DuplicateCandidateGuard();
  for (const row of rows) {
    if (hasNoCandidateData(row, columns)) continue;
    const result = readCandidateRow(row, columns, options);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const duplicate = duplicates.check(result.value, row.line);
    if (duplicate) errors.push(duplicate);
    else candidates.push(result.value);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (candidates.length === 0) {
    return {
      ok: false,
      errors: [
        {
          line: 0,
          column: null,
          code: 'NO_CANDIDATE',
          message: `Le fichier « ${fileName} » ne contient aucun candidat : ajoutez une ligne par candidat sous la ligne d’en-tête.`,
        },
      ],
    };
  }
  return { ok: true, candidates };
}
