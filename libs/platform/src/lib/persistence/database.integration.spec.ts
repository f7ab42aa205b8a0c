import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgresServer, type TestPostgresServer } from '@pix/test-kit';
import { sql } from 'drizzle-orm';
import { openDatabase } from './database';
import { outboxEvents, processedEvents } from './outbox.schema';

const schema = { outboxEvents, processedEvents };
const migrationsFolder = join(__dirname, '../../test-fixtures/migrations');

async function tableNames(handle: Awaited<ReturnType<typeof openDatabase>>): Promise<string[]> {
  const result = await handle.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return (result as unknown as { rows: { table_name: string }[] }).rows.map((row) => row.table_name);
}

describe('openDatabase on PGlite (embedded default)', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pix-pglite-'));
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('applies the migrations, keeps the data across restarts, and owns its directory alone', async () => {
    const first = await openDatabase({ service: 'sessions', schema, migrationsFolder, dataDir });
    await first.db.insert(outboxEvents).values({
      id: '0b6c3f0e-8f4e-4a53-9d3e-2b1f1e3c4d5a',
      subject: 'sessions.evt.created.v1',
      payload: { sessionId: 3 },
    });

    await expect(openDatabase({ service: 'sessions', schema, migrationsFolder, dataDir })).rejects.toThrow(
      /already used by process/,
    );
    await first.close();

    const reopened = await openDatabase({ service: 'sessions', schema, migrationsFolder, dataDir });
    const rows = await reopened.db.select().from(outboxEvents);
    const latency = await reopened.ping();
    await reopened.close();

    expect(first.driver).toBe('pglite');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'sessions.evt.created.v1', payload: { sessionId: 3 }, publishedAt: null });
    expect(latency).toBeGreaterThan(0);
  }, 90_000);
});

describe('openDatabase on a PostgreSQL server (DATABASE_URL)', () => {
  let postgres: TestPostgresServer;

  beforeAll(async () => {
    postgres = await startPostgresServer();
  }, 60_000);

  afterAll(async () => {
    await postgres?.stop();
  }, 30_000);

  it('applies the migrations once, even when opened twice', async () => {
    const databaseUrl = await postgres.createDatabase('sessions');

    const first = await openDatabase({
      service: 'sessions',
      schema,
      migrationsFolder,
      dataDir: '/nonexistent',
      databaseUrl,
    });
    await first.close();
    const second = await openDatabase({
      service: 'sessions',
      schema,
      migrationsFolder,
      dataDir: '/nonexistent',
      databaseUrl,
    });
    const tables = await tableNames(second);
    await second.close();

    expect(second.driver).toBe('postgres');
    expect(tables).toEqual(['outbox_events', 'processed_events']);
  }, 60_000);

  it('fails to open when the server is unreachable', async () => {
    await expect(
      openDatabase({
        service: 'sessions',
        schema,
        migrationsFolder,
        dataDir: '/nonexistent',
        databaseUrl: 'postgres://postgres@127.0.0.1:1/none',
      }),
    ).rejects.toThrow();
  });
});
