import { Inject, Injectable } from '@nestjs/common';
import type { HealthResponse, ServiceHealth } from '@pix/api-types';
import { healthSubject, SERVICE_NAMES, type ServiceName } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { APP_CONFIG, type GatewayConfig, MessageBus } from '@pix/platform';

/** Asks the six services, in parallel, how they are; a silent or failing service is reported down. */
@Injectable()
export class CheckPlatformHealth {
  private readonly startedAt = Date.now();

  constructor(
    private readonly bus: MessageBus,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async execute(timeoutMs: number = this.config.HEALTH_TIMEOUT_MS): Promise<HealthResponse> {
    const services = await Promise.all(SERVICE_NAMES.map((name) => this.checkOne(name, timeoutMs)));
    return {
      status: services.every((service) => service.status === 'up') ? 'up' : 'degraded',
      gateway: { version: this.config.APP_VERSION, uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000) },
      services,
    };
  }

  private async checkOne(name: ServiceName, timeoutMs: number): Promise<ServiceHealth> {
    const start = process.hrtime.bigint();
    try {
      const reply = await this.bus.request(healthSubject(name), {}, { timeoutMs });
      const latencyMs = Math.round(Number(process.hrtime.bigint() - start) / 1e4) / 100;
      return {
        name,
        status: reply.database.status === 'up' ? 'up' : 'down',
        latencyMs,
        version: reply.version,
        uptimeSeconds: reply.uptimeSeconds,
        database: { status: reply.database.status, driver: reply.database.driver },
        ...(reply.database.status === 'up' ? {} : { error: 'DATABASE_UNAVAILABLE' }),
      };
    } catch (error) {
      return { name, status: 'down', latencyMs: null, error: error instanceof DomainError ? error.code : 'INTERNAL' };
    }
  }
}
