import { Inject, Injectable } from '@nestjs/common';
import { type AttestationData, CommonErrorCode, DocumentsErrorCode, DocumentsEvents } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { APP_LOGGER, type AppLogger } from '@pix/platform';
import {
  type AttestationBatch,
  batchFileName,
  firstMissingPosition,
  isProgressStep,
  JURY_PAGE_SIZE,
  toBatchView,
} from '../domain/attestation-batch';
import { ATTESTATION_BATCH_REPOSITORY, type AttestationBatchRepository } from '../domain/attestation-batch.repository';
import { ATTESTATION_SOURCE, type AttestationSource, PDF_MERGER, type PdfMerger } from '../domain/attestation-source';
import { AttestationDocuments } from './attestation-document';
import { DocumentPrinter } from './document-printer';
import { BATCH_CONCURRENCY, CLOCK, EVENT_OUTBOX, type EventOutbox, TRANSACTIONS, type Transactions } from './tokens';

/** `done`/`failed`: the batch is finished; `stopped`: the service is stopping; `retry`: try again a bit later. */
export type BatchOutcome = 'done' | 'failed' | 'stopped' | 'retry';

/** Failures worth another try: the jury service or Chromium was unavailable for a moment. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  CommonErrorCode.SERVICE_UNAVAILABLE,
  DocumentsErrorCode.DOCUMENT_RENDERING_FAILED,
]);

/** Attempts in a row without progress before a batch fails for good. */
export const MAX_ATTEMPTS = 5;

const NOTHING_TO_PRINT = 'Aucune attestation à générer : aucune certification validée et publiée.';

interface Pending {
  readonly attestation: AttestationData;
  readonly position: number;
}

/**
 * Generates a claimed batch: reads the attestations from the jury service page by page, renders those not stored
 * yet (several at once, through the page pool), stores each as it finishes, then merges them into one PDF. Each
 * stored item survives a restart: a batch taken over resumes at its first missing item and renders nothing twice.
 */
@Injectable()
export class GenerateAttestationBatch {
  constructor(
    @Inject(ATTESTATION_BATCH_REPOSITORY) private readonly batches: AttestationBatchRepository,
    @Inject(ATTESTATION_SOURCE) private readonly source: AttestationSource,
    @Inject(PDF_MERGER) private readonly merger: PdfMerger,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(BATCH_CONCURRENCY) private readonly concurrency: number,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly documents: AttestationDocuments,
    private readonly printer: DocumentPrinter,
  ) {}

  async execute(claimed: AttestationBatch, shouldStop: () => boolean): Promise<BatchOutcome> {
    try {
      return await this.generate(claimed, shouldStop);
    } catch (error) {
      if (shouldStop()) return 'stopped';
      return this.handleFailure(claimed, error);
    }
  }

  private async generate(claimed: AttestationBatch, shouldStop: () => boolean): Promise<BatchOutcome> {
    let batch = claimed;
    const stored = await this.batches.storedItems(batch.id);
    const storedIds = new Set(stored.map((item) => item.certificationId));
    let offset = firstMissingPosition(stored.map((item) => item.position));

    while (batch.total === null || offset < batch.total) {
      if (shouldStop()) return 'stopped';
      const page = await this.source.page(batch, offset, JURY_PAGE_SIZE);
      if (batch.total !== page.total) batch = await this.recordTotal(batch, page.total);
      const pending = page.attestations
        .map((attestation, index) => ({ attestation, position: offset + index }))
        .filter(({ attestation }) => !storedIds.has(attestation.certificationId));
      batch = await this.renderAll(batch, pending, shouldStop);
      for (const { attestation } of pending) storedIds.add(attestation.certificationId);
      if (shouldStop()) return 'stopped';
      if (page.attestations.length === 0) break;
      offset += page.attestations.length;
    }

    if (batch.done === 0) return this.fail(batch, NOTHING_TO_PRINT);
    return this.complete(batch);
  }

  private async recordTotal(batch: AttestationBatch, total: number): Promise<AttestationBatch> {
    return this.transactions.run(async () => {
      const updated = await this.batches.setTotal(batch.id, total, this.clock.now());
      await this.outbox.enqueue(DocumentsEvents.attestationBatchProgressed, toBatchView(updated));
      return updated;
    });
  }

  /** `concurrency` lanes take the next attestation in turn; each stores its PDF as soon as it is rendered. */
  private async renderAll(
    batch: AttestationBatch,
    pending: readonly Pending[],
    shouldStop: () => boolean,
  ): Promise<AttestationBatch> {
    let latest = batch;
    let next = 0;
    // One write at a time: the items' transactions never contend, and `done` grows one by one.
    let writes: Promise<unknown> = Promise.resolve();
    const lane = async (): Promise<void> => {
      while (next < pending.length && !shouldStop()) {
        const item = pending[next];
        next += 1;
        if (item === undefined) return;
        const pdf = await this.printer.render(await this.documents.of(item.attestation));
        const write = writes.then(() => this.store(batch.id, item, pdf));
        writes = write.catch(() => undefined);
        latest = await write;
      }
    };
    const lanes = Array.from({ length: Math.min(this.concurrency, pending.length) }, () => lane());
    const results = await Promise.allSettled(lanes);
    await writes;
    const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failure !== undefined) throw failure.reason;
    return latest;
  }

  private store(
    batchId: string,
    { attestation, position }: Pending,
    pdf: { bytes: Uint8Array; pageCount: number },
  ): Promise<AttestationBatch> {
    return this.transactions.run(async () => {
      const updated = await this.batches.addItem(
        batchId,
        { certificationId: attestation.certificationId, position, pdf: pdf.bytes, pageCount: pdf.pageCount },
        this.clock.now(),
      );
      if (updated.total !== null && isProgressStep(updated.done, updated.total)) {
        await this.outbox.enqueue(DocumentsEvents.attestationBatchProgressed, toBatchView(updated));
      }
      return updated;
    });
  }

  private async complete(batch: AttestationBatch): Promise<BatchOutcome> {
    await this.batches.heartbeat(batch.id, this.clock.now());
    const merged = await this.merger.merge(this.batches.itemPdfs(batch.id));
    await this.transactions.run(async () => {
      const done = await this.batches.complete(
        batch.id,
        { fileName: batchFileName(batch.sessionId, batch.division), bytes: merged.bytes },
        this.clock.now(),
      );
      await this.outbox.enqueue(DocumentsEvents.attestationBatchProgressed, toBatchView(done));
    });
    this.logger.info(
      { batchId: batch.id, attestations: batch.done, pages: merged.pageCount, sizeBytes: merged.bytes.byteLength },
      'attestation batch done',
    );
    return 'done';
  }

  private async fail(batch: AttestationBatch, message: string): Promise<BatchOutcome> {
    await this.transactions.run(async () => {
      const failed = await this.batches.fail(batch.id, message, this.clock.now());
      await this.outbox.enqueue(DocumentsEvents.attestationBatchProgressed, toBatchView(failed));
    });
    return 'failed';
  }

  private async handleFailure(batch: AttestationBatch, error: unknown): Promise<BatchOutcome> {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) {
      const attempts = await this.batches.retryLater(batch.id, this.clock.now());
      this.logger.warn({ err: error, batchId: batch.id, attempts }, 'attestation batch interrupted; will retry');
      if (attempts < MAX_ATTEMPTS) return 'retry';
    } else {
      this.logger.error({ err: error, batchId: batch.id }, 'attestation batch failed');
    }
    const current = (await this.batches.findById(batch.id)) ?? batch;
    return this.fail(current, `La génération des attestations a échoué : ${message}`);
  }
}
