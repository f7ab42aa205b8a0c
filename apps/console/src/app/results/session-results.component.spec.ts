import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { SessionView } from '@pix/contracts';
import { apiErrorBody, buildSession, textOf } from '../../testing/builders';
import { clickButton } from '../../testing/dom';
import { buildSessionResults } from '../../testing/jury-builders';
import { FileSaver } from '../core/http/download';
import { SessionResultsComponent } from './session-results.component';

describe(SessionResultsComponent.name, () => {
  let fixture: ComponentFixture<SessionResultsComponent>;
  let gateway: HttpTestingController;
  let saved: { fileName: string; blob: Blob }[];

  async function open(session: SessionView): Promise<void> {
    saved = [];
    TestBed.configureTestingModule({
      imports: [SessionResultsComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: FileSaver, useValue: { save: (file: { fileName: string; blob: Blob }) => saved.push(file) } },
      ],
    });
    gateway = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionResultsComponent);
    fixture.componentRef.setInput('centreId', 3);
    fixture.componentRef.setInput('session', session);
    await fixture.whenStable();
  }

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const published = () =>
    buildSession({
      status: 'processed',
      finalizedAt: '2027-04-14T16:00:00.000Z',
      publishedAt: '2027-05-03T09:00:00.000Z',
    });

  async function loadPublished(): Promise<void> {
    await open(published());
    gateway.expectOne('/api/centres/3/sessions/669/results').flush(buildSessionResults());
    await fixture.whenStable();
  }

  it('shows nothing and asks nothing before Pix publishes the results', async () => {
    await open(buildSession({ status: 'finalized', finalizedAt: '2027-04-14T16:00:00.000Z' }));

    gateway.expectNone(() => true);
    expect(textOf(page())).toBe('');
  });

  it('lists each candidate with their status and score once published', async () => {
    await loadPublished();

    expect(textOf(page().querySelector('h2'))).toBe('Résultats de la session');
    expect(Array.from(page().querySelectorAll('thead th'), textOf)).toEqual([
      'Nom de naissance',
      'Prénom',
      'Classe',
      'Statut',
      'Score Pix',
    ]);
    expect(
      Array.from(page().querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('th, td'), textOf)),
    ).toEqual([
      ['Martin', 'Léa', '3eA', 'Validée', '345'],
      ['Durand', 'Hugo', '3eB', 'Rejetée', '0'],
    ]);
  });

  it('downloads the results CSV of the whole session', async () => {
    await loadPublished();

    clickButton(page(), 'Télécharger les résultats (CSV)');
    const request = gateway.expectOne((candidate) => candidate.url === '/api/centres/3/sessions/669/results.csv');
    expect(request.request.params.keys()).toEqual([]);
    request.flush(new Blob(['\ufeffNuméro de certification;…']), {
      headers: { 'content-disposition': 'attachment; filename="resultats-session-669.csv"' },
    });
    await fixture.whenStable();

    expect(saved.map((file) => file.fileName)).toEqual(['resultats-session-669.csv']);
  });

  it('downloads the results CSV of one class', async () => {
    await loadPublished();

    expect(
      Array.from(page().querySelectorAll('button'), textOf).filter((label) =>
        label?.startsWith('Résultats de la classe'),
      ),
    ).toEqual(['Résultats de la classe 3eA (CSV)', 'Résultats de la classe 3eB (CSV)']);
    clickButton(page(), 'Résultats de la classe 3eB (CSV)');
    const request = gateway.expectOne('/api/centres/3/sessions/669/results.csv?division=3eB');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['\ufeff…']), {
      headers: { 'content-disposition': 'attachment; filename="resultats-3eB-669.csv"' },
    });
    await fixture.whenStable();

    expect(saved.map((file) => file.fileName)).toEqual(['resultats-3eB-669.csv']);
  });

  it('shows the gateway’s French message when the CSV is refused', async () => {
    await loadPublished();

    clickButton(page(), 'Télécharger les résultats (CSV)');
    gateway
      .expectOne('/api/centres/3/sessions/669/results.csv')
      .flush(
        new Blob([
          JSON.stringify(
            apiErrorBody(409, 'RESULTS_NOT_PUBLISHED', 'Les résultats de cette session ne sont pas publiés.'),
          ),
        ]),
        { status: 409, statusText: 'Conflict' },
      );
    for (let tick = 0; tick < 10 && page().querySelector('[role="alert"]') === null; tick++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await fixture.whenStable();
    }

    expect(textOf(page().querySelector('[role="alert"]'))).toContain(
      'Les résultats de cette session ne sont pas publiés.',
    );
  });
});
