import { CommonErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
// The plugin's request augmentation (isMultipart, file).
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { HTTP_MESSAGES } from './error-status';

export interface Upload {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/**
 * The one file of a `multipart/form-data` request (field `file`). Size is capped by the multipart plugin
 * (UPLOAD_LIMIT_BYTES): a bigger file is a 413 before anything is parsed or stored.
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new DomainError(
      CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
      'Envoyez le fichier dans un formulaire multipart/form-data (champ « file »).',
    );
  }
  const file = await request.file();
  if (file === undefined) {
    throw new DomainError(CommonErrorCode.VALIDATION_FAILED, 'Aucun fichier reçu : choisissez un fichier à importer.');
  }
  const bytes = await file.toBuffer();
  // The multipart plugin checks the limit as each chunk arrives: when the stream is cut on its very last chunk, the
  // loop ends without the error and hands back the first UPLOAD_LIMIT_BYTES. A truncated file is never passed on.
  if (file.file.truncated) {
    throw new DomainError(CommonErrorCode.PAYLOAD_TOO_LARGE, HTTP_MESSAGES.fileTooLarge);
  }
  if (bytes.length === 0) {
    throw new DomainError(CommonErrorCode.VALIDATION_FAILED, 'Le fichier reçu est vide.');
  }
  return { fileName: file.filename || 'import', bytes };
}
