// The benchmarks' own platform: nats-server + six services + gateway started from dist/ (tools/lib/platform.cjs),
// on fresh PGlite directories in a temporary folder, or with `databaseUrl` on one new database per service of that
// PostgreSQL server; a bootstrap SUPER_ADMIN with a random password; `cleanUp()` stops everything and removes the
// folder and the databases (unless `keep`).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { say as defaultSay, seconds } from './cli.mjs';
import { createServiceDatabases } from './exam-db.mjs';

const require = createRequire(import.meta.url);
const { SERVICES, createPlatform, startNats } = require('../../lib/platform.cjs');

export { SERVICES };

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** How a managed process ended: its signal, else its exit code. */
const exitOf = (managed) => managed?.child?.signalCode ?? `exit code ${managed?.child?.exitCode}`;

/**
 * Starts the platform and waits until /api/health says up (at most `healthTimeoutMs`). `env`: extra variables for
 * every process, over the defaults (warn logs, no general rate limit to speak of). Databases are named
 * `<databasePrefix>_<service>`; the temporary folder starts with `workDirPrefix`.
 */
export async function startOwnPlatform({
  databaseUrl,
  databasePrefix,
  workDirPrefix = 'pix-bench-',
  env = {},
  keep = false,
  healthTimeoutMs = 240_000,
  say = defaultSay,
}) {
  const workDir = mkdtempSync(join(tmpdir(), workDirPrefix));
  const admin = { email: 'admin.bench@pix.example', password: `bench-${randomBytes(9).toString('base64url')}` };
  const databases =
    databaseUrl === undefined ? undefined : await createServiceDatabases(databaseUrl, SERVICES, databasePrefix);
  const nats = await startNats({
    port: await freePort(),
    storeDir: join(workDir, 'nats'),
    logPath: join(workDir, 'nats.log'),
  });
  const dataDir = join(workDir, 'data');
  const logDir = join(workDir, 'logs');
  const platform = createPlatform({
    natsUrl: nats.url,
    gatewayPort: await freePort(),
    logDir,
    ...(databases === undefined ? { dataDir } : { databaseUrls: databases.urls }),
    env: {
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '1000000',
      AUTH_TOKEN_SECRET: randomBytes(48).toString('base64'),
      BOOTSTRAP_ADMIN_EMAIL: admin.email,
      BOOTSTRAP_ADMIN_PASSWORD: admin.password,
      ...env,
    },
  });
  const started = Date.now();
  platform.start();
  let exits;
  const own = {
    admin,
    baseUrl: platform.gatewayUrl,
    workDir,
    logDir,
    /** The PGlite root (each service in `<dataDir>/<service>/pglite`); undefined on PostgreSQL. */
    dataDir: databases === undefined ? dataDir : undefined,
    /** service → PostgreSQL URL; undefined on PGlite. */
    databaseUrls: databases?.urls,
    platform,
    /**
     * Stops the gateway, then the services (SIGTERM, SIGKILL after 10 s), then nats-server; resolves with how each
     * process ended (name → signal or exit code). Once only: later calls give the same answer.
     */
    async stop() {
      if (exits !== undefined) return exits;
      exits = {};
      await platform.stop();
      await nats.stop();
      for (const [name, managed] of platform.processes) exits[name] = exitOf(managed);
      return exits;
    },
    /**
     * Stops the gateway alone and starts it again with these variables changed (undefined: removed, so the
     * gateway's default applies); resolves once the platform is healthy again. Services and data are untouched.
     */
    async restartGateway(changes) {
      const gateway = platform.processes.get('gateway');
      await gateway.stop();
      for (const [name, value] of Object.entries(changes)) {
        if (value === undefined) delete gateway.env[name];
        else gateway.env[name] = value;
      }
      gateway.start();
      await platform.waitUntilHealthy(60_000);
    },
    /** Stops, then removes the folder and the databases unless `keep` (e.g. the logs of a failed run). */
    async cleanUp({ keep: keepThisTime = keep } = {}) {
      await own.stop();
      if (keepThisTime) {
        say(
          `kept: ${workDir}${databases === undefined ? '' : ` and databases ${Object.values(databases.urls).join(', ')}`}`,
        );
        return;
      }
      await databases?.drop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  try {
    await platform.waitUntilHealthy(healthTimeoutMs);
  } catch (error) {
    await own.cleanUp().catch(() => undefined);
    throw error;
  }
  say(
    `platform up (${databases === undefined ? 'PGlite' : 'PostgreSQL, one database per service'}) in ${seconds(Date.now() - started)}; logs in ${logDir}`,
  );
  return own;
}
