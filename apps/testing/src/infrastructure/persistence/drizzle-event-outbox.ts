import { Injectable } from '@nestjs/common';
import { enqueueEvent } from '@pix/platform';
import type { EventOutbox } from '../../application/event-outbox';
import { DrizzleTransactions } from './drizzle-transactions';

@Injectable()
export class DrizzleEventOutbox implements EventOutbox {
  constructor(private readonly transactions: DrizzleTransactions) {}

  async enqueue<T>(subject: string, payload: T): Promise<void> {
    await enqueueEvent(this.transactions.current(), { subject, payload });
  }
}
