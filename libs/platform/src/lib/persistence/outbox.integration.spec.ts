import { join } from 'node:path';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { isNull } from 'drizzle-orm';
import { createLogger } from '../logging/logger';
import { runWithContext } from '../logging/request-context';
import { type EventMetadata, JetStreamEvents } from '../messaging/jetstream';
import { type DatabaseHandle, openDatabase } from './database';
import { enqueueEvent, OutboxRelay } from './outbox';
import { outboxEvents, processedEvents } from './outbox.schema';

describe(OutboxRelay.name, () => {
  let nats: TestNatsServer;
  let events: JetStreamEvents;
  let database: DatabaseHandle<{ outboxEvents: typeof outboxEvents; processedEvents: typeof processedEvents }>;
  const logger = createLogger('test', 'silent');

  beforeAll(async () => {
    nats = await startNatsServer();
    events = await JetStreamEvents.connect(nats.url, 'outbox-test', logger);
    await events.ensureStream({ name: 'SESSIONS_EVENTS', subjects: ['sessions.evt.>'] });
    database = await openDatabase({
      service: 'sessions',
      schema: { outboxEvents, processedEvents },
      migrationsFolder: join(__dirname, '../../test-fixtures/migrations'),
      dataDir: '/unused',
      inMemory: true,
    });
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    await events?.close();
    await nats?.stop();
  });

  it('publishes committed events once, in order, with their correlation id; rolled-back ones never', async () => {
    await runWithContext({ correlationId: 'corr-outbox' }, () =>
      database.db.transaction(async (tx) => {
        await enqueueEvent(tx, { subject: 'sessions.evt.finalized.v1', payload: { sessionId: 1 } });
        await enqueueEvent(tx, { subject: 'sessions.evt.finalized.v1', payload: { sessionId: 2 } });
      }),
    );
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueEvent(tx, { subject: 'sessions.evt.finalized.v1', payload: { sessionId: 99 } });
        throw new Error('the finalisation failed');
      }),
    ).rejects.toThrow('the finalisation failed');
    const relay = new OutboxRelay(database.db, events, logger);

    const published = await relay.relayOnce();
    const again = await relay.relayOnce();
    const received: { payload: { sessionId: number }; metadata: EventMetadata }[] = [];
    const consumer = await events.consume<{ sessionId: number }>({
      stream: 'SESSIONS_EVENTS',
      durable: 'outbox-test',
      handle: async (payload, metadata) => {
        received.push({ payload, metadata });
      },
    });
    const deadline = Date.now() + 5000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await consumer.stop();

    expect(published).toBe(2);
    expect(again).toBe(0);
    expect(received.map((entry) => entry.payload.sessionId)).toEqual([1, 2]);
    expect(received.every((entry) => entry.metadata.correlationId === 'corr-outbox')).toBe(true);
    expect(await database.db.select().from(outboxEvents).where(isNull(outboxEvents.publishedAt))).toEqual([]);
  });

  it('publishes nothing and marks nothing when JetStream refuses', async () => {
    await enqueueEvent(database.db, { subject: 'sessions.evt.finalized.v1', payload: { sessionId: 3 } });
    const failing = new OutboxRelay(database.db, { publish: () => Promise.reject(new Error('no stream')) }, logger);

    await expect(failing.relayOnce()).rejects.toThrow('no stream');

    expect(await database.db.select().from(outboxEvents).where(isNull(outboxEvents.publishedAt))).toHaveLength(1);
    await expect(new OutboxRelay(database.db, events, logger).relayOnce()).resolves.toBe(1);
  });

  it('drains a burst without waiting for the next tick after a full batch', async () => {
    await database.db.transaction(async (tx) => {
      for (let index = 0; index < 250; index += 1) {
        await enqueueEvent(tx, { subject: 'sessions.evt.answered.v1', payload: { sessionId: 1000 + index } });
      }
    });
    // One tick a minute: only the full batches may go on at once.
    const relay = new OutboxRelay(database.db, events, logger, { intervalMs: 60_000, batchSize: 100 });

    relay.start();
    const deadline = Date.now() + 10_000;
    let left = 250;
    while (left > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      left = (await database.db.select().from(outboxEvents).where(isNull(outboxEvents.publishedAt))).length;
    }
    await relay.stop();

    expect(left).toBe(0);
  });
});
