import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import type { IncidentsEventMap } from '@pix/contracts';
import { DATABASE, type DatabaseHandle, type Db, enqueueEvent } from '@pix/platform';
import type { EventOutbox, Transactions } from '../../application/tokens';
import type * as schema from './schema';

export type IncidentsDb = Db<typeof schema>;

/** Opens a transaction and lets the repositories and the outbox called inside find it (AsyncLocalStorage). */
@Injectable()
export class DrizzleTransactions implements Transactions {
  private readonly current = new AsyncLocalStorage<IncidentsDb>();

  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore() !== undefined) return work();
    return this.database.db.transaction((transaction) => this.current.run(transaction, work));
  }

  /** The open transaction, or the database itself outside any. */
  db(): IncidentsDb {
    return this.current.getStore() ?? this.database.db;
  }
}

/** Writes events into `outbox_events` within the open transaction; the platform's relay publishes them. */
@Injectable()
export class DrizzleEventOutbox implements EventOutbox {
  constructor(private readonly transactions: DrizzleTransactions) {}

  async enqueue<S extends keyof IncidentsEventMap>(subject: S, payload: IncidentsEventMap[S]): Promise<void> {
    await enqueueEvent(this.transactions.db(), { subject, payload });
  }
}
