import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import {
  type AttendanceCandidate,
  type DocumentSession,
  DocumentsSubjects,
  healthSubject,
  type RenderedDocument,
} from '@pix/contracts';
import { createServiceApp, loadConfig, MessageBus } from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { PDFParse } from 'pdf-parse';
import { MAX_BASE64_LENGTH } from './application/document-printer';
import { documentsConfigSchema } from './documents.config';
import { DocumentsModule } from './documents.module';
import { PDF_RENDERER } from './domain/pdf-renderer';
import type { ChromiumPdfRenderer } from './infrastructure/pdf/chromium-pdf-renderer';
import { buildCandidate, buildSession } from './testing/builders';

jest.setTimeout(60_000);

interface PdfText {
  /** Whitespace collapsed to single spaces. */
  readonly text: string;
  readonly total: number;
}

async function readPdf(document: RenderedDocument): Promise<PdfText> {
  const data = Buffer.from(document.base64, 'base64');
  expect(data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const parser = new PDFParse({ data });
  try {
    const { text, total } = await parser.getText();
    return { text: text.replace(/\s+/g, ' '), total };
  } finally {
    await parser.destroy();
  }
}

const PUBLIC_URL = 'https://certif.example.fr';

const session: DocumentSession = buildSession({
  id: 669,
  certificationCenterName: 'Collège Victor Hugo',
  centreType: 'SCO',
  address: 'Bâtiment A',
  room: 'Salle multimédia',
  date: '2099-03-16',
  time: '14:30',
  examiner: 'Mme Martin et M. Lefort',
  accessCode: 'TQVF63',
  invigilatorPassword: 'C-24WB4',
});

const LAST_NAMES = ['Zola', 'Abadie', 'Moreau', 'Bernard', 'Écuyer', 'Dubois', 'Garnier', 'Lambert', 'Perrin', 'Roux'];
const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Jules', 'Manon', 'Nathan', 'Camille', 'Tom'];

function candidates(count: number): AttendanceCandidate[] {
  return Array.from({ length: count }, (_, index) =>
    buildCandidate({
      lastName: `${LAST_NAMES[index % LAST_NAMES.length]}${index >= LAST_NAMES.length ? ` ${index}` : ''}`,
      firstName: FIRST_NAMES[(index * 3) % FIRST_NAMES.length] ?? 'Alex',
      birthdate: `2009-0${(index % 9) + 1}-1${index % 10}`,
      division: `3e ${'ABCD'[index % 4]}`,
      externalId: `EXT-${1000 + index}`,
    }),
  );
}

describe(`${DocumentsModule.name} on a real nats-server and Chromium`, () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;
  let bus: MessageBus;
  let closed = false;

  beforeAll(async () => {
    nats = await startNatsServer();
    const config = loadConfig(documentsConfigSchema, {
      NATS_URL: nats.url,
      LOG_LEVEL: 'silent',
      NATS_REQUEST_TIMEOUT_MS: '30000',
      PUBLIC_URL,
      PDF_PAGE_POOL_SIZE: '2',
    });
    app = await createServiceApp(
      'documents',
      DocumentsModule.forRoot({
        migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
        config,
        inMemoryDatabase: true,
        documentsConfig: config,
      }),
      nats.url,
    );
    await app.listen();
    bus = app.get(MessageBus);
  });

  afterAll(async () => {
    if (!closed) await app?.close();
    await nats?.stop();
  });

  it('answers documents.qry.health.v1 in the documents queue group', async () => {
    const reply = await bus.request(healthSubject('documents'), {});

    expect(reply).toMatchObject({ service: 'documents', database: { status: 'up', driver: 'pglite' } });
  });

  it('renders the attendance sheet of 25 pupils on 2 pages of 20, sorted, with the class column', async () => {
    const reply = await bus.request(DocumentsSubjects.renderAttendanceSheet, {
      session,
      candidates: [
        ...candidates(24),
        buildCandidate({
          lastName: 'Lefèvre-Dupont-Montmorency',
          firstName: 'Marie-Christine-Anne-Sophie',
          birthdate: '2009-02-01',
          division: '3e B',
        }),
      ],
    });
    const pdf = await readPdf(reply);

    expect(reply).toMatchObject({ fileName: 'feuille-emargement-669.pdf', contentType: 'application/pdf' });
    expect(reply.pageCount).toBe(2);
    expect(pdf.total).toBe(2);
    expect(pdf.text).toContain('Feuille d’émargement');
    expect(pdf.text).toContain('N° de session 669');
    expect(pdf.text).toContain('lundi 16 mars 2099');
    expect(pdf.text).toContain('14h30');
    expect(pdf.text).toContain('Collège Victor Hugo');
    expect(pdf.text).toContain('Bâtiment A');
    expect(pdf.text).toContain('Salle multimédia');
    expect(pdf.text).toContain('Surveillé par Mme Martin et M. Lefort');
    expect(pdf.text).toContain('Nom de naissance Prénom Date de naissance Classe Signature');
    expect(pdf.text).toContain('Lefèvre-Dupont-Montm… Marie-Christine-Anne… 01/02/2009 3e B');
    expect(pdf.text).not.toContain('Identifiant externe');
    expect(pdf.text).toMatch(/page 1\/2/);
    expect(pdf.text).toMatch(/page 2\/2/);
    // Abadie first, Zola (and Zola 10, Zola 20) last; the access code and password are not for candidates.
    expect(pdf.text.indexOf('Abadie')).toBeLessThan(pdf.text.indexOf('Bernard'));
    expect(pdf.text.indexOf('Bernard')).toBeLessThan(pdf.text.indexOf('Écuyer'));
    expect(pdf.text.indexOf('Écuyer')).toBeLessThan(pdf.text.indexOf('Garnier'));
    expect(pdf.text.lastIndexOf('page 1/2')).toBeLessThan(pdf.text.indexOf('Zola 20'));
    expect(pdf.text).not.toContain('TQVF63');
    expect(pdf.text).not.toContain('C-24WB4');
  });

  it('prints the external id instead of the class outside schools', async () => {
    const reply = await bus.request(DocumentsSubjects.renderAttendanceSheet, {
      session: { ...session, centreType: 'PRO' },
      candidates: candidates(3),
    });
    const pdf = await readPdf(reply);

    expect(reply.pageCount).toBe(1);
    expect(pdf.text).toContain('Identifiant externe');
    expect(pdf.text).toContain('EXT-1000');
    expect(pdf.text).not.toContain('Classe');
    expect(pdf.text).toMatch(/page 1\/1/);
  });

  it('renders the invigilator kit with the session number, the C- password and the access code', async () => {
    const reply = await bus.request(DocumentsSubjects.renderInvigilatorKit, {
      session,
      candidates: [buildCandidate({ lastName: 'Roux', firstName: 'Léa', extraTimePercentage: 0.3 })],
    });
    const pdf = await readPdf(reply);

    expect(reply.fileName).toBe('kit-surveillant-669.pdf');
    expect(reply.pageCount).toBe(pdf.total);
    expect(pdf.text).toContain('Kit surveillant');
    expect(pdf.text).toContain('16 mars 2099');
    expect(pdf.text).toContain('14h30');
    expect(pdf.text).toContain('Mme Martin et M. Lefort');
    expect(pdf.text).toMatch(/Numéro de session .*669/);
    expect(pdf.text).toMatch(/Mot de passe de la session À l’usage exclusif du surveillant C-24WB4/);
    expect(pdf.text).toMatch(/Code d’accès candidat À communiquer aux candidats au lancement du test TQVF63/);
    expect(pdf.text).toContain(PUBLIC_URL);
    expect(pdf.text).toContain('Confirmez la présence');
    expect(pdf.text).toContain('Autorisez la reprise');
    expect(pdf.text).toContain('terminez leur test');
    expect(pdf.text).toContain('écran de fin de test');
    expect(pdf.text).toMatch(/Roux Léa 30\s?% 2 h 17/);
  });

  it('renders the blank incident report with the session and the legend of the codes', async () => {
    const reply = await bus.request(DocumentsSubjects.renderIncidentReport, { session });
    const pdf = await readPdf(reply);

    expect(reply.fileName).toBe('pv-incident-669.pdf');
    expect(reply.pageCount).toBe(2);
    expect(pdf.total).toBe(2);
    expect(pdf.text).toContain('Procès-verbal d’incident');
    expect(pdf.text).toContain('N° de session 669');
    expect(pdf.text).toContain('Nom Prénom N° de certification Code(s) Description de l’incident N° de question');
    expect(pdf.text).toContain('Abandon du candidat');
    expect(pdf.text).toContain('Problème technique');
    for (const code of [
      'C1',
      'C2',
      'C4',
      'C6',
      'C7',
      'C8',
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E8',
      'E9',
      'E10',
      'E11',
      'E12',
    ]) {
      expect(pdf.text).toMatch(new RegExp(`\\b${code}\\b`));
    }
    expect(pdf.text).toContain('Suspicion de fraude');
    expect(pdf.text).toMatch(/page 2\/2/);
  });

  it('renders the blank fraud report on one page, reported as C6 too', async () => {
    const reply = await bus.request(DocumentsSubjects.renderFraudReport, { session });
    const pdf = await readPdf(reply);

    expect(reply).toMatchObject({ fileName: 'pv-fraude-669.pdf', pageCount: 1 });
    expect(pdf.total).toBe(1);
    expect(pdf.text).toContain('Procès-verbal de fraude');
    expect(pdf.text).toContain('lundi 16 mars 2099');
    expect(pdf.text).toContain('code C6');
    expect(pdf.text).toContain('Description précise des faits');
    expect(pdf.text).toContain('Capture d’écran');
    expect(pdf.text).toContain('Signature du surveillant');
  });

  it('renders the candidate notice without the access code nor the password', async () => {
    const reply = await bus.request(DocumentsSubjects.renderCandidateNotice, { session });
    const pdf = await readPdf(reply);

    expect(reply).toMatchObject({ fileName: 'notice-candidat-669.pdf', pageCount: 1 });
    expect(pdf.text).toContain(PUBLIC_URL);
    expect(pdf.text).toContain('numéro de session (669)');
    expect(pdf.text).toContain('Je passe');
    expect(pdf.text).toContain('Ne quittez pas la salle avant l’écran de fin de test.');
    expect(pdf.text).toContain('pièce d’identité');
    expect(pdf.text).toContain('autoriser la reprise');
    expect(pdf.text).not.toContain('TQVF63');
    expect(pdf.text).not.toContain('C-24WB4');
  });

  it('renders requests arriving together through its pool of pages', async () => {
    const replies = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        bus.request(DocumentsSubjects.renderAttendanceSheet, {
          session: { ...session, id: 700 + index },
          candidates: candidates(30),
        }),
      ),
    );

    expect(replies.map((reply) => reply.fileName)).toEqual([
      'feuille-emargement-700.pdf',
      'feuille-emargement-701.pdf',
      'feuille-emargement-702.pdf',
      'feuille-emargement-703.pdf',
      'feuille-emargement-704.pdf',
    ]);
    expect(replies.every((reply) => reply.pageCount === 2)).toBe(true);
  });

  it('keeps a 120-candidate attendance sheet well within one NATS message', async () => {
    const reply = await bus.request(DocumentsSubjects.renderAttendanceSheet, { session, candidates: candidates(120) });

    expect(reply.pageCount).toBe(6);
    expect(reply.base64.length).toBeLessThan(MAX_BASE64_LENGTH / 2);
  });

  it('refuses a malformed request with VALIDATION_FAILED and the paths', async () => {
    await expect(
      bus.request(DocumentsSubjects.renderAttendanceSheet, {
        session: { ...session, centreType: 'LYCEE' },
      } as never),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        issues: [
          expect.objectContaining({ path: 'session.centreType' }),
          expect.objectContaining({ path: 'candidates' }),
        ],
      },
    });
  });

  it('refuses dates it cannot print with DOCUMENT_DATA_INVALID', async () => {
    await expect(
      bus.request(DocumentsSubjects.renderAttendanceSheet, {
        session: { ...session, date: '2099-02-30' },
        candidates: [buildCandidate({ firstName: 'Léa', lastName: 'Roux', birthdate: '2009-13-01' })],
      }),
    ).rejects.toMatchObject({
      code: 'DOCUMENT_DATA_INVALID',
      details: {
        problems: [
          expect.objectContaining({ field: 'session.date' }),
          expect.objectContaining({ field: 'candidates.0.birthdate' }),
        ],
      },
    });
  });

  it('did all of this with a single Chromium, and closes it with the application', async () => {
    const renderer = app.get<ChromiumPdfRenderer>(PDF_RENDERER);
    expect(renderer.launches).toBe(1);
    expect(renderer.running).toBe(true);

    await app.close();
    closed = true;

    expect(renderer.running).toBe(false);
  });
});
