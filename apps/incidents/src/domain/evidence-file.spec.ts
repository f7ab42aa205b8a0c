import { createHash } from 'node:crypto';
import { IncidentsErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import {
  checkEvidenceFile,
  checkEvidenceFiles,
  decodeBase64,
  detectEvidenceType,
  sanitiseFileName,
} from './evidence-file';

const MiB = 1024 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const TEXT = Buffer.from('Réponses de la question 12 : B, C\n');

/** A file of `size` bytes starting with a real PNG signature. */
const pngOfSize = (size: number) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length, 7)]);

function errorOf(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe(detectEvidenceType.name, () => {
  it.each([
    ['a PNG', PNG, 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a WebP', WEBP, 'image/webp'],
    ['a PDF', PDF, 'application/pdf'],
  ])('recognises %s by its first bytes', (_name, bytes, type) => {
    expect(detectEvidenceType(bytes)).toBe(type);
  });

  it.each([
    ['text', TEXT],
    ['nothing', Buffer.alloc(0)],
    ['a truncated PNG signature', PNG.subarray(0, 5)],
    ['a RIFF that is not WebP (a WAV)', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE')])],
    ['an HTML page', Buffer.from('<html><script>alert(1)</script></html>')],
    ['a zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])],
  ])('recognises nothing in %s', (_name, bytes) => {
    expect(detectEvidenceType(bytes)).toBeNull();
  });
});

describe(checkEvidenceFile.name, () => {
  it('takes a PNG renamed .pdf for the PNG it is, with a name that says so, its size and its sha256', () => {
    const file = checkEvidenceFile({ fileName: 'capture.pdf', bytes: PNG });

    expect(file).toMatchObject({ contentType: 'image/png', fileName: 'capture.png', sizeBytes: PNG.length });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a text file renamed .png, with a French message naming it', () => {
    const error = errorOf(() => checkEvidenceFile({ fileName: 'photo.png', bytes: TEXT }));

    expect(error.code).toBe(IncidentsErrorCode.EVIDENCE_FILE_INVALID);
    expect(error.message).toBe(
      'Le fichier « photo.png » n’est ni une image ni un PDF. Seules les images PNG, JPEG ou WebP et les documents PDF sont acceptés.',
    );
  });

  it('refuses an empty file', () => {
    const error = errorOf(() => checkEvidenceFile({ fileName: 'vide.jpg', bytes: Buffer.alloc(0) }));

    expect(error.code).toBe(IncidentsErrorCode.EVIDENCE_FILE_INVALID);
    expect(error.message).toBe('Le fichier « vide.jpg » est vide.');
  });

  it('accepts exactly 2 MiB and refuses one byte more', () => {
    expect(checkEvidenceFile({ fileName: 'a.png', bytes: pngOfSize(2 * MiB) }).sizeBytes).toBe(2 * MiB);

    const error = errorOf(() => checkEvidenceFile({ fileName: 'b.png', bytes: pngOfSize(2 * MiB + 1) }));

    expect(error.code).toBe(IncidentsErrorCode.EVIDENCE_FILE_TOO_LARGE);
    expect(error.message).toBe('Le fichier « b.png » est trop volumineux : 2 Mo au maximum par fichier.');
  });

  it('hashes the content with sha256', () => {
    const file = checkEvidenceFile({ fileName: 'x.pdf', bytes: PDF });

    expect(file.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(file.sha256).not.toBe(checkEvidenceFile({ fileName: 'y.png', bytes: PNG }).sha256);
  });
});

describe(checkEvidenceFiles.name, () => {
  it('accepts five files and no more', () => {
    expect(checkEvidenceFiles(Array.from({ length: 5 }, () => ({ fileName: 'p.png', bytes: PNG })))).toHaveLength(5);

    const error = errorOf(() =>
      checkEvidenceFiles(Array.from({ length: 6 }, () => ({ fileName: 'p.png', bytes: PNG }))),
    );

    expect(error.code).toBe(IncidentsErrorCode.FRAUD_REPORT_INVALID);
    expect(error.details).toEqual({ problems: [{ field: 'files', message: 'Joignez au plus 5 fichiers.' }] });
  });

  it('refuses files that weigh more than 5 MiB together, each one being small enough', () => {
    const files = [2 * MiB, 2 * MiB, MiB + 1].map((size) => ({ fileName: 'p.png', bytes: pngOfSize(size) }));

    const error = errorOf(() => checkEvidenceFiles(files));

    expect(error.code).toBe(IncidentsErrorCode.EVIDENCE_FILE_TOO_LARGE);
    expect(error.message).toBe('Les fichiers joints sont trop volumineux : 5 Mo au maximum en tout.');
  });

  it('accepts no file at all: evidence is not always available', () => {
    expect(checkEvidenceFiles([])).toEqual([]);
  });
});

describe(sanitiseFileName.name, () => {
  it.each([
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\prof\\Photo fraude.JPG', 'image/jpeg', 'Photo fraude.jpg'],
    ['"evil";\r\nX-Header: 1.png', 'image/png', 'evilX-Header 1.png'],
    ['.htaccess', 'image/png', 'htaccess.png'],
    ['', 'image/webp', 'preuve.webp'],
    ['Téléphone   du   candidat.webp', 'image/webp', 'Téléphone du candidat.webp'],
  ] as const)('names %p, of type %s, %p', (original, type, expected) => {
    expect(sanitiseFileName(original, type)).toBe(expected);
  });

  it('keeps at most 100 characters of the name before the extension', () => {
    expect(sanitiseFileName(`${'é'.repeat(150)}.png`, 'image/png')).toBe(`${'é'.repeat(100)}.png`);
  });
});

describe(decodeBase64.name, () => {
  it('decodes what Buffer writes', () => {
    expect(decodeBase64(PDF.toString('base64'), 'x.pdf').equals(PDF)).toBe(true);
  });

  it.each(['abc', 'ab$=', 'YWJj\nZGVm'])('refuses %p rather than decode half of it', (base64) => {
    expect(errorOf(() => decodeBase64(base64, 'x.pdf')).code).toBe(IncidentsErrorCode.EVIDENCE_FILE_INVALID);
  });
});
