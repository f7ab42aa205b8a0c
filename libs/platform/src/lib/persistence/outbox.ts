import { randomUUID } from 'node:crypto';
import { asc, inArray, isNull } from 'drizzle-orm';
import type { AppLogger } from '../logging/logger';
import { currentCorrelationId } from '../logging/request-context';
import type { JetStreamEvents } from '../messaging/jetstream';
import type { Db } from './database';
import { outboxEvents } from './outbox.schema';

export interface PendingEvent<T> {
  readonly subject: string;
  readonly payload: T;
}

type OutboxDb = Db<Record<string, unknown>>;

/**
 * Records an event in the same transaction as the change it announces (pass the transaction):
 * if the change rolls back, the event is never published; if it commits, the relay publishes it.
 */
export async function enqueueEvent<T>(db: OutboxDb, event: PendingEvent<T>): Promise<string> {
  const id = randomUUID();
  await db.insert(outboxEvents).values({
    id,
    subject: event.subject,
    payload: event.payload as object,
    correlationId: currentCorrelationId() ?? null,
  });
  return id;
}

const DEFAULT_INTERVAL_MS = 250;
const DEFAULT_BATCH_SIZE = 100;

export interface OutboxRelayOptions {
  readonly intervalMs?: number;
  readonly batchSize?: number;
}

/**
 * Publishes committed outbox rows to JetStream, oldest first, with the row id as `Nats-Msg-Id`:
 * a crash between publishing and marking republishes the same id, which JetStream drops as a duplicate.
 * Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several instances of a service can relay side by side.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: OutboxDb,
    private readonly events: Pick<JetStreamEvents, 'publish'>,
    private readonly logger: AppLogger,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  /** Publishes one batch; returns how many events went out. */
  async relayOnce(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const batch = await tx
        .select()
        .from(outboxEvents)
        .where(isNull(outboxEvents.publishedAt))
        .orderBy(asc(outboxEvents.createdAt))
        .limit(this.options.batchSize ?? DEFAULT_BATCH_SIZE)
        .for('update', { skipLocked: true });
      if (batch.length === 0) return 0;
      // Sent in order on one connection, acknowledged together: the stream keeps the order, without a round trip each.
      await Promise.all(
        batch.map((row) =>
          this.events.publish(row.subject, row.payload, {
            messageId: row.id,
            ...(row.correlationId === null ? {} : { correlationId: row.correlationId }),
          }),
        ),
      );
      await tx
        .update(outboxEvents)
        .set({ publishedAt: new Date() })
        .where(
          inArray(
            outboxEvents.id,
            batch.map((row) => row.id),
          ),
        );
      return batch.length;
    });
  }

  /**
   * Polls every `intervalMs` (250 ms by default: live views see a change within that), and at once again after a
   * full batch, so that a burst (an exam room answering) drains at the speed of JetStream, not 100 events a tick.
   */
  start(): void {
    if (this.timer !== undefined) return;
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    const tick = () => {
      let published = 0;
      this.running = this.relayOnce()
        .then((count) => {
          published = count;
        })
        .catch((error: unknown) => this.logger.error({ err: error }, 'outbox relay failed; will retry'))
        .finally(() => {
          if (this.timer === undefined) return;
          const delay = published >= batchSize ? 0 : (this.options.intervalMs ?? DEFAULT_INTERVAL_MS);
          this.timer = setTimeout(tick, delay);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    const timer = this.timer;
    this.timer = undefined;
    clearTimeout(timer);
    await this.running;
  }
}
