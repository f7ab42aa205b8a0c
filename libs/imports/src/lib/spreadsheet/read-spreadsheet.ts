import { IMPORT_LIMITS } from '../shared/limits';
import { fileErrors } from './file-errors';
import { readCsvRows } from './read-csv';
import { isZip, openZip, readOdsRows } from './read-ods';
import type { SheetRows } from './sheet';

function isOle2(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * Reads the rows of an uploaded spreadsheet: an ODS (zip whose `mimetype` is the ODS one; first sheet) or a
 * CSV (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252; delimiter `;`, `,` or tab detected from
 * the header line). Throws an `ImportFileError` when the whole file must be refused.
 */
export function readSpreadsheet(bytes: Uint8Array, fileName: string): SheetRows {
  if (bytes.length === 0) throw fileErrors.empty(fileName);
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) throw fileErrors.tooLarge(fileName);
  let rows: SheetRows;
  if (isZip(bytes)) {
    const zip = openZip(bytes, fileName);
    switch (zip.kind) {
      case 'ods':
        rows = readOdsRows(zip.entries, fileName);
        break;
      case 'xlsx':
        throw fileErrors.xlsx(fileName);
      case 'other-opendocument':
        throw fileErrors.otherOpenDocument(fileName);
      case 'zip':
        throw fileErrors.unknownFormat(fileName);
    }
  } else if (isOle2(bytes)) {
    throw fileErrors.xls(fileName);
  } else if (/\.ods$/i.test(fileName)) {
    throw fileErrors.unreadable(fileName);
  } else {
    rows = readCsvRows(bytes, fileName);
  }
  if (rows.length === 0) throw fileErrors.empty(fileName);
  return rows;
}
