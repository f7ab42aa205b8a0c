import { Inject, Injectable } from '@nestjs/common';
import {
  type AttestationBatchChunk,
  type AttestationBatchChunkRequest,
  CommonErrorCode,
  DocumentsErrorCode,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { CHUNK_SIZE_BYTES } from '../domain/attestation-batch';
import { ATTESTATION_BATCH_REPOSITORY, type AttestationBatchRepository } from '../domain/attestation-batch.repository';
import { findBatch } from './get-attestation-batch.use-case';

/** The finished file of a batch, CHUNK_SIZE_BYTES at a time from `offset`: the caller follows `nextOffset`. */
@Injectable()
export class GetAttestationBatchChunk {
  constructor(@Inject(ATTESTATION_BATCH_REPOSITORY) private readonly batches: AttestationBatchRepository) {}

  async execute(request: AttestationBatchChunkRequest): Promise<AttestationBatchChunk> {
    const batch = await findBatch(this.batches, request);
    if (batch.status !== 'done' || batch.sizeBytes === null) {
      throw new DomainError(
        DocumentsErrorCode.ATTESTATION_BATCH_NOT_READY,
        batch.status === 'failed'
          ? 'La génération de ce lot d’attestations a échoué : relancez-la.'
          : 'Les attestations sont en cours de génération. Réessayez dans quelques instants.',
        { batchId: batch.id, status: batch.status, done: batch.done, total: batch.total ?? 0 },
      );
    }
    const sizeBytes = batch.sizeBytes;
    if (request.offset >= sizeBytes) {
      throw new DomainError(CommonErrorCode.VALIDATION_FAILED, 'Cette position est au-delà de la fin du fichier.', {
        offset: request.offset,
        sizeBytes,
      });
    }
    const bytes = await this.batches.readFile(batch.id, request.offset, CHUNK_SIZE_BYTES);
    const end = request.offset + bytes.byteLength;
    return {
      offset: request.offset,
      base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      nextOffset: end < sizeBytes ? end : null,
      sizeBytes,
    };
  }
}
