import { encodeWindows1252 } from '../../testing/files';
import { decodeText, decodeWindows1252 } from './decode-text';

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeText(new TextEncoder().encode('Prénom;Nom'))).toEqual({ text: 'Prénom;Nom', encoding: 'utf-8' });
  });

  it('drops the UTF-8 BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Prénom')]);

    expect(decodeText(bytes)).toEqual({ text: 'Prénom', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = encodeWindows1252('Prénom;Cœur;L’été;10 €');

    expect(decodeText(bytes)).toEqual({ text: 'Prénom;Cœur;L’été;10 €', encoding: 'windows-1252' });
  });

  it('reads UTF-16 little endian with its BOM (Excel « texte Unicode »)', () => {
    const text = 'Prénom\tNom';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((char, index) => {
      bytes[2 + index * 2] = char.charCodeAt(0) & 0xff;
      bytes[3 + index * 2] = char.charCodeAt(0) >> 8;
    });

    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('reads UTF-16 big endian with its BOM', () => {
    const bytes = Uint8Array.from([0xfe, 0xff, 0x00, 0xe9, 0x00, 0x41]);

    expect(decodeText(bytes)).toEqual({ text: 'éA', encoding: 'utf-16be' });
  });
});

describe('decodeWindows1252', () => {
  it('maps the 0x80–0x9F range to the right characters', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x92, 0x9c, 0x8c, 0xe9]))).toBe('€’œŒé');
  });
});
