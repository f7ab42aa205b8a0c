import { strToU8, zipSync } from 'fflate';

import { csvBytes, encodeWindows1252, handBuiltOds, textBytes, xlsxLikeZip, zipOf } from '../../testing/files';
import { ImportFileError } from '../shared/import-file-error';
import { IMPORT_LIMITS } from '../shared/limits';
import { readSpreadsheet } from './read-spreadsheet';

function refusal(read: () => unknown): ImportFileError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readSpreadsheet, CSV', () => {
  it('reads a semicolon-separated UTF-8 file, header as line 1, cells trimmed', () => {
    const bytes = textBytes('Nom ; Prénom\r\n Dupont ;Jeanne\r\nMartin;Éloïse\r\n');

    const rows = readSpreadsheet(bytes, 'liste.csv');

    expect(rows).toEqual([
      { line: 1, cells: ['Nom', 'Prénom'] },
      { line: 2, cells: ['Dupont', 'Jeanne'] },
      { line: 3, cells: ['Martin', 'Éloïse'] },
    ]);
  });

  it('detects a comma delimiter from the header line', () => {
    const rows = readSpreadsheet(textBytes('Nom,Prénom,Observations\nDupont,Jeanne,"a; b"\n'), 'liste.csv');

    expect(rows[1]?.cells).toEqual(['Dupont', 'Jeanne', 'a; b']);
  });

  it('detects a tab delimiter', () => {
    const rows = readSpreadsheet(textBytes('Nom\tPrénom\nDupont\tJeanne'), 'liste.txt');

    expect(rows[1]?.cells).toEqual(['Dupont', 'Jeanne']);
  });

  it('prefers the semicolon when a header label holds a comma', () => {
    const bytes = csvBytes([
      ['* Nom de naissance', 'E-mail du destinataire des résultats (formateur, enseignant…)'],
      ['Dupont', 'prof@example.net'],
    ]);

    expect(readSpreadsheet(bytes, 'liste.csv')[0]?.cells).toHaveLength(2);
  });

  it('drops the UTF-8 BOM from the first header cell', () => {
    const rows = readSpreadsheet(csvBytes([['Nom', 'Prénom']], { bom: true }), 'liste.csv');

    expect(rows[0]?.cells).toEqual(['Nom', 'Prénom']);
  });

  it('reads a Windows-1252 export with accents', () => {
    const bytes = csvBytes(
      [
        ['Nom', 'Prénom', 'Commune'],
        ['Lefèvre', 'Zoé', 'Crèvecœur-en-Auge'],
      ],
      { encoding: 'windows-1252' },
    );

    expect(readSpreadsheet(bytes, 'export.csv')).toEqual([
      { line: 1, cells: ['Nom', 'Prénom', 'Commune'] },
      { line: 2, cells: ['Lefèvre', 'Zoé', 'Crèvecœur-en-Auge'] },
    ]);
  });

  it('keeps quoted cells with newlines and delimiters whole, numbering rows as a spreadsheet does', () => {
    const bytes = textBytes('Nom;Observations\nDupont;"Salle 2\nporte B; au fond"\nMartin;""\n');

    const rows = readSpreadsheet(bytes, 'liste.csv');

    expect(rows).toEqual([
      { line: 1, cells: ['Nom', 'Observations'] },
      { line: 2, cells: ['Dupont', 'Salle 2\nporte B; au fond'] },
      { line: 3, cells: ['Martin'] },
    ]);
  });

  it('skips empty rows but keeps the numbering, and drops trailing empty rows', () => {
    const rows = readSpreadsheet(textBytes('Nom;Prénom\n\n;\nDupont;Jeanne\n;;\n\n\n'), 'liste.csv');

    expect(rows).toEqual([
      { line: 1, cells: ['Nom', 'Prénom'] },
      { line: 4, cells: ['Dupont', 'Jeanne'] },
    ]);
  });

  it('returns the header alone when there is no data row', () => {
    expect(readSpreadsheet(textBytes('Nom;Prénom\r\n'), 'liste.csv')).toEqual([{ line: 1, cells: ['Nom', 'Prénom'] }]);
  });

  it('refuses an empty file', () => {
    const error = refusal(() => readSpreadsheet(new Uint8Array(), 'vide.csv'));

    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toBe('Le fichier « vide.csv » est vide : il ne contient aucune ligne.');
  });

  it('refuses a file of blank lines and separators as empty', () => {
    expect(refusal(() => readSpreadsheet(textBytes('\r\n;;;\r\n  \r\n'), 'vide.csv')).code).toBe('FILE_EMPTY');
  });

  it('refuses a quote that is never closed, naming the line', () => {
    const error = refusal(() => readSpreadsheet(textBytes('Nom;Prénom\nDupont;"Jeanne\n'), 'liste.csv'));

    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message).toContain('« liste.csv » est un CSV mal formé');
  });

  it(`refuses more than ${IMPORT_LIMITS.maxDataRows} data rows`, () => {
    const rows = [['Nom'], ...Array.from({ length: IMPORT_LIMITS.maxDataRows + 1 }, (_, index) => [`N${index}`])];

    const error = refusal(() => readSpreadsheet(csvBytes(rows), 'gros.csv'));

    expect(error.code).toBe('FILE_TOO_MANY_ROWS');
    expect(error.message).toBe(
      'Le fichier contient plus de 5\u00a0000 lignes de données. Découpez-le en plusieurs fichiers.',
    );
  });

  it(`accepts exactly ${IMPORT_LIMITS.maxDataRows} data rows`, () => {
    const rows = [['Nom'], ...Array.from({ length: IMPORT_LIMITS.maxDataRows }, (_, index) => [`N${index}`])];

    expect(readSpreadsheet(csvBytes(rows), 'gros.csv')).toHaveLength(IMPORT_LIMITS.maxDataRows + 1);
  });

  it('refuses a file larger than the limit', () => {
    const bytes = new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1).fill(0x41);

    expect(refusal(() => readSpreadsheet(bytes, 'gros.csv')).code).toBe('FILE_TOO_LARGE');
  });

  it('refuses a binary file that is neither CSV nor ODS', () => {
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]);

    const error = refusal(() => readSpreadsheet(bytes, 'scan.pdf'));

    expect(error.code).toBe('UNKNOWN_FORMAT');
    expect(error.message).toContain('« scan.pdf » n’est ni un classeur ODS ni un fichier CSV');
  });
});

