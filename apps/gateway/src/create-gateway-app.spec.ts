import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { gatewayConfigSchema, loadConfig } from '@pix/platform';
import { createGatewayApp } from './create-gateway-app';

// The HTTP edge alone: nothing here needs a service, so NATS points nowhere.
describe(createGatewayApp.name, () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const config = loadConfig(gatewayConfigSchema, {
      NATS_URL: 'nats://127.0.0.1:1',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '20',
      VERIFICATION_RATE_LIMIT_MAX: '5',
      NATS_REQUEST_TIMEOUT_MS: '100',
      BODY_LIMIT_BYTES: '2048',
      CONSOLE_DIR: '/nonexistent',
    });
    app = await createGatewayApp(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
  });

  const inject = (options: Parameters<NestFastifyApplication['inject']>[0]) => app.inject(options);

  it('answers liveness without asking any service', async () => {
    const response = await inject({ method: 'GET', url: '/api/health/live' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'up' });
  });

  it.each([
    ['abc', 'timeoutMs doit être un nombre de millisecondes.'],
    ['10', 'timeoutMs doit valoir au moins 50.'],
    ['1.5', 'timeoutMs doit être un nombre entier.'],
  ])('refuses timeoutMs=%p with 400 VALIDATION_FAILED', async (value, message) => {
    const response = await inject({ method: 'GET', url: `/api/health?timeoutMs=${value}` });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [{ path: 'timeoutMs', message }] },
    });
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND and a correlation id', async () => {
    const response = await inject({ method: 'GET', url: '/api/nope', headers: { 'x-correlation-id': 'abc-1' } });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      message: 'Cette adresse n’existe pas.',
      correlationId: 'abc-1',
    });
    expect(response.headers['x-correlation-id']).toBe('abc-1');
  });

  it('answers broken JSON with 400 MALFORMED_REQUEST', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'MALFORMED_REQUEST',
      message: 'Le corps de la requête n’est pas un JSON valide.',
    });
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(4096) }),
    });

    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('reports a service that cannot be reached as down, never failing itself', async () => {
    const response = await inject({ method: 'GET', url: '/api/health?timeoutMs=100' });

    expect(response.statusCode).toBe(200);
    const body = response.json<{ status: string; services: { status: string; error: string }[] }>();
    expect(body.status).toBe('degraded');
    expect(body.services).toHaveLength(6);
    expect(body.services.every((service) => service.status === 'down' && service.error === 'SERVICE_UNAVAILABLE')).toBe(
      true,
    );
  });

  it('limits the request rate per client with 429 RATE_LIMITED', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      statuses.push((await inject({ method: 'GET', url: '/api/health/live', remoteAddress: '10.9.8.7' })).statusCode);
    }
    const limited = await inject({ method: 'GET', url: '/api/health/live', remoteAddress: '10.9.8.7' });

    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Trop de requêtes. Patientez un instant avant de réessayer.',
    });
  });

  it('limits the public certificate lookups per IP more tightly than the rest, and leaves other addresses alone', async () => {
    const lookup = (ip: string) =>
      inject({ method: 'GET', url: '/api/public/certificates/P-BCDFGHJK', remoteAddress: ip });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await lookup('10.7.7.7')).statusCode);

    const sixth = await lookup('10.7.7.7');
    const otherAddress = await lookup('10.7.7.8');
    const otherRoute = await inject({ method: 'GET', url: '/api/health/live', remoteAddress: '10.7.7.7' });

    // No jury service behind this gateway: the allowed lookups get 503, never 429.
    expect(statuses).toEqual([503, 503, 503, 503, 503]);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(otherAddress.statusCode).toBe(503);
    expect(otherRoute.statusCode).toBe(200);
  });
});
