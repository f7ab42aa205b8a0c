// Benchmark: rendering attestations (rules §11) with the documents service's own code, in this process.
// The TypeScript sources (attestation template, QR code, ChromiumPdfRenderer, pdf-lib merger) are bundled once with
// esbuild; no NATS, no database: it measures Chromium and the page pool, which is where the time goes.
//
//   npm run bench:attestations -- [--single 50] [--batch 1000] [--per-browser 20] [--pool 2]
//
// (a) single: one attestation at a time on the pooled browser (what the candidate's download does);
// (b) batch: --batch attestations through the page pool (--pool tabs at once, PDF_PAGE_POOL_SIZE), then merged into
//     one PDF with pdf-lib, as the batch worker does;
// (c) browser per PDF: a new Chromium launched and closed for each of --per-browser attestations.
// Prints attestations per second, the ratio pool / browser-per-PDF, and the peak memory of node alone (RSS) and of
// node plus its Chromium processes (sum of their PSS, so shared pages count once; sampled from /proc every 100 ms).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    single: { type: 'string', default: '50' },
    batch: { type: 'string', default: '1000' },
    'per-browser': { type: 'string', default: '20' },
    pool: { type: 'string', default: process.env.PDF_PAGE_POOL_SIZE || '2' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  },
});
const singleCount = Number(values.single);
const batchCount = Number(values.batch);
const perBrowserCount = Number(values['per-browser']);
const pool = Number(values.pool);
const executablePath = values.chromium;

// --- the documents code, bundled -----------------------------------------------------------------------------------
const ENTRY = `
export { ChromiumPdfRenderer } from './apps/documents/src/infrastructure/pdf/chromium-pdf-renderer';
export { PdfLibMerger } from './apps/documents/src/infrastructure/pdf/pdf-lib-merger';
export { attestation } from './apps/documents/src/domain/templates/attestation';
export { qrCodeSvg, verificationUrl } from './apps/documents/src/domain/verification-qr-code';
export { AREAS, COMPETENCES } from './libs/referential/src/lib/competences';
`;
// Inside the repository (tmp/ is ignored by git) so that the bundle's require() finds node_modules.
mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const workDir = mkdtempSync(join(ROOT, 'tmp', 'bench-attestations-'));
const bundlePath = join(workDir, 'documents-kit.cjs');
await build({
  stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: bundlePath,
  tsconfig: join(ROOT, 'tsconfig.base.json'),
  packages: 'external',
  logLevel: 'warning',
});
const require = createRequire(join(ROOT, 'package.json'));
const kit = require(bundlePath);

const PUBLIC_URL = 'https://certif.example.fr';
const ignore = () => undefined;
const silent = { info: ignore, warn: ignore, error: ignore, debug: ignore };

const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Jules', 'Manon', 'Nathan', 'Camille', 'Éléonore'];

