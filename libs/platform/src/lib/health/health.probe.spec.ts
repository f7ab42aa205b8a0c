import { HealthProbe } from './health.probe';

describe(HealthProbe.name, () => {
  it('reports the service, its version and a reachable database', async () => {
    const probe = new HealthProbe('jury', '1.2.3', { driver: 'pglite', ping: async () => 0.4242 });

    const reply = await probe.check();

    expect(reply).toEqual({
      service: 'jury',
      version: '1.2.3',
      uptimeSeconds: 0,
      database: { status: 'up', driver: 'pglite', latencyMs: 0.42 },
    });
  });

  it('reports the database down when the ping fails', async () => {
    const probe = new HealthProbe('jury', '1', { driver: 'postgres', ping: () => Promise.reject(new Error('ECONNREFUSED')) });

    expect((await probe.check()).database).toEqual({ status: 'down', driver: 'postgres', latencyMs: null });
  });

  it('reports the database down when the ping hangs', async () => {
    const probe = new HealthProbe('jury', '1', { driver: 'postgres', ping: () => new Promise(() => undefined) }, 20);

    expect((await probe.check()).database.status).toBe('down');
  });
});
