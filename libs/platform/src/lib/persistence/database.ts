import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseDriver } from '@pix/contracts';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import { DataDirLock } from './data-dir-lock';

export type Db<TSchema extends Record<string, unknown> = Record<string, never>> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface DatabaseHandle<TSchema extends Record<string, unknown> = Record<string, never>> {
  readonly driver: DatabaseDriver;
  readonly db: Db<TSchema>;
  /** Round-trip time of `select 1` in milliseconds; throws if the database is unreachable. */
  ping(): Promise<number>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions<TSchema extends Record<string, unknown>> {
  /** Owner of the database; names the PGlite directory `<dataDir>/<service>/pglite`. */
  readonly service: string;
  readonly schema: TSchema;
  /** A drizzle-kit migrations folder (with `meta/_journal.json`), applied before the handle is returned. */
  readonly migrationsFolder: string;
  /** When set, a PostgreSQL server through node-postgres; otherwise embedded PGlite. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly poolSize?: number;
  /** PGlite only: keep the data in memory (tests). */
  readonly inMemory?: boolean;
}

/** Opens the service's own database (PGlite by default, PostgreSQL with a URL) and applies its migrations. */
export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<DatabaseHandle<TSchema>> {
  return options.databaseUrl === undefined ? openPglite(options) : openPostgres(options, options.databaseUrl);
}

async function openPostgres<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
  databaseUrl: string,
): Promise<DatabaseHandle<TSchema>> {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    application_name: options.service,
    connectionTimeoutMillis: 5000,
  });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = drizzleNodePg(pool, { schema: options.schema });
  try {
    await migrateNodePg(db, { migrationsFolder: options.migrationsFolder });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    driver: 'postgres',
    db: db as unknown as Db<TSchema>,
    ping: () => timed(() => db.execute(sql`select 1`)),
    close: () => pool.end(),
  };
}

async function openPglite<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<DatabaseHandle<TSchema>> {
  const serviceDir = resolve(options.dataDir, options.service);
  const lock = options.inMemory ? undefined : DataDirLock.acquire(serviceDir);
  try {
    const client = options.inMemory ? await PGlite.create() : await PGlite.create(join(serviceDir, 'pglite'));
    const db = drizzlePglite(client, { schema: options.schema });
    await migratePglite(db, { migrationsFolder: options.migrationsFolder });
    return {
      driver: 'pglite',
      db: db as unknown as Db<TSchema>,
      ping: () => timed(() => db.execute(sql`select 1`)),
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
