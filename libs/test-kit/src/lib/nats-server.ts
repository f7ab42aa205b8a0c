import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, waitForPort } from './ports';
import { type ManagedProcess, startProcess } from './processes';

export interface TestNatsServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** The platform's shared nats-server settings (8 MB payloads). */
export const NATS_CONFIG_FILE = resolve(__dirname, '../../../../infra/nats/nats-server.conf');

/** A private nats-server with JetStream on a free loopback port, its store in a temp dir. */
export async function startNatsServer(
  binary = process.env['NATS_SERVER_BIN'] ?? 'nats-server',
): Promise<TestNatsServer> {
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'pix-nats-'));
  const server: ManagedProcess = startProcess(binary, [
    '-c',
    NATS_CONFIG_FILE,
    '-a',
    '127.0.0.1',
    '-p',
    String(port),
    '-js',
    '-sd',
    storeDir,
  ]);
  try {
    await waitForPort(port);
  } catch (error) {
    await server.stop('SIGKILL');
    throw new Error(`nats-server did not start: ${(error as Error).message}\n${server.output()}`);
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    stop: async () => {
      await server.stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
