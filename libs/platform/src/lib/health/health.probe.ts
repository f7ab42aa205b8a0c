import type { DatabaseHealth, HealthReply, ServiceName } from '@pix/contracts';
import type { DatabaseHandle } from '../persistence/database';

/** What a service says about itself when asked `<service>.qry.health.v1`. */
export class HealthProbe {
  private readonly startedAt = Date.now();

  constructor(
    private readonly service: ServiceName,
    private readonly version: string,
    private readonly database: Pick<DatabaseHandle, 'driver' | 'ping'>,
    private readonly databaseTimeoutMs = 1000,
  ) {}

  async check(): Promise<HealthReply> {
    return {
      service: this.service,
      version: this.version,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      database: await this.checkDatabase(),
    };
  }

  private async checkDatabase(): Promise<DatabaseHealth> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const latency = await Promise.race([
        this.database.ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('database ping timed out')), this.databaseTimeoutMs);
        }),
      ]);
      return { status: 'up', driver: this.database.driver, latencyMs: Math.round(latency * 100) / 100 };
    } catch {
      return { status: 'down', driver: this.database.driver, latencyMs: null };
    } finally {
      clearTimeout(timer);
    }
  }
}
