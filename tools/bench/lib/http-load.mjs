// A small closed-loop HTTP load generator: `concurrency` keep-alive clients, each sending its next
// request when the previous answer arrives, for `durationMs`. Latencies in ms, exact percentiles.
// `url`: one URL, or a function giving each request's URL, or `{ url, kind }` to count the statuses per kind
// (e.g. known and unknown codes of a lookup mix).
import http from 'node:http';

export async function runLoad({ url, concurrency, durationMs, warmupMs = 1000, accept = (status) => status === 200 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const nextUrl = typeof url === 'function' ? url : () => url;
  const once = () =>
    new Promise((resolve) => {
      const start = process.hrtime.bigint();
      const next = nextUrl();
      const kind = typeof next === 'string' ? undefined : next.kind;
      const target = new URL(typeof next === 'string' ? next : next.url);
      const request = http.get(
        { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, agent },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve({
              ok: accept(response.statusCode),
              status: response.statusCode,
              kind,
              ms: Number(process.hrtime.bigint() - start) / 1e6,
            }),
          );
        },
      );
      request.on('error', (error) =>
        resolve({ ok: false, status: error.code ?? 'ERROR', kind, ms: Number(process.hrtime.bigint() - start) / 1e6 }),
      );
    });

  const phase = async (ms, record) => {
    const end = Date.now() + ms;
    const worker = async () => {
      while (Date.now() < end) record(await once());
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };

  await phase(warmupMs, () => undefined);
  const latencies = [];
  const statuses = new Map();
  let errors = 0;
  const started = process.hrtime.bigint();
  await phase(durationMs, (result) => {
    const key = result.kind === undefined ? String(result.status) : `${result.kind} ${result.status}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    if (result.ok) latencies.push(result.ms);
    else errors += 1;
  });
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const percentile = (p) =>
    latencies.length === 0
      ? NaN
      : latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  return {
    requests: latencies.length,
    errors,
    /** Accepted answers per second (errors not counted). */
    requestsPerSecond: latencies.length / elapsedSeconds,
    elapsedSeconds,
    /** `status` or `kind status` (status: HTTP status or network error code) → count, errors included. */
    statuses,
    p50: percentile(50),
    p90: percentile(90),
    p95: percentile(95),
    p99: percentile(99),
    max: latencies[latencies.length - 1] ?? NaN,
  };
}