describe('readSpreadsheet, refused formats', () => {
  it('refuses an xlsx workbook, asking for ODS or CSV in French', () => {
    const error = refusal(() => readSpreadsheet(xlsxLikeZip(), 'candidats.xlsx'));

    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe(
      'Le fichier « candidats.xlsx » est au format Excel (.xlsx), qui n’est pas accepté. Dans votre tableur, choisissez « Enregistrer sous » puis le format ODS (.ods) ou CSV (.csv).',
    );
  });

  it('refuses an Excel 97-2003 file', () => {
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

    expect(refusal(() => readSpreadsheet(bytes, 'candidats.xls')).message).toContain('Excel 97-2003 (.xls)');
  });

  it('refuses an OpenDocument text', () => {
    const bytes = zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' });

    expect(refusal(() => readSpreadsheet(bytes, 'lettre.odt')).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a zip that holds something else', () => {
    expect(refusal(() => readSpreadsheet(zipOf({ 'photo.txt': 'x' }), 'archive.zip')).code).toBe('UNKNOWN_FORMAT');
  });

  it('refuses a damaged zip', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);

    expect(refusal(() => readSpreadsheet(bytes, 'liste.ods')).code).toBe('FILE_UNREADABLE');
  });

  it('refuses a file named .ods that is not a zip', () => {
    expect(refusal(() => readSpreadsheet(textBytes('Nom;Prénom'), 'liste.ods')).code).toBe('FILE_UNREADABLE');
  });
});

