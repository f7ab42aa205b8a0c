import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, waitForPort } from './ports';
import { type ManagedProcess, startProcess } from './processes';

export interface TestPostgresServer {
  readonly port: number;
  /** Connection URL of a database on this server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The directory holding initdb/postgres: PG_BIN_DIR, else the newest /usr/lib/postgresql/<v>/bin. */
export function findPostgresBinDir(): string {
  const fromEnv = process.env['PG_BIN_DIR'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((entry) => /^\d+$/.test(entry))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = join(root, version, 'bin');
      if (existsSync(join(dir, 'initdb'))) return dir;
    }
  }
  throw new Error('PostgreSQL server binaries not found: install the postgresql package or set PG_BIN_DIR');
}

/**
 * A throwaway PostgreSQL cluster: initdb in a temp dir, loopback only, a free port, trust auth.
 * initdb refuses root, so as root the cluster belongs to the `postgres` user.
 */
export async function startPostgresServer(): Promise<TestPostgresServer> {
  const binDir = findPostgresBinDir();
  const port = await freePort();
  const baseDir = mkdtempSync(join(tmpdir(), 'pix-pg-'));
  chmodSync(baseDir, 0o755);
  const dataDir = join(baseDir, 'data');
  // initdb refuses root: as root, the cluster runs as the `postgres` user (spawned directly, so signals reach it).
  const owner: { uid?: number; gid?: number } = process.getuid?.() === 0 ? postgresUser() : {};
  if (owner.uid !== undefined) chownSync(baseDir, owner.uid, owner.gid ?? 0);
  execFileSync(
    join(binDir, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
    { stdio: 'pipe', ...owner },
  );
  const server: ManagedProcess = startProcess(
    join(binDir, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${baseDir}`,
      '-c',
      'fsync=off',
      '-c',
      'max_connections=200',
    ],
    owner,
  );
  try {
    await waitForPort(port, '127.0.0.1', 30_000);
    await waitForQueries(port);
  } catch (error) {
    await server.stop('SIGKILL');
    throw new Error(`postgres did not start: ${(error as Error).message}\n${server.output()}`);
  }
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    urlFor,
    createDatabase: async (name: string) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
      const client = new Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    stop: async () => {
      await server.stop('SIGINT', 15_000);
      rmSync(baseDir, { recursive: true, force: true });
    },
  };
}

async function waitForQueries(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function postgresUser(): { uid: number; gid: number } {
  const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim()));
  if (!Number.isInteger(uid) || !Number.isInteger(gid))
    throw new Error('no postgres user: install the postgresql package');
  return { uid, gid };
}
