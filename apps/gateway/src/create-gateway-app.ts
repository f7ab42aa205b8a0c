import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CORRELATION_ID_HEADER } from '@pix/contracts';
import {
  APP_LOGGER,
  type AppLogger,
  type GatewayConfig,
  NestPinoLogger,
  runWithContext,
  sanitizeCorrelationId,
} from '@pix/platform';
import { GatewayModule } from './gateway.module';
import { loadConsoleBundle } from './http/console-static';
import { HttpExceptionFilter } from './http/http-exception.filter';

/** Builds the gateway (Fastify) with security headers, rate limits, error mapping, OpenAPI and the console. */
export async function createGatewayApp(config: GatewayConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: 'loopback',
    genReqId: (request: IncomingMessage) => sanitizeCorrelationId(request.headers[CORRELATION_ID_HEADER]),
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  const logger = app.get<AppLogger>(APP_LOGGER);
  app.useLogger(new NestPinoLogger(logger));
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  // Every request runs in its correlation id, which is echoed back and forwarded to the services.
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(CORRELATION_ID_HEADER, request.id);
    runWithContext({ correlationId: request.id }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.info(
      {
        correlationId: request.id,
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      },
      'request completed',
    );
    done();
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // Uploads (pupil and candidate lists): one file, capped; a bigger one is refused while streaming.
  await app.register(multipart, {
    limits: { fileSize: config.UPLOAD_LIMIT_BYTES, files: 1, fields: 10, parts: 11, fieldSize: 10_000 },
    throwFileSizeLimit: true,
  });
  if (config.CORS_ORIGINS.length > 0) app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });

  const consoleBundle = loadConsoleBundle(config.CONSOLE_DIR);
  if (consoleBundle === undefined) {
    logger.warn({ directory: config.CONSOLE_DIR }, 'console build not found: only the API is served');
  } else {
    await app.register(fastifyStatic, { root: consoleBundle.root, prefix: '/', wildcard: false, decorateReply: false });
  }
  app.useGlobalFilters(new HttpExceptionFilter(logger, consoleBundle?.fallback));

  const openApi = new DocumentBuilder()
    .setTitle('Pix Certif API')
    .setDescription('API de la console de certification Pix (centres, sessions, surveillance, jury).')
    .setVersion(config.APP_VERSION)
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  return app;
}
