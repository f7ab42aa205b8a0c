import { type AttestationData, DocumentsEvents } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { AppLogger } from '@pix/platform';
import { type AttestationBatch, queuedBatch } from '../domain/attestation-batch';
import type { AttestationBatchRepository, RenderedItem, StoredItem } from '../domain/attestation-batch.repository';
import type { AttestationPage, AttestationSource, PdfMerger } from '../domain/attestation-source';
import { html } from '../domain/html';
import type { PrintableDocument } from '../domain/printable-document';
import { buildAttestation } from '../testing/builders';
import type { AttestationDocuments } from './attestation-document';
import type { DocumentPrinter } from './document-printer';
import { GenerateAttestationBatch, MAX_ATTEMPTS } from './generate-attestation-batch.use-case';
import type { EventOutbox, Transactions } from './tokens';

const NOW = new Date('2099-03-30T10:00:00Z');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as AppLogger;

class InMemoryBatches implements Partial<AttestationBatchRepository> {
  batch: AttestationBatch;
  readonly items = new Map<number, RenderedItem>();

  constructor(batch: AttestationBatch) {
    this.batch = batch;
  }

  async findById(): Promise<AttestationBatch> {
    return this.batch;
  }

  async setTotal(_id: string, total: number): Promise<AttestationBatch> {
    return (this.batch = { ...this.batch, status: 'running', total });
  }

  async storedItems(): Promise<StoredItem[]> {
    return [...this.items.values()].map(({ certificationId, position }) => ({ certificationId, position }));
  }

  async addItem(_id: string, item: RenderedItem): Promise<AttestationBatch> {
    if (this.items.has(item.certificationId)) throw new Error(`item ${item.certificationId} stored twice`);
    this.items.set(item.certificationId, item);
    return (this.batch = { ...this.batch, done: this.items.size, attempts: 0 });
  }

  async heartbeat(): Promise<void> {
    return undefined;
  }

  async *itemPdfs(): AsyncIterable<Uint8Array> {
    for (const item of [...this.items.values()].sort((left, right) => left.position - right.position)) {
      yield item.pdf;
    }
  }

  async complete(_id: string, file: { fileName: string; bytes: Uint8Array }): Promise<AttestationBatch> {
    return (this.batch = { ...this.batch, status: 'done', fileName: file.fileName, sizeBytes: file.bytes.byteLength });
  }

  async fail(_id: string, error: string): Promise<AttestationBatch> {
    return (this.batch = { ...this.batch, status: 'failed', error });
  }

  async retryLater(): Promise<number> {
    this.batch = { ...this.batch, status: 'queued', attempts: this.batch.attempts + 1 };
    return this.batch.attempts;
  }
}

class FakeJury implements AttestationSource {
  readonly pages: number[] = [];
  failure: Error | null = null;

  constructor(private readonly attestations: AttestationData[]) {}

  async page(_batch: unknown, offset: number, limit: number): Promise<AttestationPage> {
    if (this.failure !== null) throw this.failure;
    this.pages.push(offset);
    return { attestations: this.attestations.slice(offset, offset + limit), total: this.attestations.length };
  }
}

function setUp(
  count: number,
  batch = queuedBatch('b-1', { sessionId: 669, certificationCenterId: 12, requestedBy: 7 }, NOW),
) {
  const attestations = Array.from({ length: count }, (_, index) =>
    buildAttestation({ certificationId: 1000 + index, lastName: `Nom${index}` }),
  );
  const batches = new InMemoryBatches(batch);
  const jury = new FakeJury(attestations);
  const rendered: number[] = [];
  const events: { subject: string; payload: { status: string; done: number } }[] = [];
  const documents = {
    of: async (data: AttestationData): Promise<PrintableDocument> => ({
      fileName: `attestation-pix-${data.certificationId}.pdf`,
      html: html`${data.certificationId}`,
      footerLabel: '',
    }),
  } as unknown as AttestationDocuments;
  const printer = {
    render: async (document: PrintableDocument) => {
      rendered.push(Number(document.html.value));
      return { bytes: new TextEncoder().encode(document.html.value), pageCount: 1 };
    },
  } as unknown as DocumentPrinter;
  const merger: PdfMerger = {
    async merge(pdfs) {
      const parts: string[] = [];
      for await (const pdf of pdfs) parts.push(new TextDecoder().decode(pdf));
      return { bytes: new TextEncoder().encode(parts.join(',')), pageCount: parts.length };
    },
  };
  const transactions: Transactions = { run: (work) => work() };
  const outbox: EventOutbox = {
    enqueue: async (subject, payload) => {
      events.push({ subject, payload });
    },
  };
  const generate = new GenerateAttestationBatch(
    batches as unknown as AttestationBatchRepository,
    jury,
    merger,
    transactions,
    outbox,
    { now: () => NOW },
    3,
    silent,
    documents,
    printer,
  );
  return { generate, batches, jury, rendered, events, attestations };
}

