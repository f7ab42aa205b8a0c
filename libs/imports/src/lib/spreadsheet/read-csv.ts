import { CsvError, parse } from 'csv-parse/sync';

import { IMPORT_LIMITS } from '../shared/limits';
import { decodeText } from './decode-text';
import { fileErrors } from './file-errors';
import { type SheetRow, tidyCells } from './sheet';

export type CsvDelimiter = ';' | ',' | '\t';

/** Picks the delimiter that splits the header line the most (`;` wins ties: French spreadsheets use it). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char]++;
  }
  const order: CsvDelimiter[] = [';', '\t', ','];
  return order.reduce((best, candidate) => (counts[candidate] > counts[best] ? candidate : best), ';');
}

export function readCsvRows(bytes: Uint8Array, fileName: string): SheetRow[] {
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) throw fileErrors.unknownFormat(fileName);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const line = error instanceof CsvError && typeof error['lines'] === 'number' ? error['lines'] : undefined;
    throw fileErrors.malformedCsv(fileName, line);
  }
  const rows: SheetRow[] = [];
  records.forEach((record, index) => {
    const cells = tidyCells(record, IMPORT_LIMITS.maxColumns);
    if (cells.length > 0) rows.push({ line: index + 1, cells });
    if (rows.length > IMPORT_LIMITS.maxDataRows + 1) throw fileErrors.tooManyRows();
  });
  return rows;
}
