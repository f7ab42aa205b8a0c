// Runs the platform in the foreground: nats-server, six services on PGlite (or DATABASE_URL_<SERVICE>), the gateway.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_ADMIN, seed } from './seed.mjs';

const require = createRequire(import.meta.url);
const { ROOT, SERVICES, createPlatform, startNats } = require('./lib/platform.cjs');

const say = (message) => process.stdout.write(`\x1b[1;34m[up]\x1b[0m ${message}\n`);
const dataDir = join(ROOT, '.data');
const logDir = join(dataDir, 'logs');
const natsPort = Number(process.env.NATS_PORT ?? 4222);
const gatewayPort = Number(process.env.GATEWAY_PORT ?? 3000);

function appVersion() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return `${version}+${sha.toString().trim()}`;
  } catch {
    return version;
  }
}

/** One random signing secret per machine, kept in .data so that sessions survive a restart. */
function authTokenSecret() {
  if (process.env.AUTH_TOKEN_SECRET) return process.env.AUTH_TOKEN_SECRET;
  const file = join(dataDir, 'auth-token-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export const DEMO_ADMIN = {
  email: process.env.BOOTSTRAP_ADMIN_EMAIL ?? DEFAULT_ADMIN.email,
  password: process.env.BOOTSTRAP_ADMIN_PASSWORD ?? DEFAULT_ADMIN.password,
};

const started = Date.now();
const nats = await startNats({ port: natsPort, storeDir: join(dataDir, 'nats'), logPath: join(dataDir, 'nats.log') });
say(`nats-server (JetStream) on ${nats.url}`);

const databaseUrls = Object.fromEntries(
  SERVICES.flatMap((service) => {
    const url = process.env[`DATABASE_URL_${service.toUpperCase()}`];
    return url ? [[service, url]] : [];
  }),
);
const platform = createPlatform({
  natsUrl: nats.url,
  gatewayPort,
  logDir,
  dataDir,
  databaseUrls,
  env: {
    APP_VERSION: appVersion(),
    CONSOLE_DIR: join(ROOT, 'dist', 'apps', 'console', 'browser'),
    AUTH_TOKEN_SECRET: authTokenSecret(),
    BOOTSTRAP_ADMIN_EMAIL: DEMO_ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: DEMO_ADMIN.password,
  },
});

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await platform.stop();
  await nats.stop();
  say('stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

platform.start();
say(`6 services and the gateway starting (logs in ${logDir}); the first start creates the embedded databases`);
try {
  const health = await platform.waitUntilHealthy(180_000);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  say(`healthy in ${seconds} s: ${health.services.map((s) => `${s.name} ${s.latencyMs} ms`).join(', ')}`);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  await shutdown(1);
}

for (const managed of platform.processes.values()) {
  managed.child.once('exit', (code, signal) => {
    if (!stopping) say(`${managed.name} exited (${signal ?? code}); see ${managed.logPath}`);
  });
}

// Demo data: loaded at the first start of a data directory, its logins printed at every start.
let logins;
const seedStarted = Date.now();
try {
  logins = await seed({
    baseUrl: platform.gatewayUrl,
    admin: DEMO_ADMIN,
    dataDir,
    log: (message) => say(`seed: ${message}`),
  });
  say(`demo data ready in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
} catch (error) {
  process.stderr.write(`\x1b[1;31m[up]\x1b[0m demo seed failed: ${error.message}\n`);
  say(
    '\x1b[1;33mwarning:\x1b[0m the demo data could not be loaded (see above); the platform keeps running without it. ' +
      `Retry with: node tools/seed.mjs ${platform.gatewayUrl}`,
  );
}

process.stdout.write(`
  Console     ${platform.gatewayUrl}/
  API docs    ${platform.gatewayUrl}/api/docs
  Health      ${platform.gatewayUrl}/api/health

${logins ?? `  Demo logins: none, the demo seed failed (see above). The bootstrap administrator: ${DEMO_ADMIN.email}\n`}
  Ctrl-C stops everything.
`);
