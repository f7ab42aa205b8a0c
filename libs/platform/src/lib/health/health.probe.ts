import type { DatabaseHealth, HealthReply, ServiceName } from '@pix/contracts';
import type { DatabaseHandle } from '../persistence/database';

export interface HealthProbeOptions {
  readonly databaseTimeoutMs?: number;
  /** A database answer is reused this long, so that frequent health checks do not load the database. */
  readonly databaseCacheMs?: number;
}

/** What a service says about itself when asked `<service>.qry.health.v1`. */
export class HealthProbe {
  private readonly startedAt = Date.now();
  private lastDatabaseCheck: { at: number; result: Promise<DatabaseHealth> } | undefined;

  constructor(
    private readonly service: ServiceName,
    private readonly version: string,
    private readonly database: Pick<DatabaseHandle, 'driver' | 'ping'>,
    private readonly options: HealthProbeOptions = {},
  ) {}

  async check(): Promise<HealthReply> {
    return {
      service: this.service,
      version: this.version,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      database: await this.cachedDatabaseCheck(),
    };
  }

  private cachedDatabaseCheck(): Promise<DatabaseHealth> {
    const now = Date.now();
    const cacheMs = this.options.databaseCacheMs ?? 1000;
    if (this.lastDatabaseCheck === undefined || now - this.lastDatabaseCheck.at >= cacheMs) {
      this.lastDatabaseCheck = { at: now, result: this.checkDatabase() };
    }
    return this.lastDatabaseCheck.result;
  }

  private async checkDatabase(): Promise<DatabaseHealth> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const latency = await Promise.race([
        this.database.ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error('database ping timed out')),
            this.options.databaseTimeoutMs ?? 1000,
          );
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
