// Starts and stops the platform's processes (six services + gateway) from their builds in dist/.
// Shared by `npm run up`, the end-to-end suite and the benchmarks, so all three run the platform the same way.
'use strict';

const { spawn } = require('node:child_process');
const { createWriteStream, existsSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const SERVICES = ['identity', 'sessions', 'testing', 'incidents', 'jury', 'documents'];
const ROOT = join(__dirname, '..', '..');
const NATS_CONFIG_FILE = join(ROOT, 'infra', 'nats', 'nats-server.conf');

/**
 * @typedef {object} PlatformOptions
 * @property {string} natsUrl
 * @property {number} gatewayPort
 * @property {string} logDir                      one `<name>.log` per process
 * @property {string} [dataDir]                   PGlite root, when no database URLs
 * @property {Record<string,string>} [databaseUrls] service -> postgres URL
 * @property {Record<string,string>} [env]        extra variables for every process
 */

class ManagedProcess {
  constructor(name, script, env, logDir) {
    this.name = name;
    this.script = script;
    this.env = env;
    this.logPath = join(logDir, `${name}.log`);
    this.child = undefined;
  }

  start() {
    if (!existsSync(this.script)) throw new Error(`${this.script} is missing: build first (npx nx run-many -t build)`);
    const log = createWriteStream(this.logPath, { flags: 'a' });
    this.child = spawn(process.execPath, [this.script], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout.pipe(log);
    this.child.stderr.pipe(log);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    return this;
  }

  get running() {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(signal = 'SIGTERM', timeoutMs = 10_000) {
    if (!this.running) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** @param {PlatformOptions} options */
function createPlatform(options) {
  mkdirSync(options.logDir, { recursive: true });
  const common = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production', ...options.env, NATS_URL: options.natsUrl };
  const processes = new Map();
  for (const service of SERVICES) {
    const env = { ...common };
    if (options.databaseUrls && options.databaseUrls[service]) env.DATABASE_URL = options.databaseUrls[service];
    else delete env.DATABASE_URL;
    if (options.dataDir) env.DATA_DIR = options.dataDir;
    processes.set(service, new ManagedProcess(service, join(ROOT, 'dist', 'apps', service, 'main.js'), env, options.logDir));
  }
  const gatewayEnv = { ...common, GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: String(options.gatewayPort) };
  processes.set('gateway', new ManagedProcess('gateway', join(ROOT, 'dist', 'apps', 'gateway', 'main.js'), gatewayEnv, options.logDir));
  const gatewayUrl = `http://127.0.0.1:${options.gatewayPort}`;

  return {
    gatewayUrl,
    processes,
    start() {
      for (const managed of processes.values()) managed.start();
    },
    /** Stops the gateway first (no new requests), then the services. */
    async stop() {
      await processes.get('gateway').stop();
      await Promise.all(SERVICES.map((service) => processes.get(service).stop()));
    },
    /** Polls /api/health until every service is up; returns the last health body. */
    async waitUntilHealthy(timeoutMs = 180_000) {
      const deadline = Date.now() + timeoutMs;
      let last;
      for (;;) {
        for (const managed of processes.values()) {
          if (managed.child && !managed.running) {
            throw new Error(`${managed.name} exited during start-up; see ${managed.logPath}`);
          }
        }
        try {
          const response = await fetch(`${gatewayUrl}/api/health`);
          last = await response.json();
          if (last.status === 'up') return last;
        } catch {
          // gateway not listening yet
        }
        if (Date.now() > deadline) {
          throw new Error(`platform not healthy after ${timeoutMs} ms: ${JSON.stringify(last)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
  };
}

/** Starts nats-server with JetStream on loopback; resolves once it accepts connections. */
async function startNats({ port, storeDir, logPath, binary = 'nats-server' }) {
  mkdirSync(storeDir, { recursive: true });
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(binary, ['-c', NATS_CONFIG_FILE, '-a', '127.0.0.1', '-p', String(port), '-m', String(port + 4000), '-js', '-sd', storeDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nats-server exited (is port ${port} taken?); see ${logPath}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port + 4000}/healthz?js-enabled-only=true`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`nats-server did not start; see ${logPath}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

module.exports = { SERVICES, ROOT, createPlatform, startNats };
