import { join } from 'node:path';
import { Controller, type INestMicroservice, Module } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { CommonErrorCode, healthSubject, type HealthReply } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { createServiceApp } from '../bootstrap/bootstrap-service';
import { loadConfig, serviceConfigSchema } from '../config/config';
import type { AppLogger } from '../logging/logger';
import { currentCorrelationId, runWithContext } from '../logging/request-context';
import { outboxEvents, processedEvents } from '../persistence/outbox.schema';
import { PlatformModule } from '../platform.module';
import { APP_LOGGER } from '../platform.tokens';
import { MessageBus } from './message-bus';

// Handlers borrow other services' health subjects: the typed bus only speaks declared subjects.
@Controller()
class ProbeController {
  @MessagePattern(healthSubject('identity'))
  refuse(): never {
    throw new DomainError('SESSION_ALREADY_FINALIZED', 'La session est déjà finalisée.', { sessionId: 7 });
  }

  @MessagePattern(healthSubject('testing'))
  crash(): never {
    throw new TypeError('secret internals at /srv/app.js:12');
  }

  @MessagePattern(healthSubject('jury'))
  echoCorrelationId(): { correlationId: string | undefined } {
    return { correlationId: currentCorrelationId() };
  }
}

describe('platform messaging over a real nats-server', () => {
  let nats: TestNatsServer;
  let service: INestMicroservice;
  let bus: MessageBus;

  beforeAll(async () => {
    nats = await startNatsServer();
    const config = loadConfig(serviceConfigSchema, { NATS_URL: nats.url, LOG_LEVEL: 'silent', APP_VERSION: '9.9.9' });
    @Module({
      imports: [
        PlatformModule.forService({
          service: 'sessions',
          schema: { outboxEvents, processedEvents },
          migrationsFolder: join(__dirname, '../../test-fixtures/migrations'),
          config,
          inMemoryDatabase: true,
        }),
      ],
      controllers: [ProbeController],
    })
    class TestServiceModule {}
    service = await createServiceApp('sessions', TestServiceModule, nats.url);
    await service.listen();
    bus = service.get(MessageBus);
  }, 60_000);

  afterAll(async () => {
    await service?.close();
    await nats?.stop();
  });

  it('answers its health query with its version and an up database', async () => {
    const reply = await bus.request(healthSubject('sessions'), {});

    expect(reply).toMatchObject<Partial<HealthReply>>({ service: 'sessions', version: '9.9.9' });
    expect(reply.database).toMatchObject({ status: 'up', driver: 'pglite' });
  });

  it('carries a domain error across NATS with its code, message and details', async () => {
    const failure = bus.request(healthSubject('identity'), {});

    await expect(failure).rejects.toBeInstanceOf(DomainError);
    await expect(failure).rejects.toMatchObject({
      code: 'SESSION_ALREADY_FINALIZED',
      message: 'La session est déjà finalisée.',
      details: { sessionId: 7 },
    });
  });

  it('turns an unexpected error into INTERNAL without leaking its message', async () => {
    const failure = bus.request(healthSubject('testing'), {});

    await expect(failure).rejects.toMatchObject({ code: CommonErrorCode.INTERNAL });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining('secret') });
  });

  it('logs each handled subject with the caller’s correlation id at debug level', async () => {
    const logger = service.get<AppLogger>(APP_LOGGER);
    const lines: Record<string, unknown>[] = [];
    const debug = jest.spyOn(logger, 'debug').mockImplementation(((fields: Record<string, unknown>) => {
      lines.push({ ...fields, correlationId: currentCorrelationId() });
    }) as AppLogger['debug']);

    await runWithContext({ correlationId: 'corr-log' }, () => bus.request(healthSubject('sessions'), {}));
    debug.mockRestore();

    expect(lines).toContainEqual(
      expect.objectContaining({ subject: 'sessions.qry.health.v1', outcome: 'ok', correlationId: 'corr-log' }),
    );
  });

  it('propagates the correlation id in the message headers', async () => {
    const reply = await runWithContext({ correlationId: 'corr-42' }, () => bus.request(healthSubject('jury'), {}));

    expect(reply).toEqual({ correlationId: 'corr-42' });
  });

  it('reports SERVICE_UNAVAILABLE at once when no service listens on a subject', async () => {
    const started = Date.now();

    await expect(bus.request(healthSubject('documents'), {}, { timeoutMs: 4000 })).rejects.toMatchObject({
      code: CommonErrorCode.SERVICE_UNAVAILABLE,
      details: expect.objectContaining({ reason: 'no-responders' }),
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
