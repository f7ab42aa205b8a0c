import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CentreType } from '@pix/contracts';
import {
  apiErrorBody,
  buildCandidate,
  buildCentre,
  buildMe,
  buildMembership,
  buildSession,
  buildSignedIn,
  textOf,
} from '../../testing/builders';
import { chooseFile, clickButton, typeInto } from '../../testing/dom';
import { AuthService } from '../core/auth/auth.service';
import { FileSaver } from '../core/http/download';
import { SessionDetailPageComponent } from './session-detail-page.component';

describe(SessionDetailPageComponent.name, () => {
  let fixture: ComponentFixture<SessionDetailPageComponent>;
  let gateway: HttpTestingController;
  let saved: { fileName: string; blob: Blob }[];

  async function open(type: CentreType): Promise<void> {
    saved = [];
    TestBed.configureTestingModule({
      imports: [SessionDetailPageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: FileSaver, useValue: { save: (file: { fileName: string; blob: Blob }) => saved.push(file) } },
      ],
    });
    gateway = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).signIn('claire', 'secret').subscribe();
    gateway
      .expectOne('/api/auth/token')
      .flush(
        buildSignedIn(
          'token-1',
          new Date(Date.now() + 15 * 60_000),
          buildMe({ memberships: [buildMembership({ centreId: 3, centreType: type, role: 'MEMBER' })] }),
        ),
      );
    fixture = TestBed.createComponent(SessionDetailPageComponent);
    fixture.componentRef.setInput('centre', buildCentre({ id: 3, type }));
    fixture.componentRef.setInput('sessionId', '669');
    await fixture.whenStable();
  }

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const fact = (term: string) => {
    const entry = Array.from(page().querySelectorAll('dl > div')).find(
      (div) => textOf(div.querySelector('dt')) === term,
    );
    return textOf(entry?.querySelector('dd'));
  };

  async function load(session = buildSession(), candidates = [buildCandidate()]): Promise<void> {
    gateway.expectOne('/api/centres/3/sessions/669').flush(session);
    gateway.expectOne('/api/centres/3/sessions/669/candidates').flush({ candidates });
    await fixture.whenStable();
  }

  it('shows the session as the invigilator kit prints it, with its warnings', async () => {
    await open('SCO');
    await load(
      buildSession({
        candidateCount: 1,
        expectedEndTime: '16:05',
        warnings: [
          { code: 'OUTSIDE_CERTIFICATION_WINDOW', message: 'Le 14/04/2027 est hors de la période de certification.' },
        ],
      }),
    );
    gateway.expectOne('/api/centres/3/divisions').flush({ divisions: [] });
    await fixture.whenStable();

    expect(textOf(page().querySelector('h1'))).toBe('Session n° 669 Créée');
    expect(fact('Numéro de session')).toBe('669 À l’usage du surveillant et des candidats');
    expect(fact('Code d’accès candidat')).toBe('TQVF63 À fournir aux candidats au lancement du test');
    expect(fact('Mot de passe de session surveillant')).toBe('C-24WB4 À l’usage exclusif du surveillant');
    expect(fact('Date')).toBe('mercredi 14 avril 2027');
    expect(fact('Heure de début')).toBe('13 h 30');
    expect(fact('Heure de fin prévue')).toContain('16 h 05');
    expect(textOf(page().querySelector('.fr-alert--warning'))).toBe(
      'Le 14/04/2027 est hors de la période de certification.',
    );
  });

  it('offers the attestations of a published session, for the whole session or one of its classes', async () => {
    await open('SCO');
    await load(buildSession({ status: 'processed', publishedAt: '2027-05-02T10:00:00.000Z', candidateCount: 3 }), [
      buildCandidate({ id: 41, division: '3B' }),
      buildCandidate({ id: 42, division: '3A' }),
      buildCandidate({ id: 43, division: '3B' }),
    ]);
    // The results section of a published session asks for them too.
    gateway.expectOne('/api/centres/3/sessions/669/results').flush({
      sessionId: 669,
      published: true,
      publishedAt: '2027-05-02T10:00:00.000Z',
      divisions: ['3A', '3B'],
      certifications: [],
    });
    await fixture.whenStable();

    expect(textOf(page().querySelector('#attestations'))).toBe('Attestations de certification');
    expect(Array.from(page().querySelectorAll('#attestations-division option'), textOf)).toEqual([
      'Toute la session',
      'Classe 3A',
      'Classe 3B',
    ]);
    clickButton(page(), 'Télécharger les attestations');
    gateway
      .expectOne('/api/centres/3/sessions/669/attestations')
      .flush(
        { status: 'failed', batchId: 'b', done: 0, total: 0, error: 'Aucune attestation à générer.' },
        { status: 202, statusText: 'Accepted' },
      );
    await fixture.whenStable();
    fixture.detectChanges();

    expect(page().textContent).toContain('Aucune attestation à générer.');
  });

  it('offers no attestation before the results are published', async () => {
    await open('SCO');
    await load(buildSession({ status: 'finalized', finalizedAt: '2027-04-14T16:00:00.000Z', publishedAt: null }));

    expect(page().querySelector('#attestations')).toBeNull();
    expect(page().textContent).not.toContain('Télécharger les attestations');
  });

  it('lists the candidates of a SCO session with their class and extra time', async () => {
    await open('SCO');
    await load(buildSession({ candidateCount: 2 }), [
      buildCandidate({ id: 41, lastName: 'Martin', firstName: 'Léa', birthdate: '2011-03-07', division: '3A' }),
      buildCandidate({ id: 42, lastName: 'Durand', firstName: 'Hugo', division: '3B', extraTimePercentage: 0.33 }),
    ]);
    gateway.expectOne('/api/centres/3/divisions').flush({ divisions: [] });
    await fixture.whenStable();

    const header = Array.from(page().querySelectorAll('thead th'), textOf);
    const rows = Array.from(page().querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), textOf),
    );
    expect(header).toEqual(['Nom de naissance', 'Prénom', 'Date de naissance', 'Classe', 'Temps majoré', 'Actions']);
    expect(rows).toEqual([
      ['Martin', 'Léa', '07/03/2011', '3A', '—', 'Retirer Léa Martin'],
      ['Durand', 'Hugo', '07/03/2011', '3B', '33 %', 'Retirer Hugo Durand'],
    ]);
  });

  it('enrols a whole class in a SCO session and shows the counts', async () => {
    await open('SCO');
    await load();
    gateway.expectOne('/api/centres/3/divisions').flush({
      divisions: [
        { name: '3A', activePupils: 28 },
        { name: '3B', activePupils: 1 },
      ],
    });
    await fixture.whenStable();

    expect(Array.from(page().querySelectorAll('#enrol-division option'), textOf)).toEqual([
      'Choisir une classe',
      '3A (28 élèves)',
      '3B (1 élève)',
    ]);
    typeInto(page(), '#enrol-division', '3A');
    clickButton(page(), 'Inscrire la classe');
    const enrol = gateway.expectOne('/api/centres/3/sessions/669/candidates/enrol-pupils');
    expect(enrol.request.body).toEqual({ division: '3A' });
    enrol.flush({ enrolled: 27, alreadyEnrolled: 1, candidateCount: 28 });
    await fixture.whenStable();
    await load(buildSession({ candidateCount: 28 }), [buildCandidate()]);

    expect(textOf(page().querySelector('[role="status"]'))).toBe(
      'Classe 3A : 27 élève(s) inscrit(s), 1 déjà inscrit(s). La session compte 28 candidat(s).',
    );
    expect(page().querySelector('#ajouter-candidat')).toBeNull();
  });

  it('imports the candidate list of a non-SCO session and shows the per-line errors of a refused file', async () => {
    await open('PRO');
    await load(buildSession({ certificationCenterType: 'PRO' }), []);

    chooseFile(page(), '#candidate-list-file', new File(['x'], 'liste.ods'));
    clickButton(page(), 'Importer la liste des candidats');
    const upload = gateway.expectOne('/api/centres/3/sessions/669/candidates/import');
    expect(upload.request.method).toBe('POST');
    expect(upload.request.body).toBeInstanceOf(FormData);
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush(
      apiErrorBody(
        400,
        'CANDIDATE_IMPORT_INVALID',
        'Le fichier contient une erreur : la liste des candidats n’a pas été modifiée.',
        {
          errors: [
            {
              line: 3,
              column: '* Sexe (M ou F)',
              code: 'SEX_INVALID',
              message: 'Ligne 3, colonne « * Sexe (M ou F) » : le sexe doit être M ou F.',
            },
          ],
        },
      ),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const alert = page().querySelector<HTMLElement>('[role="alert"]');
    expect(textOf(alert?.querySelector('h2'))).toBe('La liste des candidats n’a pas été importée');
    expect(Array.from(alert?.querySelectorAll('li') ?? [], textOf)).toEqual([
      'Ligne 3, colonne « * Sexe (M ou F) » : le sexe doit être M ou F.',
    ]);
  });

  it('adds a candidate typed in, and shows the refused fields under them', async () => {
    await open('SUP');
    await load(buildSession({ certificationCenterType: 'SUP' }), []);

    clickButton(page(), 'Ajouter un candidat');
    await fixture.whenStable();
    typeInto(page(), '#candidate-lastName', 'Martin');
    typeInto(page(), '#candidate-firstName', 'Léa');
    page().querySelector<HTMLInputElement>('#candidate-sex-f')?.click();
    typeInto(page(), '#candidate-birthdate', '2001-03-07');
    typeInto(page(), '#candidate-birthINSEECode', '75056');
    typeInto(page(), '#candidate-extraTimePercentage', '30');
    typeInto(page(), '#candidate-billingMode', 'FREE');
    clickButton(page(), 'Ajouter le candidat');
    const add = gateway.expectOne('/api/centres/3/sessions/669/candidates');
    expect(add.request.body).toEqual({
      lastName: 'Martin',
      firstName: 'Léa',
      sex: 'F',
      birthdate: '2001-03-07',
      birthCountry: 'France',
      birthINSEECode: '75056',
      birthPostalCode: null,
      birthCity: null,
      externalId: null,
      extraTimePercentage: 30,
      billingMode: 'FREE',
      prepaymentCode: null,
      email: null,
      resultRecipientEmail: null,
    });
    add.flush(
      apiErrorBody(400, 'CANDIDATE_INVALID', 'Le candidat comporte des informations invalides.', {
        problems: [
          { field: 'birthINSEECode', code: 'BIRTH_INSEE_CODE_NOT_FOUND', message: 'Le code INSEE 75056 n’existe pas.' },
        ],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(textOf(page().querySelector('#candidate-birthINSEECode-messages'))).toBe(
      'Le code INSEE 75056 n’existe pas.',
    );
  });

  it('downloads a document with the file name the gateway gave', async () => {
    await open('PRO');
    await load(buildSession(), []);

    clickButton(page(), 'Kit surveillant (PDF)');
    await fixture.whenStable();
    expect(textOf(page().querySelector('[aria-busy="true"]'))).toBe('Préparation du document… (PDF)');
    const request = gateway.expectOne('/api/centres/3/sessions/669/documents/invigilator-kit');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF']), {
      headers: { 'content-disposition': 'attachment; filename="kit-surveillant-669.pdf"' },
    });
    await fixture.whenStable();

    expect(saved.map((file) => file.fileName)).toEqual(['kit-surveillant-669.pdf']);
    expect(page().querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('removes a candidate after confirmation', async () => {
    await open('PRO');
    await load(buildSession({ candidateCount: 1 }), [buildCandidate({ id: 41 })]);

    page().querySelector<HTMLButtonElement>('#retirer-41')?.click();
    await fixture.whenStable();
    clickButton(page(), 'Retirer le candidat');
    gateway
      .expectOne('/api/centres/3/sessions/669/candidates/41')
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    await load(buildSession({ candidateCount: 0 }), []);

    expect(textOf(page().querySelector('[role="status"]'))).toBe('Léa Martin a été retiré(e) de la session.');
    expect(textOf(page().querySelector('#candidats'))).toBe('Candidats (0)');
  });

  it('offers « Finaliser la session » once a candidate started, and says when it is overdue', async () => {
    await open('SCO');
    await load(
      buildSession({ firstStartedAt: '2027-04-14T11:45:00.000Z', finalizationOverdue: true, deletable: false }),
    );
    gateway.expectOne('/api/centres/3/divisions').flush({ divisions: [] });
    await fixture.whenStable();

    const links = Array.from(page().querySelectorAll<HTMLAnchorElement>('.pix-page-heading a'), (link) => [
      textOf(link),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Finaliser la session', '/centres/3/sessions/669/finalisation'],
      ['Modifier la session', '/centres/3/sessions/669/modifier'],
    ]);
    expect(textOf(page().querySelector('#finalisation-en-retard'))).toContain('À finaliser : plus de 48 h.');
  });

  it('offers no finalisation before anyone started', async () => {
    await open('SCO');
    await load(buildSession());
    gateway.expectOne('/api/centres/3/divisions').flush({ divisions: [] });
    await fixture.whenStable();

    expect(textOf(page().querySelector('.pix-page-heading'))).not.toContain('Finaliser');
    expect(page().querySelector('#finalisation-en-retard')).toBeNull();
  });
});
