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
    const probe = new HealthProbe(
      'jury',
      '1',
      { driver: 'postgres', ping: () => Promise.reject(new Error('ECONNREFUSED')) },
      { databaseCacheMs: 0 },
    );

    expect((await probe.check()).database).toEqual({ status: 'down', driver: 'postgres', latencyMs: null });
  });

  it('reports the database down when the ping hangs', async () => {
    const probe = new HealthProbe(
      'jury',
      '1',
      { driver: 'postgres', ping: () => new Promise(() => undefined) },
      { databaseTimeoutMs: 20 },
    );

    expect((await probe.check()).database.status).toBe('down');
  });

  it('reuses a recent database answer, then asks again once it is stale', async () => {
    let pings = 0;
    let reachable = true;
    const ping = () => {
      pings += 1;
      return reachable ? Promise.resolve(1) : Promise.reject(new Error('down'));
    };
    const probe = new HealthProbe('jury', '1', { driver: 'pglite', ping }, { databaseCacheMs: 50 });

    await Promise.all([probe.check(), probe.check(), probe.check()]);
    reachable = false;
    const cached = await probe.check();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const fresh = await probe.check();

    expect(pings).toBe(2);
    expect(cached.database.status).toBe('up');
    expect(fresh.database.status).toBe('down');
  });
});
