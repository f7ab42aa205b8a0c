import { createLogger, gatewayConfigSchema, loadConfig } from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { connect, type NatsConnection } from 'nats';
import { type LiveEvent, LiveEvents } from './live-events';

describe(LiveEvents.name, () => {
  let nats: TestNatsServer;
  let publisher: NatsConnection;
  let live: LiveEvents;

  beforeAll(async () => {
    nats = await startNatsServer();
    publisher = await connect({ servers: nats.url });
    const config = loadConfig(gatewayConfigSchema, {
      NATS_URL: nats.url,
      LOG_LEVEL: 'silent',
      AUTH_TOKEN_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
    });
    live = new LiveEvents(config, createLogger('gateway', 'silent'));
    live.onModuleInit();
    await live.ready();
  }, 30_000);

  afterAll(async () => {
    await live?.onApplicationShutdown();
    await publisher?.close();
    await nats?.stop();
  });

  const publish = (subject: string, payload: unknown) =>
    publisher.publish(subject, typeof payload === 'string' ? payload : JSON.stringify(payload));

  it('hands each event to the listeners of its session only, named without context and version', async () => {
    const ofFive: LiveEvent[] = [];
    const ofSix: LiveEvent[] = [];
    const stopFive = live.listen(5, (event) => ofFive.push(event));
    const stopSix = live.listen(6, (event) => ofSix.push(event));

    publish('testing.evt.answer-recorded.v1', { sessionId: 5, candidateId: 9, answeredCount: 3 });
    publish('sessions.evt.candidate-changed.v1', { sessionId: 6, candidateId: 1, change: 'joined' });
    publish('incidents.evt.alert-raised.v1', { sessionId: 5, candidateId: 9, questionNumber: 4 });
    // Ignored: not JSON, no session, not an event subject, another context.
    publish('testing.evt.answer-recorded.v1', 'pas du JSON');
    publish('testing.evt.answer-recorded.v1', { candidateId: 9 });
    publish('testing.cmd.answer.v1', { sessionId: 5 });
    publish('identity.evt.user-created.v1', { sessionId: 5 });
    await publisher.flush();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(ofFive).toEqual([
      { type: 'answer-recorded', payload: { sessionId: 5, candidateId: 9, answeredCount: 3 } },
      { type: 'alert-raised', payload: { sessionId: 5, candidateId: 9, questionNumber: 4 } },
    ]);
    expect(ofSix).toEqual([{ type: 'candidate-changed', payload: { sessionId: 6, candidateId: 1, change: 'joined' } }]);
    expect(live.listenerCount()).toBe(2);
    stopFive();
    stopSix();
    expect(live.listenerCount()).toBe(0);
  });

  it('stops handing events to a listener that stopped listening', async () => {
    const received: LiveEvent[] = [];
    const stop = live.listen(7, (event) => received.push(event));
    stop();

    publish('testing.evt.course-ended.v1', { sessionId: 7, candidateId: 2 });
    await publisher.flush();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(received).toEqual([]);
  });
});
