import { DomainError } from '@pix/kernel';

export const IMPORT_FILE_ERROR_CODES = [
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_UNREADABLE',
  'FILE_TOO_MANY_ROWS',
  'MISSING_COLUMNS',
  'UNKNOWN_FORMAT',
  'UNSUPPORTED_FORMAT',
] as const;

export type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[number];

/** The whole file is refused (as opposed to one of its lines). The message is French and names the file. */
export class ImportFileError extends DomainError {
  declare readonly code: ImportFileErrorCode;

  constructor(code: ImportFileErrorCode, message: string) {
    super(code, message);
    this.name = 'ImportFileError';
  }
}

export function isImportFileError(error: unknown): error is ImportFileError {
  return error instanceof ImportFileError;
}
