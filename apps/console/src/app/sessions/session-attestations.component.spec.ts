import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { AttestationBatchView } from '@pix/contracts';
import { apiErrorBody, textOf } from '../../testing/builders';
import { clickButton, typeInto } from '../../testing/dom';
import { FileSaver } from '../core/http/download';
import { formatSize, SessionAttestationsComponent } from './session-attestations.component';
import { ATTESTATION_POLL_MS } from './session-attestations.service';

const BATCH = '5b1f7a43-0b5e-4c43-9a4e-2f0d2c7a9e11';

function buildBatch(overrides: Partial<AttestationBatchView> = {}): AttestationBatchView {
  return {
    batchId: BATCH,
    sessionId: 669,
    certificationCenterId: 3,
    division: null,
    status: 'queued',
    done: 0,
    total: 0,
    fileName: null,
    sizeBytes: null,
    error: null,
    createdAt: '2027-05-02T10:00:00.000Z',
    ...overrides,
  };
}

describe(SessionAttestationsComponent.name, () => {
  let fixture: ComponentFixture<SessionAttestationsComponent>;
  let gateway: HttpTestingController;
  let saved: { fileName: string; blob: Blob }[];

  beforeEach(async () => {
    saved = [];
    TestBed.configureTestingModule({
      imports: [SessionAttestationsComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: ATTESTATION_POLL_MS, useValue: 1 },
        { provide: FileSaver, useValue: { save: (file: { fileName: string; blob: Blob }) => saved.push(file) } },
      ],
    });
    gateway = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionAttestationsComponent);
    fixture.componentRef.setInput('centreId', 3);
    fixture.componentRef.setInput('sessionId', 669);
    fixture.componentRef.setInput('divisions', ['3A', '3B']);
    await fixture.whenStable();
  });

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const status = () => textOf(page().querySelector('[role="status"]'));
  const progress = () => page().querySelector('progress');

  /** Lets the poll timer fire, then answers the next poll. */
  async function poll(view: AttestationBatchView): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 5));
    gateway.expectOne(`/api/centres/3/attestation-batches/${BATCH}`).flush(view);
    await fixture.whenStable();
  }

  it('generates one class’s attestations, shows n / total with a progress bar, then offers the file', async () => {
    typeInto(page(), '#attestations-division', '3B');
    clickButton(page(), 'Télécharger les attestations');
    const start = gateway.expectOne('/api/centres/3/sessions/669/attestations');
    expect(start.request.method).toBe('POST');
    expect(start.request.body).toEqual({ division: '3B' });
    start.flush(buildBatch({ division: '3B' }));

    await poll(buildBatch({ status: 'running', done: 0, total: 0 }));
    expect(status()).toBe('Préparation des attestations…');

    await poll(buildBatch({ status: 'running', done: 12, total: 28 }));
    expect(status()).toBe('Génération des attestations : 12 / 28');
    expect(progress()?.getAttribute('max')).toBe('28');
    expect(progress()?.getAttribute('value')).toBe('12');
    expect(page().querySelector<HTMLButtonElement>('form button')?.disabled).toBe(true);

    await poll(
      buildBatch({ status: 'done', done: 28, total: 28, fileName: 'attestations-669-3B.pdf', sizeBytes: 2_450_000 }),
    );
    expect(status()).toBe('28 attestations prêtes.');
    expect(progress()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    gateway.expectNone(`/api/centres/3/attestation-batches/${BATCH}`);

    clickButton(page(), 'Télécharger attestations-669-3B.pdf (2,5 Mo)');
    gateway.expectOne(`/api/centres/3/attestation-batches/${BATCH}/file`).flush(new Blob(['%PDF-1.7']), {
      headers: { 'content-disposition': 'attachment; filename="attestations-669-3B.pdf"' },
    });
    await fixture.whenStable();

    expect(saved.map((file) => file.fileName)).toEqual(['attestations-669-3B.pdf']);
  });

  it('asks for the whole session by default', async () => {
    clickButton(page(), 'Télécharger les attestations');
    const start = gateway.expectOne('/api/centres/3/sessions/669/attestations');

    expect(start.request.body).toEqual({});
    start.flush(buildBatch());
    await poll(buildBatch({ status: 'failed', error: 'Aucune attestation à générer.' }));
    expect(status()).toBe('Aucune attestation à générer.');
    expect(page().querySelector<HTMLButtonElement>('form button')?.disabled).toBe(false);
  });

  it('tells why the batch could not start', async () => {
    clickButton(page(), 'Télécharger les attestations');
    gateway
      .expectOne('/api/centres/3/sessions/669/attestations')
      .flush(apiErrorBody(403, 'FORBIDDEN', 'Vous n’avez pas accès à cette ressource.'), {
        status: 403,
        statusText: 'Forbidden',
      });
    await fixture.whenStable();

    expect(textOf(page().querySelector('.fr-alert--error'))).toContain('Vous n’avez pas accès à cette ressource.');
  });
});

describe(formatSize.name, () => {
  it('writes sizes in French units', () => {
    expect(formatSize(2_450_000)).toBe('2,5 Mo');
    expect(formatSize(830_400)).toBe('830 ko');
    expect(formatSize(12)).toBe('1 ko');
  });
});