describe('readSpreadsheet, ODS written by hand', () => {
  const table = `
      <table:table table:name="Liste des candidats">
        <table:table-column table:number-columns-repeated="3"/>
        <table:table-header-rows>
          <table:table-row>
            <table:table-cell office:value-type="string"><text:p>* Nom de naissance</text:p></table:table-cell>
            <table:table-cell office:value-type="string"><text:p>* Date de naissance</text:p></table:table-cell>
            <table:table-cell office:value-type="string"><text:p>Observations</text:p></table:table-cell>
          </table:table-row>
        </table:table-header-rows>
        <table:table-row>
          <table:table-cell office:value-type="string"><text:p>De <text:span>La</text:span><text:s text:c="2"/>Fontaine</text:p></table:table-cell>
          <table:table-cell office:value-type="date" office:date-value="2008-03-05"><text:p>05/03/08</text:p></table:table-cell>
          <table:table-cell office:value-type="string"><text:p>ligne 1</text:p><text:p>ligne 2 &amp; fin</text:p></table:table-cell>
          <table:table-cell table:number-columns-repeated="1020"/>
        </table:table-row>
        <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
        <table:table-row>
          <table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>bis</text:p></table:table-cell>
          <table:table-cell/>
          <table:covered-table-cell/>
          <table:table-cell office:value-type="float" office:value="30"><text:p>30</text:p></table:table-cell>
        </table:table-row>
        <table:table-row table:number-rows-repeated="2">
          <table:table-cell office:value-type="string"><text:p>répété</text:p></table:table-cell>
        </table:table-row>
        <table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
      </table:table>
      <table:table table:name="Feuille 2">
        <table:table-row><table:table-cell office:value-type="string"><text:p>ignorée</text:p></table:table-cell></table:table-row>
      </table:table>`;

  it('reads the first sheet: repeated columns and rows, a date cell, spaces and paragraphs', () => {
    const rows = readSpreadsheet(handBuiltOds(table), 'liste.ods');

    expect(rows).toEqual([
      { line: 1, cells: ['* Nom de naissance', '* Date de naissance', 'Observations'] },
      { line: 2, cells: ['De La  Fontaine', '05/03/2008', 'ligne 1\nligne 2 & fin'] },
      { line: 6, cells: ['bis', 'bis', '', '', '30'] },
      { line: 7, cells: ['répété'] },
      { line: 8, cells: ['répété'] },
    ]);
  });

  it('reads a time cell as HH:MM and a cell without paragraph from its value', () => {
    const bytes = handBuiltOds(`
      <table:table table:name="Sessions">
        <table:table-row>
          <table:table-cell office:value-type="time" office:time-value="PT09H30M00S"><text:p>09:30:00 AM</text:p></table:table-cell>
          <table:table-cell office:value-type="float" office:value="1400"/>
        </table:table-row>
      </table:table>`);

    expect(readSpreadsheet(bytes, 'sessions.ods')).toEqual([{ line: 1, cells: ['09:30', '1400'] }]);
  });

  it('refuses an ODS whose content.xml has no sheet', () => {
    const bytes = handBuiltOds('');

    expect(refusal(() => readSpreadsheet(bytes, 'liste.ods')).code).toBe('FILE_UNREADABLE');
  });

  it('refuses an ODS whose only sheet is empty', () => {
    const bytes = handBuiltOds(
      '<table:table table:name="Vide"><table:table-row><table:table-cell/></table:table-row></table:table>',
    );

    expect(refusal(() => readSpreadsheet(bytes, 'vide.ods')).code).toBe('FILE_EMPTY');
  });

  it('refuses an ODS whose repeated rows exceed the row limit', () => {
    const bytes = handBuiltOds(
      `<table:table table:name="Trop"><table:table-row table:number-rows-repeated="100000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`,
    );

    expect(refusal(() => readSpreadsheet(bytes, 'trop.ods')).code).toBe('FILE_TOO_MANY_ROWS');
  });

  it('refuses an ODS without content.xml', () => {
    const bytes = zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'styles.xml': '<x/>' });

    expect(refusal(() => readSpreadsheet(bytes, 'liste.ods')).code).toBe('FILE_UNREADABLE');
  });

  it('refuses an ODS whose content.xml is not valid UTF-8', () => {
    const bytes = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': encodeWindows1252('<office:document-content>é</office:document-content>'),
    });

    expect(refusal(() => readSpreadsheet(bytes, 'liste.ods')).code).toBe('FILE_UNREADABLE');
  });
});
