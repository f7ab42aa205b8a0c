import { connect } from 'nats';
import { startNatsServer } from './nats-server';
import { freePort, waitForPort } from './ports';
import { startProcess } from './processes';

describe('test-kit', () => {
  it('finds distinct free ports', async () => {
    const ports = await Promise.all([freePort(), freePort(), freePort()]);

    for (const port of ports) expect(port).toBeGreaterThan(1024);
  });

  it('gives up waiting for a port nothing listens on', async () => {
    const port = await freePort();

    await expect(waitForPort(port, '127.0.0.1', 200)).rejects.toThrow(`nothing listens on 127.0.0.1:${port}`);
  });

  it('starts a private nats-server with JetStream enabled (account info fails without it), and stops it', async () => {
    const server = await startNatsServer();
    const connection = await connect({ servers: server.url });
    const manager = await connection.jetstreamManager();
    const account = await manager.getAccountInfo();
    await connection.close();

    await server.stop();

    expect(account.streams).toBe(0);
    await expect(waitForPort(server.port, '127.0.0.1', 200)).rejects.toThrow();
  });

  it('keeps what a process printed and stops it', async () => {
    const child = startProcess(process.execPath, ['-e', 'console.log("ready"); setInterval(() => {}, 1000)']);
    const deadline = Date.now() + 10_000;
    while (!child.output().includes('ready') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    await child.stop();

    expect(child.output()).toContain('ready');
    expect(child.child.signalCode).toBe('SIGTERM');
  });
});
