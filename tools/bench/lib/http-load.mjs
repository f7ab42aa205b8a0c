// A small closed-loop HTTP load generator: `concurrency` keep-alive clients, each sending its next
// request when the previous answer arrives, for `durationMs`. Latencies in ms, exact percentiles.
import http from 'node:http';

export async function runLoad({ url, concurrency, durationMs, warmupMs = 1000, accept = (status) => status === 200 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const once = () =>
    new Promise((resolve) => {
      const start = process.hrtime.bigint();
      const request = http.get(
        { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, agent },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ ok: accept(response.statusCode), ms: Number(process.hrtime.bigint() - start) / 1e6 }),
          );
        },
      );
      request.on('error', () => resolve({ ok: false, ms: Number(process.hrtime.bigint() - start) / 1e6 }));
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
  let errors = 0;
  const started = process.hrtime.bigint();
  await phase(durationMs, (result) => {
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
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50: percentile(50),
    p90: percentile(90),
    p99: percentile(99),
    max: latencies[latencies.length - 1] ?? NaN,
  };
}
