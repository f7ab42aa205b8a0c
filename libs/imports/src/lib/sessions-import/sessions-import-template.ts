import { candidateColumnLabels } from '../candidate/candidate-columns';
import type { CentreType } from '../candidate/candidate';
import { SESSION_COLUMNS } from './session-columns';

/**
 * Header line of the sessions mass-creation CSV (§2.1): the session columns then the candidate columns of
 * §3.2. UTF-8 with a BOM (so that Excel reads the accents), `;` as delimiter, CRLF line end.
 */
export function sessionsMassImportTemplate(centreType: CentreType): string {
  const labels = [...SESSION_COLUMNS.map((column) => column.label), ...candidateColumnLabels(centreType)];
  const cells = labels.map((label) => (/[";\r\n]/.test(label) ? `"${label.replace(/"/g, '""')}"` : label));
  return `\uFEFF${cells.join(';')}\r\n`;
}
