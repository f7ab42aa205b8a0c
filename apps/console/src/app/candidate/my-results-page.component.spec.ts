import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiErrorBody, textOf } from '../../testing/builders';
import { clickButton } from '../../testing/dom';
import { buildUnpublishedUserCertification, buildUserCertification } from '../../testing/jury-builders';
import { FileSaver } from '../core/http/download';
import { MyResultsPageComponent } from './my-results-page.component';

describe(MyResultsPageComponent.name, () => {
  let fixture: ComponentFixture<MyResultsPageComponent>;
  let gateway: HttpTestingController;
  let saved: { fileName: string; blob: Blob }[];

  beforeEach(async () => {
    saved = [];
    TestBed.configureTestingModule({
      imports: [MyResultsPageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: FileSaver, useValue: { save: (file: { fileName: string; blob: Blob }) => saved.push(file) } },
      ],
    });
    gateway = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyResultsPageComponent);
    await fixture.whenStable();
  });

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const card = () => page().querySelector('.pix-my-certification');
  const fact = (term: string) => {
    const entry = Array.from(page().querySelectorAll('dl > div')).find(
      (div) => textOf(div.querySelector('dt')) === term,
    );
    return textOf(entry?.querySelector('dd'));
  };

  async function load(...certifications: ReturnType<typeof buildUserCertification>[]): Promise<void> {
    gateway.expectOne('/api/me/certifications').flush({ certifications });
    await fixture.whenStable();
  }

  it('shows only that results are awaited before the jury publishes them', async () => {
    await load(buildUnpublishedUserCertification());

    expect(textOf(card()?.querySelector('h2'))).toBe('Certification du 14 avril 2027');
    expect(textOf(card())).toContain('Résultats en attente de publication');
    expect(card()?.querySelector('dl')).toBeNull();
    expect(card()?.querySelector('.pix-competence')).toBeNull();
    expect(Array.from(card()?.querySelectorAll('button') ?? [], textOf)).toEqual([]);
  });

  it('shows the published result: status, score, competences, the jury’s comment and the code to share', async () => {
    await load(buildUserCertification({ commentForCandidate: 'Bravo pour votre persévérance.' }));

    expect(textOf(card())).not.toContain('Résultats en attente de publication');
    expect(fact('Statut')).toBe('Validée');
    expect(fact('Score Pix')).toBe('345 / 1024');
    expect(fact('Code de vérification')).toBe('P-KMKBXT33');
    expect(textOf(card()?.querySelector('.fr-callout .fr-callout__title'))).toBe('Commentaire du jury');
    expect(textOf(card()?.querySelector('.fr-callout p'))).toBe('Bravo pour votre persévérance.');
    expect(card()?.querySelectorAll('.pix-competence')).toHaveLength(16);
    const link = card()?.querySelector<HTMLAnchorElement>('a[href*="/verification/"]');
    expect(link?.getAttribute('href')).toBe(`${location.origin}/verification/P-KMKBXT33`);
  });

  it('downloads the attestation with the bearer-protected request, under the name the gateway gave', async () => {
    await load(buildUserCertification());

    clickButton(page(), 'Télécharger mon attestation (PDF)');
    const request = gateway.expectOne('/api/me/certifications/501/attestation');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF-1.7']), {
      headers: { 'content-disposition': 'attachment; filename="attestation-lea-martin.pdf"' },
    });
    await fixture.whenStable();

    expect(saved.map((file) => file.fileName)).toEqual(['attestation-lea-martin.pdf']);
  });

  it('shows the French message when the attestation is refused', async () => {
    await load(buildUserCertification());

    clickButton(page(), 'Télécharger mon attestation (PDF)');
    gateway
      .expectOne('/api/me/certifications/501/attestation')
      .flush(
        new Blob([JSON.stringify(apiErrorBody(409, 'RESULTS_NOT_PUBLISHED', 'Les résultats ne sont pas publiés.'))]),
        { status: 409, statusText: 'Conflict' },
      );
    for (let tick = 0; tick < 10 && page().querySelector('[role="alert"]') === null; tick++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await fixture.whenStable();
    }

    expect(textOf(page().querySelector('[role="alert"]'))).toContain('Les résultats ne sont pas publiés.');
  });

  it('gives no code nor attestation for a rejected certification', async () => {
    await load(buildUserCertification({ status: 'rejected', pixScore: 0, competences: null }));

    expect(fact('Statut')).toBe('Rejetée');
    expect(fact('Score Pix')).toBe('0 / 1024');
    expect(fact('Code de vérification')).toBeUndefined();
    expect(page().querySelector('button')).toBeNull();
  });
});
