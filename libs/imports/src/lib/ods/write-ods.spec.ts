import { strFromU8, unzipSync } from 'fflate';

import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';
import { ODS_MIME_TYPE, writeOds } from './write-ods';

describe('writeOds', () => {
  const sheet = {
    name: 'Liste: des/candidats',
    header: ['* Nom', 'Code postal'],
    rows: [
      ['Dupont & <fils>', '01400'],
      ['  deux espaces  au milieu', 'a\tb'],
      ['sur\ndeux lignes', '"guillemets" et l’apostrophe'],
    ],
    columnWidthsCm: [5.5],
    textColumns: [1],
  };

  it('puts the mimetype first, stored uncompressed, as the ODF packaging requires', () => {
    const bytes = writeOds(sheet);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

    const signature = view.getUint32(0, true);
    const compression = view.getUint16(8, true);
    const nameLength = view.getUint16(26, true);
    const extraLength = view.getUint16(28, true);
    const name = strFromU8(bytes.subarray(30, 30 + nameLength));
    const data = strFromU8(
      bytes.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + ODS_MIME_TYPE.length),
    );

    expect(signature).toBe(0x04034b50);
    expect(compression).toBe(0);
    expect(name).toBe('mimetype');
    expect(extraLength).toBe(0);
    expect(data).toBe('application/vnd.oasis.opendocument.spreadsheet');
  });

  it('holds a manifest listing content, styles and meta', () => {
    const entries = unzipSync(writeOds(sheet));

    expect(Object.keys(entries)).toEqual([
      'mimetype',
      'META-INF/manifest.xml',
      'content.xml',
      'styles.xml',
      'meta.xml',
    ]);
    const manifest = strFromU8(entries['META-INF/manifest.xml'] as Uint8Array);
    expect(manifest).toContain(`manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODS_MIME_TYPE}"`);
    expect(manifest).toContain('manifest:full-path="content.xml"');
    expect(manifest).toContain('manifest:full-path="styles.xml"');
  });

  it('writes the header in bold, the widths and the text-formatted columns', () => {
    const content = strFromU8(unzipSync(writeOds(sheet))['content.xml'] as Uint8Array);

    expect(content).toContain('style:name="ceHeader"');
    expect(content).toContain('fo:font-weight="bold"');
    expect(content).toMatch(
      /<table:table-header-rows><table:table-row[^>]*><table:table-cell table:style-name="ceHeader"/,
    );
    expect(content).toContain('style:column-width="5.500cm"');
    expect(content).toContain('style:column-width="4.000cm"');
    expect(content).toContain('<table:table-column table:style-name="co2" table:default-cell-style-name="ceText"/>');
    expect(content).toContain('<table:table table:name="Liste  des candidats">');
  });

  it('gives back what it was given when read again', () => {
    const rows = readSpreadsheet(writeOds(sheet), 'liste.ods');

    expect(rows).toEqual([
      { line: 1, cells: ['* Nom', 'Code postal'] },
      { line: 2, cells: ['Dupont & <fils>', '01400'] },
      { line: 3, cells: ['deux espaces  au milieu', 'a\tb'] },
      { line: 4, cells: ['sur\ndeux lignes', '"guillemets" et l’apostrophe'] },
    ]);
  });

  it('writes a header-only sheet, and the same bytes every time', () => {
    const headerOnly = { name: 'Modèle', header: ['A', 'B'] };

    expect(readSpreadsheet(writeOds(headerOnly), 'modele.ods')).toEqual([{ line: 1, cells: ['A', 'B'] }]);
    expect(writeOds(headerOnly)).toEqual(writeOds(headerOnly));
  });
});
