import { type ColumnMap, type ColumnSpec } from '../spreadsheet/columns';
import type { SheetRow } from '../spreadsheet/sheet';
import { type LineError, lineMessage } from '../shared/problems';
import type { Candidate, CandidateField, CandidateInput, CentreType } from './candidate';
import { checkCandidate } from './validate-candidate';

/**
 * The candidate columns of the « Liste des candidats » template (§3.2), labels exactly as written there, with
 * the spellings of the sessions mass-import file and of older templates as aliases.
 */
export const CANDIDATE_COLUMNS = [
  { key: 'lastName', label: '* Nom de naissance', aliases: ['Nom de famille'] },
  { key: 'firstName', label: '* Prénom' },
  { key: 'birthdate', label: '* Date de naissance (format : jj/mm/aaaa)' },
  { key: 'sex', label: '* Sexe (M ou F)' },
  { key: 'birthCity', label: 'Nom de la commune', aliases: ['Nom de la commune de naissance', 'Commune de naissance'] },
  { key: 'birthPostalCode', label: 'Code postal', aliases: ['Code postal de la commune de naissance'] },
  { key: 'birthINSEECode', label: 'Code Insee', aliases: ['Code INSEE de la commune de naissance'] },
  { key: 'birthCountry', label: 'Pays', aliases: ['Pays de naissance'] },
  { key: 'email', label: 'E-mail de convocation', aliases: ['Email de convocation', 'Adresse e-mail de convocation'] },
  {
    key: 'resultRecipientEmail',
    label: 'E-mail du destinataire des résultats (formateur, enseignant…)',
    aliases: ['Email du destinataire des résultats'],
  },
  { key: 'externalId', label: 'Identifiant local', aliases: ['Identifiant externe'] },
  { key: 'extraTimePercentage', label: 'Temps majoré ?', aliases: ['Temps majoré'] },
  { key: 'billingMode', label: 'Tarification part Pix' },
  { key: 'prepaymentCode', label: 'Code de prépaiement' },
] as const satisfies readonly ColumnSpec<CandidateField>[];

const NON_SCO_ONLY: readonly CandidateField[] = ['billingMode', 'prepaymentCode'];
const REQUIRED: readonly CandidateField[] = ['lastName', 'firstName', 'birthdate', 'sex'];
const BIRTHPLACE: readonly CandidateField[] = ['birthCountry', 'birthINSEECode', 'birthPostalCode', 'birthCity'];

/** Candidate columns of a centre's template, in order (billing columns only for SUP and PRO centres). */
export function candidateColumns(centreType: CentreType): readonly ColumnSpec<CandidateField>[] {
  return CANDIDATE_COLUMNS.filter((column) => centreType !== 'SCO' || !NON_SCO_ONLY.includes(column.key));
}

export function candidateColumnLabels(centreType: CentreType): string[] {
  return candidateColumns(centreType).map((column) => column.label);
}

/**
 * Required candidate columns absent from a file: the four starred ones, `Tarification part Pix` for SUP/PRO
 * centres, and at least one birthplace column (reported as « Pays » when none is there).
 */
export function missingCandidateColumns(columns: ColumnMap<CandidateField>, centreType: CentreType): CandidateField[] {
  const required: CandidateField[] = [...REQUIRED];
  if (centreType !== 'SCO') required.push('billingMode');
  const missing = columns.missing(required);
  if (columns.missing(BIRTHPLACE).length === BIRTHPLACE.length) missing.push('birthCountry');
  return missing;
}

/** True when none of the candidate columns of the row holds anything. */
export function hasNoCandidateData(row: SheetRow, columns: ColumnMap<CandidateField>): boolean {
  return CANDIDATE_COLUMNS.every((column) => columns.cell(row, column.key) === '');
}

export type CandidateRowResult = { ok: true; value: Candidate } | { ok: false; errors: LineError[] };

/** Reads and checks the candidate of one spreadsheet row; errors name the line and the column. */
export function readCandidateRow(
  row: SheetRow,
  columns: ColumnMap<CandidateField>,
  rules: { readonly centreType: CentreType; readonly today: string },
): CandidateRowResult {
  const input: Record<CandidateField, string> = Object.fromEntries(
    CANDIDATE_COLUMNS.map((column) => [column.key, columns.cell(row, column.key)]),
  ) as Record<CandidateField, string>;
  const checked = checkCandidate(input satisfies CandidateInput, { ...rules, dateFormat: 'french' });
  if (checked.ok) return checked;
  return {
    ok: false,
    errors: checked.problems.map((problem) => {
      const column = columns.labelOf(problem.field);
      return { line: row.line, column, code: problem.code, message: lineMessage(row.line, column, problem.message) };
    }),
  };
}
