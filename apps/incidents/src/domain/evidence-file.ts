import { createHash } from 'node:crypto';
import { EVIDENCE_LIMITS, type EvidenceContentType, IncidentsErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';

/** A file joined to a PV de fraude, once its content has been checked. */
export interface EvidenceFile {
  /** Sanitised, with the extension of the detected type. */
  readonly fileName: string;
  readonly contentType: EvidenceContentType;
  readonly bytes: Buffer;
  readonly sizeBytes: number;
  readonly sha256: string;
}

export interface EvidenceUploadInput {
  readonly fileName: string;
  readonly bytes: Buffer;
}

const EXTENSIONS: Readonly<Record<EvidenceContentType, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

const ACCEPTED = 'Seules les images PNG, JPEG ou WebP et les documents PDF sont acceptés.';
const MAX_NAME_LENGTH = 100;
const mebibytes = (bytes: number) => `${bytes / (1024 * 1024)} Mo`;

/**
 * The type of a file read from its first bytes (its "magic number"), never from its name or declared type: a PNG
 * renamed `.pdf` is a PNG, a text file renamed `.png` is nothing we accept (null).
 */
export function detectEvidenceType(bytes: Uint8Array): EvidenceContentType | null {
  const startsWith = (signature: readonly number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(ascii('RIFF')) && startsWith(ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/**
 * A name safe to store and to send back in a Content-Disposition header: no directory, no control or reserved
 * character, no leading dot, at most 100 characters, and the extension of the type actually detected.
 */
export function sanitiseFileName(original: string, contentType: EvidenceContentType): string {
  const base = original.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"|?*;]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const dot = cleaned.lastIndexOf('.');
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).trim();
  const shortened = [...stem].slice(0, MAX_NAME_LENGTH).join('').trim();
  return `${shortened === '' ? 'preuve' : shortened}.${EXTENSIONS[contentType]}`;
}

/** Checks one file: not empty, at most 2 MiB, and an accepted type by its content. */
export function checkEvidenceFile(upload: EvidenceUploadInput): EvidenceFile {
  const shownName = upload.fileName.slice(0, MAX_NAME_LENGTH);
  if (upload.bytes.length === 0) {
    throw new DomainError(IncidentsErrorCode.EVIDENCE_FILE_INVALID, `Le fichier « ${shownName} » est vide.`, {
      fileName: shownName,
    });
  }
  if (upload.bytes.length > EVIDENCE_LIMITS.maxFileBytes) {
    throw new DomainError(
      IncidentsErrorCode.EVIDENCE_FILE_TOO_LARGE,
      `Le fichier « ${shownName} » est trop volumineux : ${mebibytes(EVIDENCE_LIMITS.maxFileBytes)} au maximum par fichier.`,
      { fileName: shownName, sizeBytes: upload.bytes.length, maxBytes: EVIDENCE_LIMITS.maxFileBytes },
    );
  }
  const contentType = detectEvidenceType(upload.bytes);
  if (contentType === null) {
    throw new DomainError(
      IncidentsErrorCode.EVIDENCE_FILE_INVALID,
      `Le fichier « ${shownName} » n’est ni une image ni un PDF. ${ACCEPTED}`,
      { fileName: shownName },
    );
  }
  return {
    fileName: sanitiseFileName(upload.fileName, contentType),
    contentType,
    bytes: upload.bytes,
    sizeBytes: upload.bytes.length,
    sha256: createHash('sha256').update(upload.bytes).digest('hex'),
  };
}

/** Checks the whole set: at most 5 files, at most 5 MiB together, each one as `checkEvidenceFile` says. */
export function checkEvidenceFiles(uploads: readonly EvidenceUploadInput[]): EvidenceFile[] {
  if (uploads.length > EVIDENCE_LIMITS.maxFiles) {
    throw new DomainError(
      IncidentsErrorCode.FRAUD_REPORT_INVALID,
      'Le PV de fraude comporte des informations invalides.',
      {
        problems: [{ field: 'files', message: `Joignez au plus ${EVIDENCE_LIMITS.maxFiles} fichiers.` }],
      },
    );
  }
  const total = uploads.reduce((sum, upload) => sum + upload.bytes.length, 0);
  if (total > EVIDENCE_LIMITS.maxTotalBytes) {
    throw new DomainError(
      IncidentsErrorCode.EVIDENCE_FILE_TOO_LARGE,
      `Les fichiers joints sont trop volumineux : ${mebibytes(EVIDENCE_LIMITS.maxTotalBytes)} au maximum en tout.`,
      { sizeBytes: total, maxBytes: EVIDENCE_LIMITS.maxTotalBytes },
    );
  }
  return uploads.map(checkEvidenceFile);
}

/** Strict base64 (what `Buffer.toString('base64')` writes); anything else is refused, never half-decoded. */
export function decodeBase64(base64: string, fileName: string): Buffer {
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new DomainError(
      IncidentsErrorCode.EVIDENCE_FILE_INVALID,
      `Le fichier « ${fileName.slice(0, MAX_NAME_LENGTH)} » est mal encodé.`,
    );
  }
  return Buffer.from(base64, 'base64');
}

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}
