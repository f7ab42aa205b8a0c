import { CommonErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { FastifyRequest } from 'fastify';

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
  if (bytes.length === 0) {
    throw new DomainError(CommonErrorCode.VALIDATION_FAILED, 'Le fichier reçu est vide.');
  }
  return { fileName: file.filename || 'import', bytes };
}
