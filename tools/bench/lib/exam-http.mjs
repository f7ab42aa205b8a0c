// HTTP plumbing of the exam benchmark: a keep-alive JSON client on node:http (lighter than fetch when thousands of
// simulated browsers share the bench's CPU with the platform), a server-sent events reader, a multipart body builder
// and the per-step latency recorder. Node built-ins only.
import { randomBytes } from 'node:crypto';
import http from 'node:http';

/** A failed exchange: `status` 0 for a network error or a client-side timeout. */
export class HttpError extends Error {
  constructor(method, path, response) {
    super(`${method} ${path} answered ${response.status} ${response.code}: ${response.message ?? ''}`.trim());
    this.response = response;
  }
}

/**
 * One client per platform. Every browser of a real exam has its own connections, so sockets are not capped; they are
 * kept alive between requests like a browser does.
 */
export function createClient(baseUrl, { timeoutMs = 60_000 } = {}) {
  const target = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, keepAliveMsecs: 5000 });

  function once(method, path, { token, json, body, headers: extra = {}, cookie } = {}) {
    const headers = { accept: 'application/json', ...extra };
    let payload = body;
    if (json !== undefined) {
      payload = Buffer.from(JSON.stringify(json));
      headers['content-type'] = 'application/json';
    }
    if (payload !== undefined) headers['content-length'] = String(payload.length);
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (cookie !== undefined) headers.cookie = cookie;
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    return new Promise((resolve) => {
      const request = http.request(
        { host: target.hostname, port: target.port, path: `/api${path}`, method, headers, agent },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => resolve(parsed(response, Buffer.concat(chunks), elapsed())));
          response.on('error', (error) => resolve({ status: 0, code: error.code ?? 'RESPONSE_ERROR', ms: elapsed() }));
        },
      );
      request.setTimeout(timeoutMs, () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
      request.on('error', (error) =>
        resolve({ status: 0, code: error.code ?? 'NETWORK_ERROR', message: error.message, ms: elapsed() }),
      );
      request.end(payload);
    });
  }

  /**
   * Sends a request; a reset keep-alive socket (the server closed it while idle) is retried once, as browsers do.
   * Safe for POSTs here: the platform answers a repeated answer or join with the same receipt.
   */
  async function send(method, path, options) {
    const first = await once(method, path, options);
    if (first.status !== 0 || !['ECONNRESET', 'EPIPE'].includes(first.code)) return first;
    const second = await once(method, path, options);
    return { ...second, ms: first.ms + second.ms, retried: true };
  }

  return { send, agent, baseUrl, close: () => agent.destroy() };
}

function parsed(response, bytes, ms) {
  let body = null;
  const text = bytes.toString('utf8');
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = text;
  }
  const ok = response.statusCode >= 200 && response.statusCode < 300;
  return {
    status: response.statusCode,
    ok,
    code: ok ? 'OK' : errorCode(body),
    message: ok ? undefined : body?.message,
    body,
    headers: response.headers,
    ms,
  };
}

/** The error's code; a timeout between services also names the NATS subject that stayed silent. */
function errorCode(body) {
  const code = body?.code ?? 'HTTP_ERROR';
  const subject = body?.details?.subject;
  return typeof subject === 'string'
    ? `${code} (${subject}${body.details.reason ? `, ${body.details.reason}` : ''})`
    : code;
}

/** The `pix_refresh=…` pair of a sign-in answer, to renew an access token without the password. */
export function refreshCookieOf(headers) {
  const values = [headers['set-cookie'] ?? []].flat();
  const pair = values.map((value) => value.split(';')[0]).find((value) => value.startsWith('pix_refresh='));
  return pair === undefined || pair === 'pix_refresh=' ? undefined : pair;
}

/** A multipart/form-data body with one file field, as a browser's file upload sends it. */
export function multipartFile(field, fileName, contentType, content) {
  const boundary = `----exam-bench-${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, Buffer.from(content), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/**
 * Reads a server-sent events stream (`GET` with a bearer token, as the console does with fetch). Calls
 * `onEvent(type, data)` for each event; resolves `opened` with the HTTP status once the headers are in.
 * Its own socket (no agent): a stream held for the whole run must not take a keep-alive socket of the pool.
 */
export function openEventStream(baseUrl, path, token, onEvent) {
  const target = new URL(baseUrl);
  let request;
  let resolveOpened;
  const opened = new Promise((resolve) => (resolveOpened = resolve));
  const closed = new Promise((resolveClosed) => {
    request = http.get(
      {
        host: target.hostname,
        port: target.port,
        path: `/api${path}`,
        agent: false,
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
      },
      (response) => {
        resolveOpened(response.statusCode);
        if (response.statusCode !== 200) {
          response.resume();
          response.on('end', () => resolveClosed({ reason: `HTTP ${response.statusCode}` }));
          return;
        }
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = parseEventBlock(block);
            if (event !== null) onEvent(event.type, event.data);
          }
        });
        response.on('end', () => resolveClosed({ reason: 'ended by the server' }));
        response.on('error', (error) => resolveClosed({ reason: error.message }));
      },
    );
    request.on('error', (error) => {
      resolveOpened(0);
      resolveClosed({ reason: error.message });
    });
  });
  return { opened, closed, close: () => request.destroy() };
}

/** One SSE block: `event:` and `data:` lines; comment lines (`: keep-alive`) and `retry:` give no event. */
function parseEventBlock(block) {
  let type = 'message';
  const data = [];
  let hasData = false;
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) type = line.slice(6).trim();
    else if (line.startsWith('data:')) {
      data.push(line.slice(5).replace(/^ /, ''));
      hasData = true;
    }
  }
  if (!hasData) return null;
  try {
    return { type, data: JSON.parse(data.join('\n')) };
  } catch {
    return { type, data: data.join('\n') };
  }
}

/** Latencies and errors per step; percentiles are exact (sorted samples). */
export class StepStats {
  constructor() {
    this.steps = new Map();
  }

  step(name) {
    if (!this.steps.has(name)) this.steps.set(name, { ok: [], errors: new Map(), retried: 0 });
    return this.steps.get(name);
  }

  record(name, response) {
    const step = this.step(name);
    if (response.retried) step.retried += 1;
    if (response.ok) step.ok.push(response.ms);
    else {
      const key = `${response.status} ${response.code}`;
      step.errors.set(key, (step.errors.get(key) ?? 0) + 1);
    }
  }

  totalRequests() {
    let total = 0;
    for (const step of this.steps.values()) total += step.ok.length + sum(step.errors.values());
    return total;
  }
}

export const sum = (values) => [...values].reduce((total, value) => total + value, 0);

/** Exact percentile of sorted values (nearest rank). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
