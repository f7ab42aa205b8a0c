import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

import { toFrenchDate } from '../shared/dates';
import { IMPORT_LIMITS } from '../shared/limits';
import { ImportFileError } from '../shared/import-file-error';
import { fileErrors } from './file-errors';
import { type SheetRow, tidyCells } from './sheet';

export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** A node of fast-xml-parser's `preserveOrder` output: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type XmlNode = Record<string, unknown>;

const ROW_CONTAINERS = new Set([
  'table:table-header-rows',
  'table:table-rows',
  'table:table-row-group',
  'table:table-rows-group',
]);
const CELLS = new Set(['table:table-cell', 'table:covered-table-cell']);

export type ZipKind =
  { kind: 'ods'; entries: Record<string, Uint8Array> } | { kind: 'xlsx' | 'other-opendocument' | 'zip' };

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Opens the zip, reading only `mimetype` and `content.xml`, and says what kind of document it holds. */
export function openZip(bytes: Uint8Array, fileName: string): ZipKind {
  const names: string[] = [];
  let tooBig = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        if (file.name !== 'mimetype' && file.name !== 'content.xml') return false;
        if (file.originalSize > IMPORT_LIMITS.maxOdsXmlBytes) {
          tooBig = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    throw fileErrors.unreadable(fileName);
  }
  if (tooBig) {
    throw new ImportFileError('FILE_TOO_LARGE', `Le fichier « ${fileName} » est trop volumineux une fois décompressé.`);
  }
  const mimetype = entries['mimetype'] ? new TextDecoder().decode(entries['mimetype']).trim() : undefined;
  if (mimetype === ODS_MIMETYPE) return { kind: 'ods', entries };
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) return { kind: 'other-opendocument' };
  if (names.includes('[Content_Types].xml') || names.some((name) => name.startsWith('xl/'))) return { kind: 'xlsx' };
  return { kind: 'zip' };
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const children = node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === 'string' ? value : undefined;
}

function firstChild(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tagOf(node) === tag);
}

function repeatCount(node: XmlNode, name: string): number {
  const count = Number.parseInt(attribute(node, name) ?? '1', 10);
  return Number.isFinite(count) && count > 0 ? count : 1;
}

/** Text of a `text:p`: white space collapses as ODF says, `text:s`, `text:tab`, `text:line-break` spelled out. */
function paragraphText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') text += String(node['#text']).replace(/[ \t\r\n]+/g, ' ');
    else if (tag === 'text:s') text += ' '.repeat(Math.min(repeatCount(node, 'text:c'), 1000));
    else if (tag === 'text:tab') text += '\t';
    else if (tag === 'text:line-break') text += '\n';
    else if (tag !== undefined && tag !== 'office:annotation' && tag !== 'text:note') {
      text += paragraphText(childrenOf(node, tag));
    }
  }
  return text;
}

/** `PT09H30M00S` → `09:30`. */
function formatTime(duration: string): string | undefined {
  const match = /^-?PT(\d+)H(\d+)M/.exec(duration);
  if (!match) return undefined;
  return `${String(Number(match[1]) % 24).padStart(2, '0')}:${String(Number(match[2])).padStart(2, '0')}`;
}

function cellText(cell: XmlNode, tag: string): string {
  const valueType = attribute(cell, 'office:value-type') ?? attribute(cell, 'calcext:value-type');
  if (valueType === 'date') {
    const dateValue = attribute(cell, 'office:date-value');
    if (dateValue && /^\d{4}-\d{2}-\d{2}/.test(dateValue)) return toFrenchDate(dateValue.slice(0, 10));
  }
  if (valueType === 'time') {
    const time = formatTime(attribute(cell, 'office:time-value') ?? '');
    if (time !== undefined) return time;
  }
  const paragraphs = childrenOf(cell, tag)
    .filter((node) => tagOf(node) === 'text:p' || tagOf(node) === 'text:h')
    .map((paragraph) => paragraphText(childrenOf(paragraph, tagOf(paragraph) as string)).trim());
  if (paragraphs.length > 0) return paragraphs.join('\n');
  return attribute(cell, 'office:value') ?? attribute(cell, 'office:string-value') ?? '';
}

function rowCells(row: XmlNode): string[] {
  const cells: string[] = [];
  let pendingEmpty = 0;
  for (const cell of childrenOf(row, 'table:table-row')) {
    const tag = tagOf(cell);
    if (tag === undefined || !CELLS.has(tag)) continue;
    const repeat = repeatCount(cell, 'table:number-columns-repeated');
    const text = cellText(cell, tag);
    if (text.trim() === '') {
      pendingEmpty += repeat;
      continue;
    }
    if (cells.length + pendingEmpty >= IMPORT_LIMITS.maxColumns) break;
    for (; pendingEmpty > 0; pendingEmpty--) cells.push('');
    for (let i = 0; i < repeat && cells.length < IMPORT_LIMITS.maxColumns; i++) cells.push(text);
  }
  return cells;
}

/** Rows of the first sheet of an ODS `content.xml`, with repeated rows and columns expanded (within limits). */
export function readOdsContent(contentXml: string, fileName: string): SheetRow[] {
  let document: XmlNode[];
  try {
    document = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      htmlEntities: true,
      ignoreDeclaration: true,
      ignorePiTags: true,
    }).parse(contentXml) as XmlNode[];
  } catch {
    throw fileErrors.unreadable(fileName);
  }
  const root = firstChild(document, 'office:document-content');
  const body = root && firstChild(childrenOf(root, 'office:document-content'), 'office:body');
  const spreadsheet = body && firstChild(childrenOf(body, 'office:body'), 'office:spreadsheet');
  const table = spreadsheet && firstChild(childrenOf(spreadsheet, 'office:spreadsheet'), 'table:table');
  if (!table) throw fileErrors.unreadable(fileName);

  const rows: SheetRow[] = [];
  let line = 1;
  const visit = (nodes: XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag !== undefined && ROW_CONTAINERS.has(tag)) {
        visit(childrenOf(node, tag));
        continue;
      }
      if (tag !== 'table:table-row') continue;
      const repeat = repeatCount(node, 'table:number-rows-repeated');
      const cells = tidyCells(rowCells(node), IMPORT_LIMITS.maxColumns);
      if (cells.length === 0) {
        line += repeat;
        continue;
      }
      for (let i = 0; i < repeat; i++) {
        rows.push({ line, cells });
        line++;
        if (rows.length > IMPORT_LIMITS.maxDataRows + 1) throw fileErrors.tooManyRows();
      }
    }
  };
  visit(childrenOf(table, 'table:table'));
  return rows;
}

export function readOdsRows(entries: Record<string, Uint8Array>, fileName: string): SheetRow[] {
  const content = entries['content.xml'];
  if (!content) throw fileErrors.unreadable(fileName);
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw fileErrors.unreadable(fileName);
  }
  return readOdsContent(xml, fileName);
}
