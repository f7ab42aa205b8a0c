import { Worker } from 'node:worker_threads';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * CSV as a spreadsheet saves it in France: `;` between cells, CRLF; UTF-8 with a BOM, or Windows-1252 (the
 * encoding of the school's pupil base exports).
 */
export function csvFile(
  rows: readonly (readonly string[])[],
  options: { readonly encoding?: 'utf-8' | 'windows-1252' } = {},
): Uint8Array {
  const quote = (cell: string) => (/[";\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = rows.map((row) => row.map(quote).join(';')).join('\r\n') + '\r\n';
  if (options.encoding === 'windows-1252') {
    if ([...text].some((char) => char.charCodeAt(0) > 0xff)) {
      throw new Error('only Latin-1 characters are written in Windows-1252 here');
    }
    return new Uint8Array(Buffer.from(text, 'latin1'));
  }
  return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
}

/** One row of a table, the cells in the order of `header`, from a record keyed by header label. */
export function rowOf<T = string>(header: readonly string[], record: Readonly<Record<string, T>>): (T | '')[] {
  for (const label of Object.keys(record)) {
    if (!header.includes(label)) throw new Error(`no column « ${label} » in ${JSON.stringify(header)}`);
  }
  return header.map((label) => record[label] ?? '');
}

const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const HEADER_ROWS = /<table:table-header-rows>([\s\S]*?)<\/table:table-header-rows>/;

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The ODS's `mimetype` entry and the labels of its header row (the template written by the platform). */
export function readOdsTemplate(ods: Uint8Array): { mimetype: string; header: string[] } {
  const entries = unzipSync(ods);
  const mimetype = entries['mimetype'] === undefined ? '' : strFromU8(entries['mimetype']);
  const content = entries['content.xml'] === undefined ? '' : strFromU8(entries['content.xml']);
  const headerRows = HEADER_ROWS.exec(content)?.[1] ?? '';
  const header = [...headerRows.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((match) => unescapeXml(match[1] ?? ''));
  return { mimetype, header };
}

/**
 * A cell as LibreOffice saves what is typed: text, or a date / a percentage recognised while typing (the value
 * in an attribute, the displayed text in the paragraph).
 */
export type OdsCell =
  | string
  | { readonly type: 'date'; readonly value: string; readonly text: string }
  | { readonly type: 'percentage'; readonly value: number; readonly text: string };

function odsCell(cell: OdsCell): string {
  if (typeof cell === 'string') {
    return cell === ''
      ? '<table:table-cell/>'
      : `<table:table-cell office:value-type="string"><text:p>${escapeXml(cell)}</text:p></table:table-cell>`;
  }
  const value =
    cell.type === 'date'
      ? `office:value-type="date" office:date-value="${cell.value}T00:00:00"`
      : `office:value-type="percentage" office:value="${cell.value}"`;
  return `<table:table-cell ${value}><text:p>${escapeXml(cell.text)}</text:p></table:table-cell>`;
}

/**
 * The template filled in as a centre does in LibreOffice: the rows typed under the header row, then saved
 * (zipped again, `mimetype` first and stored).
 */
export function fillOdsTemplate(ods: Uint8Array, rows: readonly (readonly OdsCell[])[]): Uint8Array {
  const entries = unzipSync(ods);
  const content = entries['content.xml'];
  if (content === undefined) throw new Error('the template has no content.xml');
  const typed = rows.map((row) => `<table:table-row>${row.map(odsCell).join('')}</table:table-row>`).join('');
  const filled = strFromU8(content).replace('</table:table-header-rows>', `</table:table-header-rows>${typed}`);
  if (filled === strFromU8(content)) throw new Error('no header row in the template');
  const { mimetype: _mimetype, ...others } = entries;
  return zipSync({
    mimetype: [strToU8(ODS_MIME_TYPE), { level: 0 }],
    ...Object.fromEntries(Object.entries(others).filter(([name]) => name !== 'content.xml')),
    'content.xml': strToU8(filled),
  });
}

export interface PdfText {
  /** The text of every page, whitespace collapsed to single spaces. */
  readonly text: string;
  /** Number of pages. */
  readonly total: number;
}

/**
 * pdf-parse (v2, on pdf.js) loads its worker with a dynamic `import()`, which Jest's module sandbox refuses
 * without `--experimental-vm-modules`: the text is extracted in a worker thread, in plain Node.
 */
const PDF_TEXT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { PDFParse } = require(workerData.pdfParse);
(async () => {
  const parser = new PDFParse({ data: new Uint8Array(workerData.bytes) });
  try {
    const { text, total } = await parser.getText();
    parentPort.postMessage({ text, total });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  } finally {
    await parser.destroy();
  }
})();
`;

/** Extracts the text of a PDF with pdf-parse (v2): `new PDFParse({ data }).getText()`, then `destroy()`. */
export function readPdf(bytes: Uint8Array): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PDF_TEXT_WORKER, {
      eval: true,
      workerData: { pdfParse: require.resolve('pdf-parse'), bytes: Uint8Array.from(bytes) },
    });
    worker.once('message', (result: { text?: string; total?: number; error?: string }) => {
      if (result.error !== undefined || result.text === undefined || result.total === undefined) {
        reject(new Error(`pdf-parse could not read the PDF: ${result.error ?? 'no text'}`));
      } else {
        resolve({ text: result.text.replace(/\s+/g, ' '), total: result.total });
      }
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
