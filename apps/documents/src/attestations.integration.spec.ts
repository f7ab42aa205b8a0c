import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import {
  type AttestationBatchChunk,
  type AttestationBatchView,
  type AttestationData,
  DocumentsEvents,
  DocumentsSubjects,
  JurySubjects,
} from '@pix/contracts';
import { createServiceApp, loadConfig, MessageBus } from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { connect, type NatsConnection } from 'nats';
import { PDFParse } from 'pdf-parse';
import { CHUNK_SIZE_BYTES } from './domain/attestation-batch';
import { documentsConfigSchema } from './documents.config';
import { DocumentsModule } from './documents.module';
import { PDF_RENDERER } from './domain/pdf-renderer';
import type { ChromiumPdfRenderer } from './infrastructure/pdf/chromium-pdf-renderer';
import { buildAttestation } from './testing/builders';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://certif.example.fr';
const CENTRE = 12;
const OTHER_CENTRE = 13;

async function pdfText(bytes: Buffer): Promise<{ text: string; total: number }> {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const parser = new PDFParse({ data: bytes });
  try {
    const { text, total } = await parser.getText();
    return { text: text.replace(/\s+/g, ' '), total };
  } finally {
    await parser.destroy();
  }
}

async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (until(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in time; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The jury service as a NATS responder speaking Nest's reply format: sessions of published attestations. */
class FakeJury {
  readonly requests: Record<string, unknown>[] = [];
  private readonly sessions = new Map<number, AttestationData[]>();
  private connection: NatsConnection | undefined;

  publish(sessionId: number, attestations: AttestationData[]): void {
    this.sessions.set(sessionId, attestations);
  }

  async start(natsUrl: string): Promise<void> {
    this.connection = await connect({ servers: natsUrl });
    const subscription = this.connection.subscribe(JurySubjects.getAttestations, { queue: 'jury' });
    void (async () => {
      for await (const message of subscription) {
        const { id, data } = message.json<{ id: string; data: Record<string, unknown> }>();
        this.requests.push(data);
        message.respond(JSON.stringify({ id, response: this.answer(data), isDisposed: true }));
      }
    })();
    await this.connection.flush();
  }

  async stop(): Promise<void> {
    await this.connection?.drain();
  }

  private answer(request: Record<string, unknown>): { attestations: AttestationData[]; total: number } {
    const of = (this.sessions.get(Number(request['sessionId'])) ?? []).filter(
      (attestation) =>
        request['division'] === undefined ||
        request['division'] === null ||
        attestation.division === request['division'],
    );
    const offset = Number(request['offset'] ?? 0);
    const limit = Number(request['limit'] ?? 100);
    return { attestations: of.slice(offset, offset + limit), total: of.length };
  }
}

function attestations(sessionId: number, count: number, firstId: number): AttestationData[] {
  return Array.from({ length: count }, (_, index) =>
    buildAttestation({
      certificationId: firstId + index,
      sessionId,
      lastName: `Candidat${String(index).padStart(3, '0')}`,
      firstName: 'Alex',
      division: index % 2 === 0 ? '3e A' : '3e B',
      verificationCode: `P-${(firstId + index).toString(36).toUpperCase().padStart(8, 'B')}`,
      pixScore: 100 + index,
    }),
  );
}

async function startDocuments(
  natsUrl: string,
  database: { dataDir: string } | 'memory',
  pagePoolSize: number,
): Promise<INestMicroservice> {
  const config = loadConfig(documentsConfigSchema, {
    NATS_URL: natsUrl,
    LOG_LEVEL: 'silent',
    NATS_REQUEST_TIMEOUT_MS: '30000',
    PUBLIC_URL,
    PDF_PAGE_POOL_SIZE: String(pagePoolSize),
    ...(database === 'memory' ? {} : { DATA_DIR: database.dataDir }),
  });
  const app = await createServiceApp(
    'documents',
    DocumentsModule.forRoot({
      migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
      config,
      inMemoryDatabase: database === 'memory',
      documentsConfig: config,
      batchWorkerTiming: { pollMs: 100, leaseMs: 60_000, retryDelayMs: 100 },
    }),
    natsUrl,
  );
  await app.listen();
  return app;
}

async function download(
  bus: MessageBus,
  batchId: string,
  centreId = CENTRE,
): Promise<{ file: Buffer; chunks: number }> {
  const parts: Buffer[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const chunk: AttestationBatchChunk = await bus.request(DocumentsSubjects.getAttestationBatchChunk, {
      batchId,
      certificationCenterId: centreId,
      offset,
    });
    const bytes = Buffer.from(chunk.base64, 'base64');
    expect(chunk.offset).toBe(offset);
    expect(bytes.byteLength).toBeLessThanOrEqual(CHUNK_SIZE_BYTES);
    parts.push(bytes);
    offset = chunk.nextOffset;
  }
  return { file: Buffer.concat(parts), chunks: parts.length };
}

describe('attestations on a real nats-server, Chromium and PGlite', () => {
  let nats: TestNatsServer;
  const jury = new FakeJury();

  beforeAll(async () => {
    nats = await startNatsServer();
    await jury.start(nats.url);
  });

  afterAll(async () => {
    await jury.stop();
    await nats?.stop();
  });

  describe('one service', () => {
    let app: INestMicroservice;
    let bus: MessageBus;
    let events: NatsConnection;
    const progress: AttestationBatchView[] = [];

    beforeAll(async () => {
      app = await startDocuments(nats.url, 'memory', 2);
      bus = app.get(MessageBus);
      events = await connect({ servers: nats.url });
      const subscription = events.subscribe(DocumentsEvents.attestationBatchProgressed);
      void (async () => {
        for await (const message of subscription) progress.push(message.json<AttestationBatchView>());
      })();
      await events.flush();
    });

    afterAll(async () => {
      await events?.drain();
      await app?.close();
    });

    it('renders one attestation on one A4 page', async () => {
      const data = buildAttestation({
        certificationId: 4321,
        firstName: 'Léa',
        lastName: 'Roux',
        birthplace: 'Bordeaux',
        pixScore: 384,
        maxReachableLevel: 5,
        verificationCode: 'P-K3MB7TQX',
        deliveredAt: '2099-03-30',
      });

      const reply = await bus.request(DocumentsSubjects.renderAttestation, { attestation: data });
      const pdf = await pdfText(Buffer.from(reply.base64, 'base64'));

      expect(reply).toMatchObject({
        fileName: 'attestation-pix-4321.pdf',
        contentType: 'application/pdf',
        pageCount: 1,
      });
      expect(pdf.total).toBe(1);
      expect(pdf.text).toContain('Attestation de certification Pix');
      expect(pdf.text).toContain('ROUX Léa');
      expect(pdf.text).toContain('20/05/2009 à Bordeaux');
      expect(pdf.text).toContain('Délivré le 30/03/2099');
      expect(pdf.text).toMatch(/384 \/ 640\*/);
      expect(pdf.text).toContain('P-K3MB7TQX');
      expect(pdf.text).toContain(`${PUBLIC_URL}/verification/P-K3MB7TQX`);
      expect(pdf.text).toContain('France Compétences');
    });

    it('refuses an attestation whose dates cannot be printed', async () => {
      await expect(
        bus.request(DocumentsSubjects.renderAttestation, {
          attestation: buildAttestation({ deliveredAt: '2099-02-30' }),
        }),
      ).rejects.toMatchObject({
        code: 'DOCUMENT_DATA_INVALID',
        details: { problems: [expect.objectContaining({ field: 'attestation.deliveredAt' })] },
      });
    });

    it('queues a batch at once, reads the jury page by page, and merges every attestation into one PDF', async () => {
      jury.publish(669, attestations(669, 61, 1000));
      const requestsBefore = jury.requests.length;

      const queued = await bus.request(DocumentsSubjects.startAttestationBatch, {
        sessionId: 669,
        certificationCenterId: CENTRE,
        requestedBy: 7,
      });

      expect(queued).toMatchObject({
        sessionId: 669,
        certificationCenterId: CENTRE,
        division: null,
        status: 'queued',
        done: 0,
        fileName: null,
      });
      const ref = { batchId: queued.batchId, certificationCenterId: CENTRE };
      await expect(
        bus.request(DocumentsSubjects.getAttestationBatchChunk, { ...ref, offset: 0 }),
      ).rejects.toMatchObject({ code: 'ATTESTATION_BATCH_NOT_READY' });

      const done = await eventually(
        () => bus.request(DocumentsSubjects.getAttestationBatch, ref),
        (view) => view.status === 'done' || view.status === 'failed',
      );
      expect(done).toMatchObject({
        status: 'done',
        done: 61,
        total: 61,
        fileName: 'attestations-669.pdf',
        error: null,
      });

      const { file, chunks } = await download(bus, queued.batchId);
      const pdf = await pdfText(file);
      expect(file.byteLength).toBe(done.sizeBytes);
      expect(chunks).toBe(Math.ceil(file.byteLength / CHUNK_SIZE_BYTES));
      expect(pdf.total).toBe(61);
      expect(pdf.text.indexOf('CANDIDAT000')).toBeLessThan(pdf.text.indexOf('CANDIDAT001'));
      expect(pdf.text.indexOf('CANDIDAT059')).toBeLessThan(pdf.text.indexOf('CANDIDAT060'));
      for (const index of [0, 30, 49, 50, 60]) {
        expect(pdf.text.split(`CANDIDAT${String(index).padStart(3, '0')}`)).toHaveLength(2);
      }
      const pages = jury.requests.slice(requestsBefore).map((request) => [request['offset'], request['limit']]);
      expect(pages).toEqual([
        [0, 50],
        [50, 50],
      ]);

      const ofBatch = await eventually(
        async () => progress.filter((event) => event.batchId === queued.batchId),
        (events) => events.at(-1)?.status === 'done',
      );
      expect(ofBatch[0]).toMatchObject({ status: 'queued', done: 0 });
      expect(ofBatch.at(-1)).toMatchObject({ status: 'done', done: 61, total: 61, sizeBytes: file.byteLength });
      const running = ofBatch.filter((event) => event.status === 'running').map((event) => event.done);
      expect(running).toEqual([...running].sort((left, right) => left - right));
      // Every 10 % (7 items of 61), not every item.
      expect(running.filter((count) => count > 0)).toEqual([7, 14, 21, 28, 35, 42, 49, 56, 61]);
    });

    it('makes one class’s batch, asking the jury for that class only', async () => {
      jury.publish(670, attestations(670, 5, 2000));

      const queued = await bus.request(DocumentsSubjects.startAttestationBatch, {
        sessionId: 670,
        certificationCenterId: CENTRE,
        division: '3e A',
        requestedBy: 7,
      });
      const done = await eventually(
        () =>
          bus.request(DocumentsSubjects.getAttestationBatch, {
            batchId: queued.batchId,
            certificationCenterId: CENTRE,
          }),
        (view) => view.status !== 'queued' && view.status !== 'running',
      );

      expect(done).toMatchObject({ status: 'done', division: '3e A', total: 3, fileName: 'attestations-670-3eA.pdf' });
      expect(jury.requests.at(-1)).toMatchObject({ sessionId: 670, certificationCenterId: CENTRE, division: '3e A' });
      const { file } = await download(bus, queued.batchId);
      const pdf = await pdfText(file);
      expect(pdf.total).toBe(3);
      expect(pdf.text).toContain('CANDIDAT004');
      expect(pdf.text).not.toContain('CANDIDAT001');
    });

    it('fails a batch with nothing to print, saying why', async () => {
      const queued = await bus.request(DocumentsSubjects.startAttestationBatch, {
        sessionId: 999,
        certificationCenterId: CENTRE,
        requestedBy: 7,
      });
      const ref = { batchId: queued.batchId, certificationCenterId: CENTRE };

      const failed = await eventually(
        () => bus.request(DocumentsSubjects.getAttestationBatch, ref),
        (view) => view.status !== 'queued' && view.status !== 'running',
      );

      expect(failed).toMatchObject({ status: 'failed', total: 0, fileName: null });
      expect(failed.error).toContain('Aucune attestation');
      await expect(
        bus.request(DocumentsSubjects.getAttestationBatchChunk, { ...ref, offset: 0 }),
      ).rejects.toMatchObject({ code: 'ATTESTATION_BATCH_NOT_READY', details: { status: 'failed' } });
    });

    it('does not show a batch to another centre, nor an unknown one', async () => {
      const queued = await bus.request(DocumentsSubjects.startAttestationBatch, {
        sessionId: 670,
        certificationCenterId: CENTRE,
        requestedBy: 7,
      });

      await expect(
        bus.request(DocumentsSubjects.getAttestationBatch, {
          batchId: queued.batchId,
          certificationCenterId: OTHER_CENTRE,
        }),
      ).rejects.toMatchObject({ code: 'ATTESTATION_BATCH_NOT_FOUND' });
      await expect(
        bus.request(DocumentsSubjects.getAttestationBatchChunk, {
          batchId: queued.batchId,
          certificationCenterId: OTHER_CENTRE,
          offset: 0,
        }),
      ).rejects.toMatchObject({ code: 'ATTESTATION_BATCH_NOT_FOUND' });
      await expect(
        bus.request(DocumentsSubjects.getAttestationBatch, {
          batchId: '00000000-0000-4000-8000-000000000000',
          certificationCenterId: CENTRE,
        }),
      ).rejects.toMatchObject({ code: 'ATTESTATION_BATCH_NOT_FOUND' });
      await expect(
        bus.request(DocumentsSubjects.getAttestationBatch, { batchId: 'nope', certificationCenterId: CENTRE }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });

  describe('a batch interrupted by a restart', () => {
    let dataDir: string;

    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'documents-batches-'));
    });

    afterAll(() => {
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('is resumed by the next instance on the same database: nothing rendered twice, every page there', async () => {
      const total = 24;
      jury.publish(680, attestations(680, total, 3000));
      const first = await startDocuments(nats.url, { dataDir }, 1);
      const ref = { batchId: '', certificationCenterId: CENTRE };
      try {
        const queued = await first.get(MessageBus).request(DocumentsSubjects.startAttestationBatch, {
          sessionId: 680,
          certificationCenterId: CENTRE,
          requestedBy: 7,
        });
        ref.batchId = queued.batchId;
        await eventually(
          () => first.get(MessageBus).request(DocumentsSubjects.getAttestationBatch, ref),
          (view) => view.done >= 6,
        );
      } finally {
        await first.close();
      }
      const firstRenders = first.get<ChromiumPdfRenderer>(PDF_RENDERER).renders;
      expect(firstRenders).toBeGreaterThanOrEqual(6);
      expect(firstRenders).toBeLessThan(total);

      const second = await startDocuments(nats.url, { dataDir }, 1);
      try {
        const bus = second.get(MessageBus);
        const done = await eventually(
          () => bus.request(DocumentsSubjects.getAttestationBatch, ref),
          (view) => view.status === 'done' || view.status === 'failed',
        );
        const { file } = await download(bus, ref.batchId);
        const pdf = await pdfText(file);

        expect(done).toMatchObject({ status: 'done', done: total, total });
        expect(second.get<ChromiumPdfRenderer>(PDF_RENDERER).renders).toBe(total - firstRenders);
        expect(pdf.total).toBe(total);
        for (let index = 0; index < total; index += 1) {
          expect(pdf.text.split(`CANDIDAT${String(index).padStart(3, '0')}`)).toHaveLength(2);
        }
      } finally {
        await second.close();
      }
    });
  });
});
