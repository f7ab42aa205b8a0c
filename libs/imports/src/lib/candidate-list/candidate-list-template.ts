import { candidateColumns } from '../candidate/candidate-columns';
import type { CandidateField, CentreType } from '../candidate/candidate';
import { writeOds } from '../ods/write-ods';

/** Columns typed as text in the template, so that `01400` or `2A004` stay as typed. */
const TEXT_FIELDS: readonly CandidateField[] = ['birthPostalCode', 'birthINSEECode', 'externalId', 'prepaymentCode'];

/**
 * The « Liste des candidats » ODS template a centre downloads, fills in and imports back: one header row with
 * the columns of §3.2 (plus `Tarification part Pix` and `Code de prépaiement` for SUP and PRO centres).
 */
export function candidateListTemplate(centreType: CentreType): Uint8Array {
  const columns = candidateColumns(centreType);
  return writeOds({
    name: 'Liste des candidats',
    header: columns.map((column) => column.label),
    columnWidthsCm: columns.map((column) => Math.min(Math.max(column.label.length * 0.2, 3), 8)),
    textColumns: columns.flatMap((column, index) => (TEXT_FIELDS.includes(column.key) ? [index] : [])),
  });
}
