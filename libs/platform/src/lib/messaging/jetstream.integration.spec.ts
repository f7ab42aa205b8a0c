import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { createLogger } from '../logging/logger';
import { type EventMetadata, JetStreamEvents } from './jetstream';

interface SessionFinalized {
  readonly sessionId: number;
}

function collector() {
  const received: { payload: SessionFinalized; metadata: EventMetadata }[] = [];
  const waiters: (() => void)[] = [];
  return {
    received,
    push(payload: SessionFinalized, metadata: EventMetadata) {
      received.push({ payload, metadata });
      waiters.splice(0).forEach((wake) => wake());
    },
    async until(count: number, timeoutMs = 10_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`received ${received.length} of ${count}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
  };
}

describe(JetStreamEvents.name, () => {
  let nats: TestNatsServer;
  let events: JetStreamEvents;

  beforeAll(async () => {
    nats = await startNatsServer();
    events = await JetStreamEvents.connect(nats.url, 'jetstream-test', createLogger('test', 'silent'));
  });

  afterAll(async () => {
    await events?.close();
    await nats?.stop();
  });

  it('creates a stream once and updates it on the next call', async () => {
    await events.ensureStream({ name: 'SESSIONS_A', subjects: ['sessions.evt.a.>'] });

    await expect(
      events.ensureStream({ name: 'SESSIONS_A', subjects: ['sessions.evt.a.>', 'sessions.evt.b.>'] }),
    ).resolves.toBeUndefined();
  });

  it('stores a message published twice with the same id only once', async () => {
    await events.ensureStream({ name: 'SESSIONS_DEDUPE', subjects: ['sessions.evt.dedupe.v1'] });

    const first = await events.publish('sessions.evt.dedupe.v1', { sessionId: 1 }, { messageId: 'evt-1' });
    const again = await events.publish('sessions.evt.dedupe.v1', { sessionId: 1 }, { messageId: 'evt-1' });
    const other = await events.publish('sessions.evt.dedupe.v1', { sessionId: 2 }, { messageId: 'evt-2' });

    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ sequence: first.sequence, duplicate: true });
    expect(other.sequence).toBe(first.sequence + 1);
  });

  it('delivers again a message whose handler failed, then acknowledges it', async () => {
    await events.ensureStream({ name: 'SESSIONS_RETRY', subjects: ['sessions.evt.retry.v1'] });
    const seen = collector();
    let failuresLeft = 1;
    const consumer = await events.consume<SessionFinalized>({
      stream: 'SESSIONS_RETRY',
      durable: 'jury-retry',
      retryDelayMs: 10,
      handle: async (payload, metadata) => {
        seen.push(payload, metadata);
        if (failuresLeft-- > 0) throw new Error('database briefly unavailable');
      },
    });

    await events.publish(
      'sessions.evt.retry.v1',
      { sessionId: 12 },
      { messageId: 'retry-12', correlationId: 'corr-7' },
    );
    await seen.until(2);
    await consumer.stop();

    expect(seen.received.map((entry) => entry.payload.sessionId)).toEqual([12, 12]);
    expect(seen.received.map((entry) => entry.metadata.deliveryCount)).toEqual([1, 2]);
    expect(seen.received[1]?.metadata).toMatchObject({ correlationId: 'corr-7', messageId: 'retry-12' });
  });

  it('resumes a durable consumer after the last acknowledged message', async () => {
    await events.ensureStream({ name: 'SESSIONS_DURABLE', subjects: ['sessions.evt.durable.v1'] });
    const before = collector();
    const first = await events.consume<SessionFinalized>({
      stream: 'SESSIONS_DURABLE',
      durable: 'jury-durable',
      handle: async (payload, metadata) => before.push(payload, metadata),
    });
    await events.publish('sessions.evt.durable.v1', { sessionId: 1 }, { messageId: 'd-1' });
    await before.until(1);
    await first.stop();

    await events.publish('sessions.evt.durable.v1', { sessionId: 2 }, { messageId: 'd-2' });
    const after = collector();
    const second = await events.consume<SessionFinalized>({
      stream: 'SESSIONS_DURABLE',
      durable: 'jury-durable',
      handle: async (payload, metadata) => after.push(payload, metadata),
    });
    await after.until(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await second.stop();

    expect(after.received.map((entry) => entry.payload.sessionId)).toEqual([2]);
  });
});