function attestationData(index) {
  return {
    certificationId: 100000 + index,
    sessionId: 669,
    verificationCode: `P-${(100000 + index).toString(36).toUpperCase().padStart(8, 'B')}`,
    division: `3e ${'ABCD'[index % 4]}`,
    firstName: FIRST_NAMES[index % 10],
    lastName: `${LAST_NAMES[(index * 7) % 10]}-${index}`,
    birthdate: `2009-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    birthplace: 'Bordeaux',
    certificationDate: '2099-03-16',
    deliveredAt: '2099-03-30',
    certificationCenter: 'Collège Victor Hugo',
    pixScore: 200 + (index % 400),
    maxReachableLevel: 7,
    maxReachableScore: 896,
    competences: kit.COMPETENCES.map((competence, position) => ({
      code: competence.code,
      name: competence.name,
      areaCode: competence.area,
      areaTitle: kit.AREAS.find((area) => area.code === competence.area).name,
      level: (index + position) % 7,
    })),
  };
}

/** What the AttestationDocuments use case does: the QR code of the verification page, then the template. */
async function printable(index) {
  const data = attestationData(index);
  const qrCode = await kit.qrCodeSvg(kit.verificationUrl(PUBLIC_URL, data.verificationCode));
  const document = kit.attestation(data, { publicUrl: PUBLIC_URL, qrCode });
  return { html: document.html.value, footerLabel: document.footerLabel };
}

// --- memory: node alone, and node with the Chromium processes it started ------------------------------------------
function processTreeRss() {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const stack = [process.pid];
  while (stack.length > 0) {
    const pid = stack.pop();
    try {
      // PSS: pages shared between Chromium's processes are split between them, not counted in each.
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1'));
      total += match === null ? 0 : Number(match[1]) * 1024;
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

let peakTree = 0;
let peakNode = 0;
const sampler = setInterval(() => {
  peakTree = Math.max(peakTree, processTreeRss());
  peakNode = Math.max(peakNode, process.memoryUsage.rss());
}, 100);
function resetPeaks() {
  peakTree = processTreeRss();
  peakNode = process.memoryUsage.rss();
}
const mib = (bytes) => `${(bytes / 1_048_576).toFixed(0)} MiB`;

// --- the three runs ------------------------------------------------------------------------------------------------
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const results = [];
function report(name, count, elapsed, extra = '') {
  const perSecond = count / elapsed;
  results.push({ name, perSecond });
  process.stdout.write(
    `${name.padEnd(34)} ${String(count).padStart(5)} in ${elapsed.toFixed(1).padStart(6)} s  ` +
      `${perSecond.toFixed(2).padStart(7)} attestations/s   peak RSS node ${mib(peakNode)}, ` +
      `node+Chromium (PSS) ${mib(peakTree)}${extra}\n`,
  );
  return perSecond;
}

process.stdout.write(
  `attestations, Chromium ${executablePath}, page pool ${pool}; ${singleCount} single, batch of ${batchCount}, ` +
    `${perBrowserCount} with a browser each\n`,
);
const renderer = new kit.ChromiumPdfRenderer({ executablePath, pagePoolSize: pool }, silent);
try {
  const first = await renderer.render(await printable(0));
  process.stdout.write(`sample: ${first.pageCount} page, ${(first.bytes.byteLength / 1024).toFixed(0)} KiB per PDF\n`);
  for (let index = 1; index <= Math.min(5, singleCount); index += 1) await renderer.render(await printable(index)); // warm-up

  // (a) one at a time
  resetPeaks();
  let start = process.hrtime.bigint();
  for (let index = 0; index < singleCount; index += 1) await renderer.render(await printable(index));
  const single = report('(a) single, one at a time', singleCount, seconds(start));

  // (b) the batch: `pool` lanes through the page pool, then one merged PDF
  resetPeaks();
  start = process.hrtime.bigint();
  const pdfs = new Array(batchCount);
  let next = 0;
  const lane = async () => {
    while (next < batchCount) {
      const index = next;
      next += 1;
      pdfs[index] = (await renderer.render(await printable(index))).bytes;
    }
  };
  await Promise.all(Array.from({ length: pool }, lane));
  const renderSeconds = seconds(start);
  const mergeStart = process.hrtime.bigint();
  const merged = await new kit.PdfLibMerger().merge(
    (async function* () {
      yield* pdfs;
    })(),
  );
  const mergeSeconds = seconds(mergeStart);
  if (merged.pageCount !== batchCount) throw new Error(`merged ${merged.pageCount} pages, expected ${batchCount}`);
  const batch = report(
    `(b) batch of ${batchCount}, pool of ${pool}`,
    batchCount,
    seconds(start),
    `\n${''.padEnd(35)}rendering ${(batchCount / renderSeconds).toFixed(2)}/s, merge ${mergeSeconds.toFixed(1)} s ` +
      `-> ${merged.pageCount} pages, ${mib(merged.bytes.byteLength)}`,
  );
  pdfs.length = 0;

  // (c) a new browser for every PDF
  resetPeaks();
  start = process.hrtime.bigint();
  for (let index = 0; index < perBrowserCount; index += 1) {
    const own = new kit.ChromiumPdfRenderer({ executablePath, pagePoolSize: 1 }, silent);
    try {
      await own.render(await printable(index));
    } finally {
      await own.beforeApplicationShutdown();
    }
  }
  const perBrowser = report('(c) a browser launched per PDF', perBrowserCount, seconds(start));

  process.stdout.write(
    `\npool vs browser per PDF: batch ${(batch / perBrowser).toFixed(1)}× faster, ` +
      `single renders on the pooled browser ${(single / perBrowser).toFixed(1)}× faster\n` +
      `peak RSS of this process over the whole run: ${mib(process.resourceUsage().maxRSS * 1024)}\n`,
  );
} finally {
  clearInterval(sampler);
  await renderer.beforeApplicationShutdown();
  rmSync(workDir, { recursive: true, force: true });
}
