#!/usr/bin/env node
// Container health check of a NATS-only service (no HTTP port):
//   node infra/healthcheck/service-health.cjs <service>
// Sends `<service>.qry.health.v1` the way Nest's NATS client does and exits 0 only when the
// service answers with its database up. NATS_URL from the environment (comma-separated allowed).
'use strict';

const { randomUUID } = require('node:crypto');
const { connect, JSONCodec } = require('nats');

const SERVICES = ['identity', 'sessions', 'testing', 'incidents', 'jury', 'documents'];
const TIMEOUT_MS = 3000;

const service = process.argv[2];
if (!SERVICES.includes(service)) {
  process.stderr.write(`usage: service-health.cjs <${SERVICES.join('|')}> (got ${JSON.stringify(service)})\n`);
  process.exit(2);
}

// Hard deadline for the whole check (connection included), whatever hangs.
setTimeout(() => fail('no answer within 3 s'), TIMEOUT_MS).unref();

function fail(reason) {
  process.stderr.write(`${service}: unhealthy: ${reason}\n`);
  process.exit(1);
}

async function main() {
  const servers = (process.env.NATS_URL || 'nats://127.0.0.1:4222').split(',');
  const codec = JSONCodec();
  const subject = `${service}.qry.health.v1`;
  const nc = await connect({ servers, name: `${service}-healthcheck`, timeout: TIMEOUT_MS, maxReconnectAttempts: 0 });
  try {
    const msg = await nc.request(subject, codec.encode({ pattern: subject, data: {}, id: randomUUID() }), {
      timeout: TIMEOUT_MS,
    });
    const packet = codec.decode(msg.data);
    if (packet.err !== undefined && packet.err !== null) return fail(`error reply ${JSON.stringify(packet.err)}`);
    const database = packet.response && packet.response.database;
    if (!database || database.status !== 'up') return fail(`database ${JSON.stringify(database)}`);
    process.stdout.write(`${service}: up (${database.driver}, ${database.latencyMs} ms)\n`);
  } finally {
    await nc.close().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    // nats.js reports "no responders" as code 503: nobody subscribes to the subject (service down or still booting).
    if (error && error.code === '503') return fail(`no responder on ${service}.qry.health.v1`);
    return fail(error && error.message ? error.message : String(error));
  },
);
