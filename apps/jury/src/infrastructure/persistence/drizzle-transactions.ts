import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { type Db, DATABASE, type DatabaseHandle } from '@pix/platform';
import type { Transactions } from '../../application/transactions';
import type * as schema from './schema';

export type JuryDb = Db<typeof schema>;

/** Opens Drizzle transactions and lets the repository calls inside find them (AsyncLocalStorage). */
@Injectable()
export class DrizzleTransactions implements Transactions {
  private readonly open = new AsyncLocalStorage<JuryDb>();

  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.open.getStore() !== undefined) return work();
    return this.database.db.transaction((transaction) => this.open.run(transaction, work));
  }

  current(): JuryDb {
    return this.open.getStore() ?? this.database.db;
  }
}
