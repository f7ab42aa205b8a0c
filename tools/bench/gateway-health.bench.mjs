// Benchmark: NATS request-reply through the gateway. Each GET /api/health fans out to the six
// services over NATS (six request-replies, each touching its database) and gathers the answers.
//
//   node tools/bench/gateway-health.bench.mjs [--duration 10] [--concurrency 1,16,64] [--url http://host:port]
//
// Without --url it starts its own platform (nats-server + six services on PGlite + gateway) from dist/,
// so build first: npx nx run-many -t build. Prints requests/s and latency percentiles per concurrency.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLoad } from './lib/http-load.mjs';

const require = createRequire(import.meta.url);
const { createPlatform, startNats } = require('../lib/platform.cjs');

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '1,16,64' },
    url: { type: 'string' },
    path: { type: 'string', default: '/api/health' },
  },
});

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

let teardown = async () => undefined;
let baseUrl = values.url;
if (baseUrl === undefined) {
  const workDir = mkdtempSync(join(tmpdir(), 'pix-bench-'));
  const nats = await startNats({
    port: await freePort(),
    storeDir: join(workDir, 'nats'),
    logPath: join(workDir, 'nats.log'),
  });
  const platform = createPlatform({
    natsUrl: nats.url,
    gatewayPort: await freePort(),
    logDir: join(workDir, 'logs'),
    dataDir: join(workDir, 'data'),
    env: { LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000' },
  });
  teardown = async () => {
    await platform.stop();
    await nats.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  const bootStart = Date.now();
  platform.start();
  try {
    await platform.waitUntilHealthy(240_000);
  } catch (error) {
    await teardown();
    throw error;
  }
  process.stdout.write(`platform up (PGlite, fresh data) in ${((Date.now() - bootStart) / 1000).toFixed(1)} s\n`);
  baseUrl = platform.gatewayUrl;
}

const durationMs = Number(values.duration) * 1000;
const url = `${baseUrl}${values.path}`;
process.stdout.write(`GET ${values.path}: ${values.duration} s per level, closed loop, keep-alive\n`);
process.stdout.write('concurrency   req/s     p50 ms   p90 ms   p99 ms   max ms   errors\n');
try {
  for (const concurrency of values.concurrency.split(',').map(Number)) {
    const result = await runLoad({ url, concurrency, durationMs });
    const cell = (value, width) => value.toFixed(2).padStart(width);
    process.stdout.write(
      `${String(concurrency).padStart(11)} ${result.requestsPerSecond.toFixed(0).padStart(7)} ${cell(result.p50, 10)} ${cell(result.p90, 8)} ${cell(result.p99, 8)} ${cell(result.max, 8)} ${String(result.errors).padStart(8)}\n`,
    );
  }
} finally {
  await teardown();
}
