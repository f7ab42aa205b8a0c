import { strToU8, zipSync } from 'fflate';

import { escapeXml } from './xml';

export const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

export interface OdsSheet {
  /** Name of the sheet tab. */
  readonly name: string;
  /** First row, written in bold and repeated on every printed page. */
  readonly header: readonly string[];
  readonly rows?: readonly (readonly string[])[];
  /** Width of each column in centimetres; 4 cm when not given. */
  readonly columnWidthsCm?: readonly number[];
  /**
   * Columns (0-based) formatted as text, so that what is typed there stays as typed: a postal code `01400`
   * keeps its leading zero instead of becoming the number 1400.
   */
  readonly textColumns?: readonly number[];
}

const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ');

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const DEFAULT_WIDTH_CM = 4;
/** A fixed date for every zip entry: the same sheet always gives the same bytes. */
const ENTRY_DATE = new Date(2024, 0, 1);

/** One `text:p` per line; runs of spaces and tabs written as ODF wants them (`text:s`, `text:tab`). */
function paragraphs(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const body = line
        .split('\t')
        .map((part) =>
          escapeXml(part).replace(/ {2,}|^ /g, (spaces, offset: number) => {
            const kept = offset === 0 ? 0 : 1;
            const extra = spaces.length - kept;
            const tag = extra === 1 ? '<text:s/>' : `<text:s text:c="${extra}"/>`;
            return ' '.repeat(kept) + tag;
          }),
        )
        .join('<text:tab/>');
      return `<text:p>${body}</text:p>`;
    })
    .join('');
}

function cell(value: string, styleName?: string): string {
  const style = styleName === undefined ? '' : ` table:style-name="${styleName}"`;
  if (value === '') return `<table:table-cell${style}/>`;
  return `<table:table-cell${style} office:value-type="string">${paragraphs(value)}</table:table-cell>`;
}

function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]*?:/\\]/g, ' ').trim();
  return cleaned === '' ? 'Feuille1' : cleaned;
}

function contentXml(sheet: OdsSheet): string {
  const columnCount = Math.max(sheet.header.length, ...(sheet.rows ?? []).map((row) => row.length), 1);
  const textColumns = new Set(sheet.textColumns ?? []);
  const widths = Array.from({ length: columnCount }, (_, index) => sheet.columnWidthsCm?.[index] ?? DEFAULT_WIDTH_CM);
  const columnStyles = widths
    .map(
      (width, index) =>
        `<style:style style:name="co${index + 1}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${width.toFixed(3)}cm"/></style:style>`,
    )
    .join('');
  const columns = widths
    .map(
      (_, index) =>
        `<table:table-column table:style-name="co${index + 1}" table:default-cell-style-name="${textColumns.has(index) ? 'ceText' : 'Default'}"/>`,
    )
    .join('');
  const headerRow = `<table:table-row table:style-name="ro1">${sheet.header.map((label) => cell(label, 'ceHeader')).join('')}</table:table-row>`;
  const dataRows = (sheet.rows ?? [])
    .map(
      (row) =>
        `<table:table-row table:style-name="ro1">${row
          .map((value, index) => cell(value, textColumns.has(index) ? 'ceText' : undefined))
          .join('')}</table:table-row>`,
    )
    .join('');
  return (
    XML_DECLARATION +
    `<office:document-content ${NAMESPACES} office:version="1.2">` +
    '<office:automatic-styles>' +
    '<number:text-style style:name="N100"><number:text-content/></number:text-style>' +
    columnStyles +
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>' +
    '<style:style style:name="ceHeader" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>' +
    '<style:style style:name="ceText" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N100"/>' +
    '</office:automatic-styles>' +
    '<office:body><office:spreadsheet>' +
    `<table:table table:name="${escapeXml(sheetName(sheet.name))}">` +
    columns +
    `<table:table-header-rows>${headerRow}</table:table-header-rows>` +
    dataRows +
    '</table:table>' +
    '</office:spreadsheet></office:body></office:document-content>'
  );
}

const STYLES_XML =
  XML_DECLARATION +
  `<office:document-styles ${NAMESPACES} office:version="1.2">` +
  '<office:styles>' +
  '<style:default-style style:family="table-cell"><style:text-properties fo:language="fr" fo:country="FR"/></style:default-style>' +
  '<style:style style:name="Default" style:family="table-cell"/>' +
  '</office:styles>' +
  '</office:document-styles>';

const META_XML =
  XML_DECLARATION +
  `<office:document-meta ${NAMESPACES} office:version="1.2">` +
  '<office:meta><meta:generator>Pix Certif</meta:generator></office:meta>' +
  '</office:document-meta>';

const MANIFEST_XML =
  XML_DECLARATION +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
  `<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODS_MIME_TYPE}"/>` +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
  '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>';

/**
 * Writes a one-sheet ODS spreadsheet (OpenDocument 1.2) that LibreOffice, OpenOffice and Excel open: the
 * `mimetype` entry first and stored uncompressed, then the manifest, content, styles and meta.
 */
export function writeOds(sheet: OdsSheet): Uint8Array {
  return zipSync(
    {
      mimetype: [strToU8(ODS_MIME_TYPE), { level: 0 }],
      'META-INF/manifest.xml': strToU8(MANIFEST_XML),
      'content.xml': strToU8(contentXml(sheet)),
      'styles.xml': strToU8(STYLES_XML),
      'meta.xml': strToU8(META_XML),
    },
    { level: 6, mtime: ENTRY_DATE },
  );
}
