import type { DynamicModule, INestMicroservice, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { ServiceName } from '@pix/contracts';
import { loadConfig, serviceConfigSchema } from '../config/config';
import { type AppLogger, NestPinoLogger } from '../logging/logger';
import { NatsCorrelationInterceptor } from '../messaging/correlation.interceptor';
import { natsTransportOptions } from '../messaging/nats-options';
import { RpcErrorFilter } from '../messaging/rpc-error.filter';
import { APP_LOGGER } from '../platform.tokens';

/** Wires a Nest microservice on NATS (queue group = service name) with the platform's logger, filter and interceptor. */
export async function createServiceApp(
  service: ServiceName,
  appModule: Type<unknown> | DynamicModule,
  natsUrl: string,
): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(appModule, {
    ...natsTransportOptions(natsUrl, `${service}-${process.pid}`, service),
    bufferLogs: true,
  });
  const logger = app.get<AppLogger>(APP_LOGGER);
  app.useLogger(new NestPinoLogger(logger));
  app.useGlobalInterceptors(new NatsCorrelationInterceptor(logger));
  app.useGlobalFilters(new RpcErrorFilter(logger));
  app.enableShutdownHooks();
  return app;
}

/** Entry point of each service's main.ts: fails fast on bad config, applies migrations, listens. */
export async function bootstrapService(service: ServiceName, appModule: Type<unknown> | DynamicModule): Promise<void> {
  const config = loadConfig(serviceConfigSchema);
  const app = await createServiceApp(service, appModule, config.NATS_URL);
  await app.listen();
  app
    .get<AppLogger>(APP_LOGGER)
    .info(
      { nats: config.NATS_URL, database: config.DATABASE_URL === undefined ? 'pglite' : 'postgres' },
      `${service} service ready`,
    );
}
