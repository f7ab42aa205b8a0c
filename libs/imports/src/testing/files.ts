import { strToU8, zipSync } from 'fflate';

/** Windows-1252 bytes for the characters the tests use (Latin-1 plus a few of the 0x80–0x9F range). */
const WINDOWS_1252_EXTRA: Readonly<Record<string, number>> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c, '…': 0x85 };

export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const extra = WINDOWS_1252_EXTRA[char];
    if (extra !== undefined) return extra;
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not encodable in Windows-1252: ${char}`);
    return code;
  });
}

export interface CsvOptions {
  readonly delimiter?: string;
  readonly bom?: boolean;
  readonly encoding?: 'utf-8' | 'windows-1252';
  readonly eol?: string;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** CSV bytes from rows of cells, as a spreadsheet would save them. */
export function csvBytes(rows: readonly (readonly string[])[], options: CsvOptions = {}): Uint8Array {
  const delimiter = options.delimiter ?? ';';
  const text = rows.map((row) => row.map((cell) => quote(cell, delimiter)).join(delimiter)).join(options.eol ?? '\r\n');
  const body = options.encoding === 'windows-1252' ? encodeWindows1252(text) : strToU8(text);
  if (!options.bom) return body;
  const withBom = new Uint8Array(body.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(body, 3);
  return withBom;
}

/** CSV bytes from raw text (UTF-8). */
export function textBytes(text: string): Uint8Array {
  return strToU8(text);
}

/** A zip holding the given text entries, in order; `mimetype` stored uncompressed when present. */
export function zipOf(entries: Readonly<Record<string, string>>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, text]) => [
        name,
        name === 'mimetype' ? ([strToU8(text), { level: 0 }] as const) : strToU8(text),
      ]),
    ) as Parameters<typeof zipSync>[0],
  );
}

const ODS_NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/**
 * A minimal ODS written by hand (not by `writeOds`): the mimetype, a manifest and a `content.xml` whose
 * spreadsheet body is the given XML (one or more `table:table`).
 */
export function handBuiltOds(tablesXml: string): Uint8Array {
  return zipOf({
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
    'META-INF/manifest.xml':
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    'content.xml': `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODS_NAMESPACES} office:version="1.2">
  <office:body>
    <office:spreadsheet>
${tablesXml}
    </office:spreadsheet>
  </office:body>
</office:document-content>`,
  });
}

/** An xlsx-like zip: `[Content_Types].xml` and `xl/workbook.xml`, no ODS mimetype. */
export function xlsxLikeZip(): Uint8Array {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': '<?xml version="1.0"?><workbook/>',
  });
}
