import 'reflect-metadata';
import { APP_LOGGER, type AppLogger, gatewayConfigSchema, loadConfig } from '@pix/platform';
import { createGatewayApp } from './create-gateway-app';

async function main(): Promise<void> {
  const config = loadConfig(gatewayConfigSchema);
  const app = await createGatewayApp(config);
  await app.listen({ host: config.GATEWAY_HOST, port: config.GATEWAY_PORT });
  app.get<AppLogger>(APP_LOGGER).info({ url: await app.getUrl() }, 'gateway listening');
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): stderr is the only channel left.
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
