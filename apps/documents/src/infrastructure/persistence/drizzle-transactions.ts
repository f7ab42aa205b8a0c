import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import type { DocumentsEventMap } from '@pix/contracts';
import { DATABASE, type DatabaseHandle, type Db, enqueueEvent } from '@pix/platform';
import type { EventOutbox, Transactions } from '../../application/tokens';
import type * as schema from './schema';

export type DocumentsDb = Db<typeof schema>;

/** Opens a transaction and lets the repositories and the outbox called inside find it (AsyncLocalStorage). */
@Injectable()
export class DrizzleTransactions implements Transactions {
  private readonly current = new AsyncLocalStorage<DocumentsDb>();

  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore() !== undefined) return work();
    return this.database.db.transaction((transaction) => this.current.run(transaction, work));
  }

  /** The open transaction, or the database itself outside any. */
  db(): DocumentsDb {
    return this.current.getStore() ?? this.database.db;
  }
}

/** Writes events into `outbox_events` within the open transaction; the platform's relay publishes them. */
@Injectable()
export class DrizzleEventOutbox implements EventOutbox {
  constructor(private readonly transactions: DrizzleTransactions) {}

  async enqueue<S extends keyof DocumentsEventMap>(subject: S, payload: DocumentsEventMap[S]): Promise<void> {
    await enqueueEvent(this.transactions.db(), { subject, payload });
  }
}
