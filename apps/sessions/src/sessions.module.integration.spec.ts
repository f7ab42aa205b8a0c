import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import { type CreateSessionRequest, healthSubject, SessionsSubjects } from '@pix/contracts';
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

  const planning: CreateSessionRequest = {
    certificationCenterId: 12,
    certificationCenterName: 'Collège Victor Hugo',
    createdBy: 5,
    address: 'Bâtiment A',
    room: 'Salle 2',
    date: '2099-03-16',
    time: '08:30',
    examiner: 'Mme Martin',
  };

  it('creates a session with a number, an access code and a C- password, then reads it back', async () => {
    const bus = app.get(MessageBus);

    const created = await bus.request(SessionsSubjects.createSession, planning);
    const read = await bus.request(SessionsSubjects.getSession, { sessionId: created.id, certificationCenterId: 12 });

    expect(created).toMatchObject({
      certificationCenterId: 12,
      date: '2099-03-16',
      time: '08:30',
      status: 'created',
      description: null,
    });
    expect(created.id).toBeGreaterThan(0);
    expect(created.accessCode).toMatch(/^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/);
    expect(created.invigilatorPassword).toMatch(/^C-[2346789BCDFGHJKMPQRTVWXY]{5}$/);
    expect(read).toEqual(created);
  });

  it('numbers sessions in sequence', async () => {
    const bus = app.get(MessageBus);

    const first = await bus.request(SessionsSubjects.createSession, planning);
    const second = await bus.request(SessionsSubjects.createSession, planning);

    expect(second.id).toBe(first.id + 1);
  });

  it('hides a session from another centre as not found', async () => {
    const bus = app.get(MessageBus);
    const created = await bus.request(SessionsSubjects.createSession, planning);

    await expect(
      bus.request(SessionsSubjects.getSession, { sessionId: created.id, certificationCenterId: 99 }),
    ).rejects.toMatchObject({
      code: 'SESSION_NOT_FOUND',
      message: 'Session introuvable.',
    });
  });

  it('refuses an invalid session with every problem listed, and stores nothing', async () => {
    const bus = app.get(MessageBus);
    const database = app.get<DatabaseHandle>(DATABASE);
    const count = async () =>
      (
        (await database.db.execute(sql`select count(*)::int as count from sessions`)) as unknown as {
          rows: { count: number }[];
        }
      ).rows[0]?.count;
    const before = await count();

    const failure = bus.request(SessionsSubjects.createSession, { ...planning, room: '', date: '2020-01-01' });

    await expect(failure).rejects.toMatchObject({
      code: 'SESSION_INVALID',
      details: {
        problems: [
          { field: 'room', message: 'Le nom de la salle est obligatoire.' },
          { field: 'date', message: 'La date de début ne peut pas être dans le passé.' },
        ],
      },
    });
    expect(await count()).toBe(before);
  });

  it('refuses a malformed message with VALIDATION_FAILED instead of crashing', async () => {
    const bus = app.get(MessageBus);

    await expect(
      bus.request(SessionsSubjects.getSession, { sessionId: 'douze', certificationCenterId: 12 } as unknown as {
        sessionId: number;
        certificationCenterId: number;
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [expect.objectContaining({ path: 'sessionId' })] },
    });
  });
});
