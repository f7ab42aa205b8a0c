import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SessionsSubjects } from '@pix/contracts';
import { AccessTokens, type Actor, DEVELOPMENT_TOKEN_SECRET, gatewayConfigSchema, loadConfig } from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { connect, type NatsConnection } from 'nats';
import { createGatewayApp } from '../create-gateway-app';
import { SessionFinalizationController } from './session-finalization.controller';

/** The gateway's finalisation routes over a real nats-server, the sessions service played by a responder. */
describe(SessionFinalizationController.name, () => {
  let nats: TestNatsServer;
  let app: NestFastifyApplication;
  let sessions: NatsConnection;
  const received: { subject: string; data: unknown }[] = [];
  /** What the sessions responder answers next: a response, or an error `{ code, message, details? }`. */
  let next: { response: unknown } | { err: { code: string; message: string; details?: unknown } } = {
    response: {},
  };
  const tokens = new AccessTokens(DEVELOPMENT_TOKEN_SECRET, 900);

  beforeAll(async () => {
    nats = await startNatsServer();
    sessions = await connect({ servers: nats.url });
    for (const subject of [SessionsSubjects.getFinalizationForm, SessionsSubjects.finalizeSession]) {
      const subscription = sessions.subscribe(subject);
      void (async () => {
        for await (const message of subscription) {
          const { id, data } = message.json<{ id: string; data: unknown }>();
          received.push({ subject, data });
          message.respond(JSON.stringify({ id, ...next, isDisposed: true }));
        }
      })();
    }
    await sessions.flush();
    const config = loadConfig(gatewayConfigSchema, {
      NATS_URL: nats.url,
      LOG_LEVEL: 'silent',
      CONSOLE_DIR: '/nonexistent',
    });
    app = await createGatewayApp(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await sessions?.close();
    await nats?.stop();
  });

  beforeEach(() => {
    received.length = 0;
    next = { response: {} };
  });

  async function bearer(centres: Actor['centres'], userId = 15): Promise<string> {
    const { token } = await tokens.sign({ userId, staffRole: null, centres, mustChangePassword: false }, new Date());
    return `Bearer ${token}`;
  }

  const member = () => bearer([{ id: 12, role: 'MEMBER' }]);
  const url = '/api/centres/12/sessions/208/finalization';
  const body = {
    examinerGlobalComment: null,
    hasIncident: true,
    hasJoiningIssue: false,
    reports: [
      { candidateId: 1, examinerComment: 'A signé sur la mauvaise ligne.' },
      { candidateId: 2, abortReason: 'technical' },
    ],
  };

  it('gives the form of the centre’s session to a member', async () => {
    next = { response: { candidates: [], hasIncident: false } };

    const response = await app.inject({ method: 'GET', url, headers: { authorization: await member() } });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ candidates: [], hasIncident: false });
    expect(received).toEqual([
      { subject: SessionsSubjects.getFinalizationForm, data: { sessionId: 208, certificationCenterId: 12 } },
    ]);
  });

  it('finalises with the member as the one who finalised, for the centre of the path', async () => {
    next = { response: { id: 208, status: 'finalized' } };

    const response = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: await member() },
      payload: body,
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: 208, status: 'finalized' });
    expect(received).toEqual([
      {
        subject: SessionsSubjects.finalizeSession,
        data: { ...body, sessionId: 208, certificationCenterId: 12, finalizedBy: 15 },
      },
    ]);
  });

  it('refuses someone who is not a member of the centre with 403, asking nothing of sessions', async () => {
    const other = await bearer([{ id: 13, role: 'ADMIN' }]);

    const get = await app.inject({ method: 'GET', url, headers: { authorization: other } });
    const post = await app.inject({ method: 'POST', url, headers: { authorization: other }, payload: body });

    expect([get.statusCode, post.statusCode]).toEqual([403, 403]);
    expect(received).toEqual([]);
  });

  it('refuses an anonymous caller with 401', async () => {
    const response = await app.inject({ method: 'POST', url, payload: body });

    expect(response.statusCode).toBe(401);
  });

  it.each<[string, unknown, string, string]>([
    ['an unknown field', { ...body, hasSeenEndTestScreen: true }, '', 'Champ inconnu : hasSeenEndTestScreen.'],
    [
      'an unknown field in a report',
      { ...body, reports: [{ candidateId: 1, comment: 'x' }] },
      'reports.0',
      'Champ inconnu : comment.',
    ],
    [
      'a missing checkbox',
      { ...body, hasIncident: undefined },
      'hasIncident',
      'Indiquez si un incident a eu lieu (true ou false).',
    ],
    [
      'an unknown abort reason',
      { ...body, reports: [{ candidateId: 2, abortReason: 'fatigue' }] },
      'reports.0.abortReason',
      'Le motif d’abandon doit être « candidate » (Abandon : manque de temps ou départ prématuré) ou « technical » (Problème technique).',
    ],
    [
      'a candidate that is not a number',
      { ...body, reports: [{ candidateId: 'Léa' }] },
      'reports.0.candidateId',
      'Le candidat doit être désigné par son numéro.',
    ],
    [
      'reports that are not a list',
      { ...body, reports: {} },
      'reports',
      expect.stringContaining('une liste') as unknown as string,
    ],
    ['a text instead of the form', 'finalisée', '', 'Le formulaire de finalisation doit être un objet JSON.'],
  ])(
    'refuses %s with 400 VALIDATION_FAILED in French, asking nothing of sessions',
    async (_, payload, path, message) => {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { authorization: await member(), 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      });

      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: 'La requête est invalide.',
        details: { issues: [{ path, message }] },
      });
      expect(received).toEqual([]);
    },
  );

  it.each([
    ['ABORT_REASON_MISSING', 400],
    ['FINALIZATION_INVALID', 400],
    ['ABORT_REASON_ON_COMPLETED_TEST', 409],
    ['SESSION_ALREADY_FINALIZED', 409],
    ['SESSION_WITHOUT_STARTED_CERTIFICATION', 409],
    ['SESSION_NOT_FOUND', 404],
    ['SERVICE_UNAVAILABLE', 503],
  ])('answers the refusal %s of the sessions service with %d, its code, message and details', async (code, status) => {
    next = { err: { code, message: 'Message en français.', details: { candidates: [{ candidateId: 2 }] } } };

    const response = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: await member() },
      payload: body,
    });

    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({
      code,
      message: 'Message en français.',
      details: { candidates: [{ candidateId: 2 }] },
    });
  });
});
