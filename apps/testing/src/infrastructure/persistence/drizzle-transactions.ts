import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { type Db, DATABASE, type DatabaseHandle } from '@pix/platform';
import type { Transactions } from '../../application/transactions';
import type * as schema from './schema';

export type TestingDb = Db<typeof schema>;

/** Opens Drizzle transactions and lets the repositories called inside find them (AsyncLocalStorage). */
@Injectable()
export class DrizzleTransactions implements Transactions {
  private readonly open = new AsyncLocalStorage<TestingDb>();

  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.open.getStore() !== undefined) return work();
    return this.database.db.transaction((transaction) => this.open.run(transaction, work));
  }

  /** The transaction open in this async context, or the database itself outside any. */
  current(): TestingDb {
    return this.open.getStore() ?? this.database.db;
  }
}
