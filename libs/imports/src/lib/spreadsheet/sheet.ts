/** One non-empty row of a spreadsheet. `line` is the row number the spreadsheet shows (header = 1). */
export interface SheetRow {
  readonly line: number;
  /** Trimmed cell texts; trailing empty cells are dropped. */
  readonly cells: string[];
}

/** The non-empty rows of the first sheet, header first, in order. Empty rows are left out, numbering is kept. */
export type SheetRows = SheetRow[];

/** Trims every cell and drops the empty ones at the end of the row. */
export function tidyCells(cells: readonly string[], maxColumns: number): string[] {
  const tidied = cells.slice(0, maxColumns).map((cell) => cell.trim());
  let length = tidied.length;
  while (length > 0 && tidied[length - 1] === '') length--;
  tidied.length = length;
  return tidied;
}
