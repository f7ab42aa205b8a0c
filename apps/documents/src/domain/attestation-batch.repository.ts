import type { AttestationBatch } from './attestation-batch';

export interface BatchRef {
  readonly batchId: string;
  readonly certificationCenterId: number;
}

/** A rendered attestation of a batch, at its place in the jury's list. */
export interface RenderedItem {
  readonly certificationId: number;
  readonly position: number;
  readonly pdf: Uint8Array;
  readonly pageCount: number;
}

export interface StoredItem {
  readonly certificationId: number;
  readonly position: number;
}

/** Port: the batches and their rendered items. Calls made inside `Transactions.run` join its transaction. */
export interface AttestationBatchRepository {
  add(batch: AttestationBatch): Promise<void>;
  /** Null when there is no such batch for this centre. */
  find(ref: BatchRef): Promise<AttestationBatch | null>;
  findById(batchId: string): Promise<AttestationBatch | null>;
  /**
   * Takes the oldest batch to work on for `worker`: a queued one, or a running one whose worker released it or
   * stopped beating before `staleBefore`. Marks it running. Safe with several instances (SKIP LOCKED).
   */
  claimNext(worker: string, now: Date, staleBefore: Date): Promise<AttestationBatch | null>;
  /** Gives back the running batches of a worker that stops, for the next one to resume at once. */
  release(worker: string): Promise<void>;
  setTotal(batchId: string, total: number, now: Date): Promise<AttestationBatch>;
  storedItems(batchId: string): Promise<StoredItem[]>;
  /** Stores one rendered attestation and counts it; returns the batch as it is now. */
  addItem(batchId: string, item: RenderedItem, now: Date): Promise<AttestationBatch>;
  /** Renews the worker's lease before a long step (the merge). */
  heartbeat(batchId: string, now: Date): Promise<void>;
  /** The items' PDFs in the jury's order, a few at a time. */
  itemPdfs(batchId: string): AsyncIterable<Uint8Array>;
  /** Stores the merged file, marks the batch done, and drops the items' PDFs. */
  complete(batchId: string, file: { fileName: string; bytes: Uint8Array }, now: Date): Promise<AttestationBatch>;
  fail(batchId: string, error: string, now: Date): Promise<AttestationBatch>;
  /** Counts a failed attempt and hands the batch back (queued); returns the number of attempts so far. */
  retryLater(batchId: string, now: Date): Promise<number>;
  /** `length` bytes of the merged file from `offset`. */
  readFile(batchId: string, offset: number, length: number): Promise<Uint8Array>;
}

export const ATTESTATION_BATCH_REPOSITORY = Symbol('ATTESTATION_BATCH_REPOSITORY');
