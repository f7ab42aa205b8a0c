import type { DocumentsEventMap } from '@pix/contracts';

/** The platform's public address (PUBLIC_URL), printed on the documents. */
export const PUBLIC_URL = Symbol('PUBLIC_URL');

export const CLOCK = Symbol('CLOCK');

/** Runs work in one database transaction; the repositories and the outbox called inside join it. */
export interface Transactions {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export const TRANSACTIONS = Symbol('TRANSACTIONS');

/** Records an event in the open transaction; it is published to JetStream after the commit (outbox). */
export interface EventOutbox {
  enqueue<S extends keyof DocumentsEventMap>(subject: S, payload: DocumentsEventMap[S]): Promise<void>;
}

export const EVENT_OUTBOX = Symbol('EVENT_OUTBOX');

/** Tells the batch worker that a batch is waiting (it also polls, for batches queued by another instance). */
export interface BatchWorkerSignal {
  wake(): void;
}

export const BATCH_WORKER_SIGNAL = Symbol('BATCH_WORKER_SIGNAL');

/** How many attestations of a batch are rendered at once (PDF_PAGE_POOL_SIZE: one tab each). */
export const BATCH_CONCURRENCY = Symbol('BATCH_CONCURRENCY');
