import { ImportFileError } from '../shared/import-file-error';
import { foldedWords } from '../shared/text';
import type { SheetRow } from './sheet';

/** A column an import understands: the label of the official template and the other spellings accepted. */
export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly label: string;
  readonly aliases?: readonly string[];
}

/**
 * Key under which header labels compare: case, accents, spaces and punctuation ignored, and so are the leading
 * `*` of required columns, any part in brackets (`(format : jj/mm/aaaa)`, `(M ou F)`) and a trailing
 * `format …` hint. « * Date de naissance (format : jj/mm/aaaa) » → « date de naissance ».
 */
export function headerKey(label: string): string {
  const withoutHints = label
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\bformat\b.*$/i, ' ')
    .replace(/\*/g, ' ');
  return foldedWords(withoutHints).join(' ');
}

/** Where each known column sits in a file, and the label the file gives it. */
export class ColumnMap<K extends string> {
  private constructor(
    private readonly positions: ReadonlyMap<K, { index: number; label: string }>,
    private readonly specs: readonly ColumnSpec<K>[],
  ) {}

  static match<K extends string>(header: SheetRow, specs: readonly ColumnSpec<K>[]): ColumnMap<K> {
    const byKey = new Map<string, K>();
    for (const spec of specs) {
      for (const label of [spec.label, ...(spec.aliases ?? [])]) {
        if (!byKey.has(headerKey(label))) byKey.set(headerKey(label), spec.key);
      }
    }
    const positions = new Map<K, { index: number; label: string }>();
    header.cells.forEach((label, index) => {
      const key = byKey.get(headerKey(label));
      if (key !== undefined && !positions.has(key)) positions.set(key, { index, label });
    });
    return new ColumnMap(positions, specs);
  }

  has(key: K): boolean {
    return this.positions.has(key);
  }

  indexOf(key: K): number | undefined {
    return this.positions.get(key)?.index;
  }

  /** The label as the file writes it, or the template's label when the column is absent. */
  labelOf(key: K): string {
    return this.positions.get(key)?.label ?? this.specs.find((spec) => spec.key === key)?.label ?? key;
  }

  missing(keys: readonly K[]): K[] {
    return keys.filter((key) => !this.positions.has(key));
  }

  /** Cell of a row under a column (empty when the column or the cell is absent). */
  cell(row: SheetRow, key: K): string {
    const index = this.indexOf(key);
    return index === undefined ? '' : (row.cells[index] ?? '');
  }
}

/** « Ligne 1 : les colonnes obligatoires « * Prénom », « * Sexe (M ou F) » sont absentes. … » */
export function missingColumnsMessage(labels: readonly string[], headerLine = 1): string {
  const list = labels.map((label) => `« ${label} »`).join(', ');
  const what =
    labels.length === 1
      ? `la colonne obligatoire ${list} est absente`
      : `les colonnes obligatoires ${list} sont absentes`;
  return `Ligne ${headerLine} : ${what}. Utilisez le modèle proposé au téléchargement, sans renommer ses colonnes.`;
}

/** The file-level error for required columns absent from the header line. */
export function missingColumnsError(labels: readonly string[], headerLine = 1): ImportFileError {
  return new ImportFileError('MISSING_COLUMNS', missingColumnsMessage(labels, headerLine));
}
