// Benchmark: the documents service renders attendance sheets (feuille d'émargement) with Chromium.
// Each request goes over NATS to documents.qry.render-attendance-sheet.v1, with a session of --candidates
// candidates (2 pages for 30), and comes back as a base64 PDF. Two runs: --count requests one after the other,
// then --count requests with --concurrency in flight (default: the page-pool size, PDF_PAGE_POOL_SIZE or 2).
//
//   npx nx run documents:build
//   node tools/bench/pdf-attendance.bench.mjs [--count 100] [--candidates 30] [--concurrency 2] [--nats-url nats://…]
//
// Without --nats-url it starts its own nats-server and ONLY the documents service (dist/apps/documents/main.js,
// fresh PGlite in a temp dir) through tools/lib/platform.cjs, and stops them at the end. With --nats-url it talks
// to a documents service already running on that NATS. Prints PDFs/s and latency percentiles (ms).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectNats, nestRequest, waitForService } from './lib/nest-nats.mjs';

const require = createRequire(import.meta.url);
const { createPlatform, startNats } = require('../lib/platform.cjs');

const SUBJECT = 'documents.qry.render-attendance-sheet.v1';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    candidates: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: process.env.PDF_PAGE_POOL_SIZE || '2' },
    'nats-url': { type: 'string' },
  },
});
const count = Number(values.count);
const candidateCount = Number(values.candidates);
const concurrency = Number(values.concurrency);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Jules', 'Manon', 'Nathan', 'Camille', 'Éléonore'];

function request(sessionId) {
  return {
    session: {
      id: sessionId,
      certificationCenterName: 'Collège Victor Hugo',
      centreType: 'SCO',
      address: 'Bâtiment A, 12 rue des Écoles',
      room: 'Salle multimédia B12',
      date: '2099-03-16',
      time: '08:30',
      examiner: 'Mme Martin, M. Dupont',
      description: null,
      accessCode: 'TQVF63',
      invigilatorPassword: 'C-24WB4',
    },
    candidates: Array.from({ length: candidateCount }, (_, index) => ({
      lastName: `${LAST_NAMES[index % 10]}-${String.fromCharCode(65 + (index % 26))}${index}`,
      firstName: FIRST_NAMES[(index * 7) % 10],
      birthdate: `2009-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
      division: `3e ${'ABCD'[index % 4]}`,
      externalId: null,
      extraTimePercentage: index % 15 === 0 ? 0.3 : null,
    })),
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** `total` renderings with `inFlight` of them at a time (closed loop); latencies in ms. */
async function run(connection, total, inFlight) {
  const latencies = [];
  let next = 0;
  let sample;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < total) {
      next += 1;
      const begin = process.hrtime.bigint();
      const reply = await nestRequest(connection, SUBJECT, request(1000 + next));
      latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
      sample ??= reply;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
    sample,
  };
}

let teardown = async () => undefined;
let isAlive = () => true;
let natsUrl = values['nats-url'];
if (natsUrl === undefined) {
  const workDir = mkdtempSync(join(tmpdir(), 'pix-bench-pdf-'));
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
    env: { LOG_LEVEL: 'warn', PDF_PAGE_POOL_SIZE: String(concurrency) },
  });
  const documents = platform.processes.get('documents');
  teardown = async () => {
    await documents.stop();
    await nats.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    documents.start();
  } catch (error) {
    await teardown();
    throw error;
  }
  natsUrl = nats.url;
  process.stdout.write(`documents service started (logs: ${documents.logPath})\n`);
  isAlive = () => documents.running;
}

const connection = await connectNats(natsUrl);
try {
  const bootStart = Date.now();
  await waitForService(connection, 'documents', { isAlive });
  process.stdout.write(`documents service answering after ${((Date.now() - bootStart) / 1000).toFixed(1)} s\n`);

  const firstStart = Date.now();
  const first = await nestRequest(connection, SUBJECT, request(1), 60_000);
  process.stdout.write(
    `first PDF (launches Chromium): ${Date.now() - firstStart} ms; ${first.fileName}, ${first.pageCount} pages, ` +
      `${Math.round((first.base64.length * 3) / 4 / 1024)} KiB PDF, ${Math.round(first.base64.length / 1024)} KiB base64\n`,
  );
  await run(connection, Math.min(10, count), concurrency); // warm-up: fill the page pool, JIT

  process.stdout.write(`attendance sheet, ${candidateCount} candidates, ${count} PDFs per run\n`);
  process.stdout.write('in flight   PDFs/s   p50 ms   p99 ms   max ms\n');
  for (const inFlight of [1, concurrency]) {
    const result = await run(connection, count, inFlight);
    process.stdout.write(
      `${String(inFlight).padStart(9)} ${result.perSecond.toFixed(1).padStart(8)} ${result.p50.toFixed(0).padStart(8)} ` +
        `${result.p99.toFixed(0).padStart(8)} ${result.max.toFixed(0).padStart(8)}\n`,
    );
  }
} finally {
  await connection.close();
  await teardown();
}
