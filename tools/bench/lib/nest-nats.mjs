// Request-reply with a NestJS microservice over NATS, from a plain Node script: Nest wraps the payload as
// { pattern, data, id } and answers { id, response } or { id, err } (JSON). No Nest needed on this side.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { connect, JSONCodec } = require('nats');

const codec = JSONCodec();

export async function connectNats(url, name = `bench-${process.pid}`) {
  return connect({ servers: url.split(','), name });
}

/** Sends `data` on `subject` the way a Nest ClientProxy does; resolves with the handler's response. */
export async function nestRequest(connection, subject, data, timeoutMs = 30_000) {
  const message = await connection.request(subject, codec.encode({ pattern: subject, data, id: randomUUID() }), {
    timeout: timeoutMs,
  });
  const packet = codec.decode(message.data);
  if (packet.err !== undefined && packet.err !== null) {
    const error = new Error(
      typeof packet.err === 'object' ? `${packet.err.code}: ${packet.err.message}` : String(packet.err),
    );
    error.payload = packet.err;
    throw error;
  }
  return packet.response;
}

/** Polls `<service>.qry.health.v1` until the service answers. */
export async function waitForService(connection, service, { timeoutMs = 60_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!isAlive()) throw new Error(`${service} exited during start-up`);
    try {
      return await nestRequest(connection, `${service}.qry.health.v1`, {}, 1000);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${service} did not answer within ${timeoutMs} ms: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
