// Runs the platform in the foreground: nats-server, six services on PGlite (or DATABASE_URL_<SERVICE>), the gateway.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

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
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    return `${version}+${sha.toString().trim()}`;
  } catch {
    return version;
  }
}

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
  env: { APP_VERSION: appVersion(), CONSOLE_DIR: join(ROOT, 'dist', 'apps', 'console', 'browser') },
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

process.stdout.write(`
  Console     ${platform.gatewayUrl}/
  API docs    ${platform.gatewayUrl}/api/docs
  Health      ${platform.gatewayUrl}/api/health

  Demo logins: none yet. Accounts, centres and the demo seed arrive with the identity issue;
  until then the console shows the platform status.

  Ctrl-C stops everything.
`);
