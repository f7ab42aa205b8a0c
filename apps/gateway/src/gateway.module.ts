import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type GatewayConfig, PlatformModule } from '@pix/platform';
import { CheckPlatformHealth } from './health/check-platform-health.use-case';
import { HealthController } from './health/health.controller';

/** HTTP API of the console: translates REST calls into NATS requests to the six services. */
@Module({})
export class GatewayModule {
  static forRoot(config?: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PlatformModule.forGateway(config),
        ThrottlerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (loaded: GatewayConfig) => [{ ttl: loaded.RATE_LIMIT_WINDOW_MS, limit: loaded.RATE_LIMIT_MAX }],
        }),
      ],
      controllers: [HealthController],
      providers: [CheckPlatformHealth, { provide: APP_GUARD, useClass: ThrottlerGuard }],
    };
  }
}
