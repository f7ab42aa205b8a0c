import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import { healthSubject } from '@pix/contracts';
import {
  createServiceApp,
  DATABASE,
  type DatabaseHandle,
  loadConfig,
  MessageBus,
  serviceConfigSchema,
} from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { sql } from 'drizzle-orm';
import { SessionsModule } from './sessions.module';

describe(`${SessionsModule.name} on a real nats-server and database`, () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;

  beforeAll(async () => {
    nats = await startNatsServer();
    const config = loadConfig(serviceConfigSchema, { NATS_URL: nats.url, LOG_LEVEL: 'silent' });
    app = await createServiceApp(
      'sessions',
      SessionsModule.forRoot({
        migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
        config,
        inMemoryDatabase: true,
      }),
      nats.url,
    );
    await app.listen();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  it('applies its own migrations at boot', async () => {
    const database = app.get<DatabaseHandle>(DATABASE);

    const result = await database.db.execute(sql`select count(*)::int as count from outbox_events`);

    expect((result as unknown as { rows: { count: number }[] }).rows[0]?.count).toBe(0);
  });

  it('answers sessions.qry.health.v1 in the sessions queue group', async () => {
    const reply = await app.get(MessageBus).request(healthSubject('sessions'), {});

    expect(reply).toMatchObject({ service: 'sessions', database: { status: 'up', driver: 'pglite' } });
  });
});
