import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_NAMES } from '@pix/contracts';
import {
  freePort,
  startNatsServer,
  startPostgresServer,
  type TestNatsServer,
  type TestPostgresServer,
} from '@pix/test-kit';
// The launcher is plain CommonJS in tools/ so that `npm run up` and the benchmarks share it without a build.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createPlatform, type Platform } from '../../../../tools/lib/platform.cjs';

/** The national administrator identity creates at boot (BOOTSTRAP_ADMIN_*), to start every scenario from. */
export const E2E_ADMIN = { email: 'admin.e2e@pix.example', password: 'une phrase de passe pour les tests e2e' };

export interface RunningPlatform {
  readonly gatewayUrl: string;
  readonly platform: Platform;
  readonly logDir: string;
  /** The HS256 secret the platform signs access tokens with, to forge expired tokens in tests. */
  readonly authTokenSecret: string;
  /** Last lines of a process's log, for failure messages. */
  logTail(name: string, lines?: number): string;
  stop(): Promise<void>;
}

/**
 * The production topology on one machine: a private nats-server, a PostgreSQL server with one
 * database per service, and the seven processes started from their builds, as separate processes.
 */
export async function startPlatformForTests(): Promise<RunningPlatform> {
  let nats: TestNatsServer | undefined;
  let postgres: TestPostgresServer | undefined;
  try {
    [nats, postgres] = await Promise.all([startNatsServer(), startPostgresServer()]);
    const databaseUrls: Record<string, string> = {};
    for (const service of SERVICE_NAMES) databaseUrls[service] = await postgres.createDatabase(service);
    const logDir = mkdtempSync(join(tmpdir(), 'pix-e2e-logs-'));
    const authTokenSecret = randomBytes(48).toString('base64');
    const platform = createPlatform({
      natsUrl: nats.url,
      gatewayPort: await freePort(),
      logDir,
      databaseUrls,
      env: {
        LOG_LEVEL: 'info',
        HEALTH_TIMEOUT_MS: '1000',
        NODE_ENV: 'test',
        AUTH_TOKEN_SECRET: authTokenSecret,
        BOOTSTRAP_ADMIN_EMAIL: E2E_ADMIN.email,
        BOOTSTRAP_ADMIN_PASSWORD: E2E_ADMIN.password,
        // Sign-in stays fast in tests; production keeps the OWASP default.
        PASSWORD_HASH_MEMORY_KIB: '8192',
      },
    });
    platform.start();
    const natsServer = nats;
    const postgresServer = postgres;
    const logTail = (name: string, lines = 30) => {
      try {
        return readFileSync(join(logDir, `${name}.log`), 'utf8')
          .trim()
          .split('\n')
          .slice(-lines)
          .join('\n');
      } catch {
        return '(no log)';
      }
    };
    try {
      await platform.waitUntilHealthy(120_000);
    } catch (error) {
      const tails = ['gateway', ...SERVICE_NAMES].map((name) => `--- ${name}\n${logTail(name, 10)}`).join('\n');
      await platform.stop();
      throw new Error(`${(error as Error).message}\n${tails}`);
    }
    return {
      gatewayUrl: platform.gatewayUrl,
      platform,
      logDir,
      authTokenSecret,
      logTail,
      stop: async () => {
        await platform.stop();
        await Promise.all([natsServer.stop(), postgresServer.stop()]);
      },
    };
  } catch (error) {
    await Promise.all([nats?.stop(), postgres?.stop()]);
    throw error;
  }
}
