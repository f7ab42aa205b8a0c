import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AttestationBatchView, DocumentsSubjects, JurySubjects } from '@pix/contracts';
import { type Actor, AccessTokens, gatewayConfigSchema, loadConfig } from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { connect, type NatsConnection } from 'nats';
import { createGatewayApp } from '../create-gateway-app';

const SECRET = 'attestations-spec-secret-attestations-spec-secret';
const CENTRE = 12;
const BATCH = '5b1f7a43-0b5e-4c43-9a4e-2f0d2c7a9e11';

type Answer = { response: unknown } | { err: { code: string; message: string } };

const view = (overrides: Partial<AttestationBatchView> = {}): AttestationBatchView => ({
  batchId: BATCH,
  sessionId: 669,
  certificationCenterId: CENTRE,
  division: null,
  status: 'queued',
  done: 0,
  total: 0,
  fileName: null,
  sizeBytes: null,
  error: null,
  createdAt: '2099-03-30T10:00:00.000Z',
  ...overrides,
});

// The gateway on a real nats-server; documents and jury are NATS responders speaking Nest's reply format.
describe('attestation routes of the gateway', () => {
  let nats: TestNatsServer;
  let responders: NatsConnection;
  let app: NestFastifyApplication;
  const tokens = new AccessTokens(SECRET, 900);
  const received: { subject: string; data: Record<string, unknown> }[] = [];
  const answers = new Map<string, (data: Record<string, unknown>) => Answer>();

  const member: Actor = {
    userId: 41,
    staffRole: null,
    centres: [{ id: CENTRE, role: 'MEMBER' }],
    mustChangePassword: false,
  };
  const outsider: Actor = { ...member, userId: 42, centres: [{ id: 99, role: 'ADMIN' }] };

  const bearer = async (actor: Actor) => `Bearer ${(await tokens.sign(actor, new Date())).token}`;

  beforeAll(async () => {
    nats = await startNatsServer();
    responders = await connect({ servers: nats.url });
    for (const subject of [
      DocumentsSubjects.startAttestationBatch,
      DocumentsSubjects.getAttestationBatch,
      DocumentsSubjects.getAttestationBatchChunk,
      DocumentsSubjects.renderAttestation,
      JurySubjects.getAttestations,
    ]) {
      const subscription = responders.subscribe(subject);
      void (async () => {
        for await (const message of subscription) {
          const { id, data } = message.json<{ id: string; data: Record<string, unknown> }>();
          received.push({ subject, data });
          const answer = answers.get(subject)?.(data) ?? { err: { code: 'INTERNAL', message: 'no answer' } };
          message.respond(JSON.stringify({ id, ...answer, isDisposed: true }));
        }
      })();
    }
    await responders.flush();
    const config = loadConfig(gatewayConfigSchema, {
      NATS_URL: nats.url,
      LOG_LEVEL: 'silent',
      AUTH_TOKEN_SECRET: SECRET,
      CONSOLE_DIR: '/nonexistent',
    });
    app = await createGatewayApp(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await responders?.drain();
    await nats?.stop();
  });

  beforeEach(() => {
    received.length = 0;
    answers.clear();
  });

  it('starts a batch for a member with 202 and the queued batch, the class and the requester passed on', async () => {
    answers.set(DocumentsSubjects.startAttestationBatch, () => ({ response: view({ division: '3e A' }) }));

    const response = await app.inject({
      method: 'POST',
      url: `/api/centres/${CENTRE}/sessions/669/attestations`,
      headers: { authorization: await bearer(member) },
      payload: { division: '3e A' },
    });

    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ batchId: BATCH, status: 'queued', division: '3e A' });
    expect(received).toEqual([
      {
        subject: DocumentsSubjects.startAttestationBatch,
        data: { sessionId: 669, certificationCenterId: CENTRE, division: '3e A', requestedBy: 41 },
      },
    ]);
  });

  it('refuses unknown fields in the body, and other centres’ people', async () => {
    const strict = await app.inject({
      method: 'POST',
      url: `/api/centres/${CENTRE}/sessions/669/attestations`,
      headers: { authorization: await bearer(member) },
      payload: { division: '3e A', sessionId: 1 },
    });
    const outside = await app.inject({
      method: 'POST',
      url: `/api/centres/${CENTRE}/sessions/669/attestations`,
      headers: { authorization: await bearer(outsider) },
      payload: {},
    });

    expect(strict.statusCode).toBe(400);
    expect(strict.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(outside.statusCode).toBe(403);
    expect(received).toEqual([]);
  });

  it('shows a batch, and maps an unknown one to 404', async () => {
    answers.set(DocumentsSubjects.getAttestationBatch, (data) =>
      data['batchId'] === BATCH
        ? { response: view({ status: 'running', done: 4, total: 10 }) }
        : { err: { code: 'ATTESTATION_BATCH_NOT_FOUND', message: 'Ce lot d’attestations est introuvable.' } },
    );

    const found = await app.inject({
      method: 'GET',
      url: `/api/centres/${CENTRE}/attestation-batches/${BATCH}`,
      headers: { authorization: await bearer(member) },
    });
    const missing = await app.inject({
      method: 'GET',
      url: `/api/centres/${CENTRE}/attestation-batches/00000000-0000-4000-8000-000000000000`,
      headers: { authorization: await bearer(member) },
    });

    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({ status: 'running', done: 4, total: 10 });
    expect(received[0]?.data).toEqual({ batchId: BATCH, certificationCenterId: CENTRE });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'ATTESTATION_BATCH_NOT_FOUND' });
  });

  it('streams the merged file chunk after chunk, in order', async () => {
    const file = Buffer.from(Array.from({ length: 2500 }, (_, index) => index % 251));
    const chunkSize = 1000;
    answers.set(DocumentsSubjects.getAttestationBatch, () => ({
      response: view({ status: 'done', fileName: 'attestations-669-3eA.pdf', sizeBytes: file.byteLength }),
    }));
    answers.set(DocumentsSubjects.getAttestationBatchChunk, (data) => {
      const offset = Number(data['offset']);
      const end = Math.min(offset + chunkSize, file.byteLength);
      return {
        response: {
          offset,
          base64: file.subarray(offset, end).toString('base64'),
          nextOffset: end < file.byteLength ? end : null,
          sizeBytes: file.byteLength,
        },
      };
    });

    const response = await app.inject({
      method: 'GET',
      url: `/api/centres/${CENTRE}/attestation-batches/${BATCH}/file`,
      headers: { authorization: await bearer(member) },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="attestations-669-3eA.pdf"');
    expect(response.rawPayload.equals(file)).toBe(true);
    expect(
      received
        .filter((message) => message.subject === DocumentsSubjects.getAttestationBatchChunk)
        .map((message) => message.data['offset']),
    ).toEqual([0, 1000, 2000]);
  });

  it('answers 409 while the file is not ready', async () => {
    answers.set(DocumentsSubjects.getAttestationBatch, () => ({ response: view({ status: 'running' }) }));
    answers.set(DocumentsSubjects.getAttestationBatchChunk, () => ({
      err: { code: 'ATTESTATION_BATCH_NOT_READY', message: 'Les attestations sont en cours de génération.' },
    }));

    const response = await app.inject({
      method: 'GET',
      url: `/api/centres/${CENTRE}/attestation-batches/${BATCH}/file`,
      headers: { authorization: await bearer(member) },
    });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ATTESTATION_BATCH_NOT_READY' });
  });

  it('renders one certification’s attestation for the centre, with the data the jury gives for this centre', async () => {
    const attestation = { certificationId: 1201, sessionId: 669, lastName: 'Roux' };
    answers.set(JurySubjects.getAttestations, () => ({ response: { attestations: [attestation], total: 1 } }));
    answers.set(DocumentsSubjects.renderAttestation, () => ({
      response: {
        fileName: 'attestation-pix-1201.pdf',
        contentType: 'application/pdf',
        pageCount: 1,
        base64: Buffer.from('%PDF-1.7 attestation').toString('base64'),
      },
    }));

    const response = await app.inject({
      method: 'GET',
      url: `/api/centres/${CENTRE}/certifications/1201/attestation`,
      headers: { authorization: await bearer(member) },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="attestation-pix-1201.pdf"');
    expect(response.body).toBe('%PDF-1.7 attestation');
    expect(received).toEqual([
      { subject: JurySubjects.getAttestations, data: { certificationId: 1201, certificationCenterId: CENTRE } },
      { subject: DocumentsSubjects.renderAttestation, data: { attestation } },
    ]);
  });

  it('renders the signed-in candidate’s own attestation, asking the jury with their user id', async () => {
    answers.set(JurySubjects.getAttestations, () => ({
      response: { attestations: [{ certificationId: 77, sessionId: 1 }], total: 1 },
    }));
    answers.set(DocumentsSubjects.renderAttestation, () => ({
      response: {
        fileName: 'attestation-pix-77.pdf',
        contentType: 'application/pdf',
        pageCount: 1,
        base64: 'JVBERg==',
      },
    }));

    const response = await app.inject({
      method: 'GET',
      url: '/api/me/certifications/77/attestation',
      headers: { authorization: await bearer(outsider) },
    });

    expect(response.statusCode).toBe(200);
    expect(received[0]).toEqual({ subject: JurySubjects.getAttestations, data: { certificationId: 77, userId: 42 } });
  });

  it('answers 404 when the jury has no attestation for this person, rendering nothing', async () => {
    answers.set(JurySubjects.getAttestations, () => ({ response: { attestations: [], total: 0 } }));

    const response = await app.inject({
      method: 'GET',
      url: '/api/me/certifications/78/attestation',
      headers: { authorization: await bearer(member) },
    });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'CERTIFICATE_NOT_FOUND' });
    expect(received.map((message) => message.subject)).toEqual([JurySubjects.getAttestations]);
  });

  it('needs a signed-in user for the candidate’s route', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/me/certifications/77/attestation' });

    expect(response.statusCode).toBe(401);
  });
});
