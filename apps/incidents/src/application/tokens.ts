import type { IncidentsEventMap } from '@pix/contracts';

export const CLOCK = Symbol('CLOCK');

/** Runs work in one database transaction; the repositories called inside join it. */
export interface Transactions {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export const TRANSACTIONS = Symbol('TRANSACTIONS');

/** Records an event in the open transaction; it is published to JetStream after the commit (outbox). */
export interface EventOutbox {
  enqueue<S extends keyof IncidentsEventMap>(subject: S, payload: IncidentsEventMap[S]): Promise<void>;
}

export const EVENT_OUTBOX = Symbol('EVENT_OUTBOX');
