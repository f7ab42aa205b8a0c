import { Inject, Injectable } from '@nestjs/common';
import { type AttestationBatchRef, type AttestationBatchView, DocumentsErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { type AttestationBatch, toBatchView } from '../domain/attestation-batch';
import { ATTESTATION_BATCH_REPOSITORY, type AttestationBatchRepository } from '../domain/attestation-batch.repository';

/** Where a batch stands (the console polls it); a batch of another centre is not found. */
@Injectable()
export class GetAttestationBatch {
  constructor(@Inject(ATTESTATION_BATCH_REPOSITORY) private readonly batches: AttestationBatchRepository) {}

  async execute(ref: AttestationBatchRef): Promise<AttestationBatchView> {
    return toBatchView(await findBatch(this.batches, ref));
  }
}

export async function findBatch(
  batches: AttestationBatchRepository,
  ref: AttestationBatchRef,
): Promise<AttestationBatch> {
  const batch = await batches.find(ref);
  if (batch === null) {
    throw new DomainError(DocumentsErrorCode.ATTESTATION_BATCH_NOT_FOUND, 'Ce lot d’attestations est introuvable.', {
      batchId: ref.batchId,
    });
  }
  return batch;
}