describe(GenerateAttestationBatch.name, () => {
  it('renders every attestation once, page after page, and merges them in the jury’s order', async () => {
    const { generate, batches, jury, rendered, events } = setUp(120);

    const outcome = await generate.execute(batches.batch, () => false);

    expect(outcome).toBe('done');
    expect(jury.pages).toEqual([0, 50, 100]);
    expect([...rendered].sort()).toEqual(Array.from({ length: 120 }, (_, index) => 1000 + index));
    expect(batches.batch).toMatchObject({ status: 'done', done: 120, total: 120, fileName: 'attestations-669.pdf' });
    expect(events.every((event) => event.subject === DocumentsEvents.attestationBatchProgressed)).toBe(true);
    expect(events.map((event) => event.payload.done)).toEqual([0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 120]);
    expect(events.at(-1)?.payload.status).toBe('done');
  });

  it('resumes at the first missing attestation, skipping those stored after it', async () => {
    const { generate, batches, jury, rendered, attestations } = setUp(60);
    for (const position of [0, 1, 2, 3, 5, 55]) {
      const attestation = attestations[position];
      if (attestation === undefined) throw new Error('no attestation');
      await batches.addItem('b-1', {
        certificationId: attestation.certificationId,
        position,
        pdf: new TextEncoder().encode(String(attestation.certificationId)),
        pageCount: 1,
      });
    }
    batches.batch = { ...batches.batch, status: 'running', total: 60 };

    const outcome = await generate.execute(batches.batch, () => false);

    expect(outcome).toBe('done');
    expect(jury.pages).toEqual([4, 54]);
    expect(rendered).toHaveLength(54);
    expect(rendered).not.toContain(1005);
    expect(rendered).not.toContain(1055);
    expect(batches.batch.done).toBe(60);
  });

  it('stops taking new attestations when the service stops, keeping those already rendered', async () => {
    const { generate, batches, rendered } = setUp(40);
    let stopping = false;
    const original = batches.addItem.bind(batches);
    batches.addItem = async (id, item) => {
      const updated = await original(id, item);
      if (updated.done === 7) stopping = true;
      return updated;
    };

    const outcome = await generate.execute(batches.batch, () => stopping);

    expect(outcome).toBe('stopped');
    expect(batches.items.size).toBe(rendered.length);
    expect(batches.items.size).toBeGreaterThanOrEqual(7);
    expect(batches.items.size).toBeLessThan(40);
    expect(batches.batch.status).not.toBe('done');
  });

  it('retries when the jury service is unavailable, and fails after too many attempts in a row', async () => {
    const { generate, batches, jury } = setUp(5);
    jury.failure = new DomainError('SERVICE_UNAVAILABLE', 'Le service demandé ne répond pas.');

    const outcomes: string[] = [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      outcomes.push(await generate.execute(batches.batch, () => false));
    }

    expect(outcomes).toEqual([...Array.from({ length: MAX_ATTEMPTS - 1 }, () => 'retry'), 'failed']);
    expect(batches.batch.status).toBe('failed');
    expect(batches.batch.error).toContain('Le service demandé ne répond pas.');
  });

  it('fails at once on an error that another try would not fix', async () => {
    const { generate, batches, jury } = setUp(5);
    jury.failure = new DomainError('SESSION_NOT_PUBLISHED', 'Les résultats de cette session ne sont pas publiés.');

    expect(await generate.execute(batches.batch, () => false)).toBe('failed');
    expect(batches.batch).toMatchObject({
      status: 'failed',
      error: 'La génération des attestations a échoué : Les résultats de cette session ne sont pas publiés.',
    });
  });
});
