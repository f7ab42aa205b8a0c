import type { ApiErrorResponse, HealthResponse } from '@pix/api-types';
import { SERVICE_NAMES } from '@pix/contracts';
import { type Browser } from 'puppeteer-core';
import { launchTestBrowser } from './support/browser-steps';
import { type RunningPlatform, startPlatformForTests } from './support/platform-harness';

async function getJson<T>(url: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

async function waitFor<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the platform: gateway -> NATS -> six services on PostgreSQL', () => {
  let running: RunningPlatform;
  let api: string;

  beforeAll(async () => {
    running = await startPlatformForTests();
    api = `${running.gatewayUrl}/api`;
  }, 180_000);

  afterAll(async () => {
    await running?.stop();
  }, 60_000);

  describe('GET /api/health', () => {
    it('reports the six services up, each on its own PostgreSQL database', async () => {
      const { status, body } = await getJson<HealthResponse>(`${api}/health`);

      expect(status).toBe(200);
      expect(body.status).toBe('up');
      expect(body.services.map((service) => service.name)).toEqual([...SERVICE_NAMES]);
      for (const service of body.services) {
        expect(service).toMatchObject({ status: 'up', database: { status: 'up', driver: 'postgres' } });
        expect(service.latencyMs).toBeGreaterThan(0);
      }
    });

    it('echoes the caller’s correlation id, and makes one when none is given', async () => {
      const given = await fetch(`${api}/health`, { headers: { 'x-correlation-id': 'e2e-corr-1' } });
      const made = await fetch(`${api}/health`);

      expect(given.headers.get('x-correlation-id')).toBe('e2e-corr-1');
      expect(made.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('sets security headers', async () => {
      const response = await fetch(`${api}/health/live`);

      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('bad requests', () => {
    it('answers a malformed query with 400, a code and a French message', async () => {
      const { status, body } = await getJson<ApiErrorResponse>(`${api}/health?timeoutMs=beaucoup`);

      expect(status).toBe(400);
      expect(body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'La requête est invalide.' });
      expect(body.details).toEqual({
        issues: [{ path: 'timeoutMs', message: 'timeoutMs doit être un nombre de millisecondes.' }],
      });
    });

    it('answers an unknown API route with 404 ROUTE_NOT_FOUND', async () => {
      const { status, body } = await getJson<ApiErrorResponse>(`${api}/sessions-inexistantes`, {
        headers: { accept: 'text/html' },
      });

      expect(status).toBe(404);
      expect(body).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: 'Cette adresse n’existe pas.' });
    });

    it('answers a broken JSON body with 400 and never a 500', async () => {
      const { status, body } = await getJson<ApiErrorResponse>(`${api}/health`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"session": ',
      });

      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(body.code).toBe('MALFORMED_REQUEST');
    });

    it('serves the OpenAPI document', async () => {
      const { status, body } = await getJson<{ openapi: string; paths: Record<string, unknown> }>(
        `${api}/docs/openapi.json`,
      );

      expect(status).toBe(200);
      expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/health/live']));
    });
  });

  describe('the console in Chromium', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchTestBrowser();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it('opens the French console served by the gateway and shows every service available', async () => {
      const page = await browser.newPage();
      const failedRequests: string[] = [];
      page.on('requestfailed', (request) => failedRequests.push(request.url()));

      await page.goto(`${running.gatewayUrl}/`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 6, { timeout: 15_000 });

      expect(await page.title()).toContain('Pix Certif');
      expect(await page.$eval('html', (html) => html.lang)).toBe('fr');
      expect(await page.$eval('h1', (h1) => h1.textContent?.trim())).toBe('État de la plateforme');
      const badges = await page.$$eval('tbody tr td .fr-badge', (cells) =>
        cells.map((cell) => cell.textContent?.trim()),
      );
      expect(badges).toEqual(Array(6).fill('Disponible'));
      expect(failedRequests).toEqual([]);
      await page.close();
    });

    it('serves the console for a deep link (client-side route)', async () => {
      const response = await fetch(`${running.gatewayUrl}/etat-de-la-plateforme`, { headers: { accept: 'text/html' } });

      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<pix-root>');
    });
  });

  describe('a service stops', () => {
    it('is reported down within 5 s while the gateway keeps answering, then up again once restarted', async () => {
      const jury = running.platform.processes.get('jury');
      if (jury === undefined) throw new Error('no jury process');
      await jury.stop('SIGKILL');
      const killedAt = Date.now();

      const degraded = await waitFor(
        () => getJson<HealthResponse>(`${api}/health`).then((response) => response.body),
        (body) => body.services.find((service) => service.name === 'jury')?.status === 'down',
        5000,
      );
      const detectedAfterMs = Date.now() - killedAt;

      expect(detectedAfterMs).toBeLessThan(5000);
      expect(degraded.status).toBe('degraded');
      expect(degraded.services.filter((service) => service.status === 'up').map((service) => service.name)).toEqual(
        SERVICE_NAMES.filter((name) => name !== 'jury'),
      );
      expect(degraded.services.find((service) => service.name === 'jury')).toMatchObject({
        latencyMs: null,
        error: 'SERVICE_UNAVAILABLE',
      });

      jury.start();
      const recovered = await waitFor(
        () => getJson<HealthResponse>(`${api}/health`).then((response) => response.body),
        (body) => body.status === 'up',
        60_000,
      );
      expect(recovered.services.every((service) => service.status === 'up')).toBe(true);
    }, 90_000);
  });
});
