import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type AttestationBatchView, DocumentsEvents, type StartAttestationBatchRequest } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { queuedBatch, toBatchView } from '../domain/attestation-batch';
import { ATTESTATION_BATCH_REPOSITORY, type AttestationBatchRepository } from '../domain/attestation-batch.repository';
import {
  BATCH_WORKER_SIGNAL,
  type BatchWorkerSignal,
  CLOCK,
  EVENT_OUTBOX,
  type EventOutbox,
  TRANSACTIONS,
  type Transactions,
} from './tokens';

/** Queues the merged PDF of a session's (or one class's) attestations; the worker generates it in the background. */
@Injectable()
export class StartAttestationBatch {
  constructor(
    @Inject(ATTESTATION_BATCH_REPOSITORY) private readonly batches: AttestationBatchRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
    @Inject(BATCH_WORKER_SIGNAL) private readonly worker: BatchWorkerSignal,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: StartAttestationBatchRequest): Promise<AttestationBatchView> {
    const batch = queuedBatch(randomUUID(), request, this.clock.now());
    const view = toBatchView(batch);
    await this.transactions.run(async () => {
      await this.batches.add(batch);
      await this.outbox.enqueue(DocumentsEvents.attestationBatchProgressed, view);
    });
    this.worker.wake();
    return view;
  }
}
