import { lowerFirst } from './text';

/** One invalid field of a single record (a candidate typed in the console, a birthplace). Message in French. */
export interface Problem<F extends string = string> {
  readonly field: F;
  readonly code: string;
  readonly message: string;
}

/**
 * One problem in an imported file. `line` is the row number a spreadsheet shows (the header is line 1);
 * `line: 0` means the file as a whole (unreadable, empty, missing columns…). `column` is the header label as
 * written in the file (or the expected label when the column is absent), null when no single column is at fault.
 */
export interface LineError {
  readonly line: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export type Validation<T, F extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problem<F>[] };

/** `Ligne 4, colonne « * Prénom » : le prénom est obligatoire.` */
export function lineMessage(line: number, column: string | null, sentence: string): string {
  const where = column === null ? `Ligne ${line}` : `Ligne ${line}, colonne « ${column} »`;
  return `${where} : ${lowerFirst(sentence)}`;
}
