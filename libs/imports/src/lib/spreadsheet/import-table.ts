import { type ImportFileError, isImportFileError } from '../shared/import-file-error';
import type { LineError } from '../shared/problems';
import { ColumnMap, type ColumnSpec, headerKey, missingColumnsMessage } from './columns';
import { readSpreadsheet } from './read-spreadsheet';
import type { SheetRow } from './sheet';

/** How many rows may stand above the header (a title, a blank line, instructions). */
const HEADER_SEARCH_DEPTH = 20;

/**
 * The header row: the first row, among the first ones, that holds at least two of the expected labels (a
 * title above the table is tolerated); the first row when none does.
 */
export function locateHeader<K extends string>(rows: readonly SheetRow[], specs: readonly ColumnSpec<K>[]): number {
  const known = new Set(specs.flatMap((spec) => [spec.label, ...(spec.aliases ?? [])].map(headerKey)));
  const found = rows
    .slice(0, HEADER_SEARCH_DEPTH)
    .findIndex((row) => row.cells.filter((cell) => known.has(headerKey(cell))).length >= 2);
  return Math.max(found, 0);
}

export interface ImportTable<K extends string> {
  readonly header: SheetRow;
  readonly columns: ColumnMap<K>;
  /** Non-empty rows under the header. */
  readonly rows: readonly SheetRow[];
}

/** The line error standing for a whole-file refusal: `line` 0, the file itself. */
export function fileLineError(error: ImportFileError): LineError {
  return { line: 0, column: null, code: error.code, message: error.message };
}

/** The line error for required columns absent from the header line. */
export function missingColumnsLineError(labels: readonly string[], header: SheetRow): LineError {
  return {
    line: header.line,
    column: null,
    code: 'MISSING_COLUMNS',
    message: missingColumnsMessage(labels, header.line),
  };
}

/** Reads a file and locates its columns; a whole-file problem comes back as one line error. */
export function readImportTable<K extends string>(
  bytes: Uint8Array,
  fileName: string,
  specs: readonly ColumnSpec<K>[],
): { ok: true; table: ImportTable<K> } | { ok: false; errors: LineError[] } {
  try {
    const rows = readSpreadsheet(bytes, fileName);
    const headerIndex = locateHeader(rows, specs);
    const header = rows[headerIndex] as SheetRow;
    return {
      ok: true,
      table: { header, columns: ColumnMap.match(header, specs), rows: rows.slice(headerIndex + 1) },
    };
  } catch (error) {
    if (isImportFileError(error)) return { ok: false, errors: [fileLineError(error)] };
    throw error;
  }
}
