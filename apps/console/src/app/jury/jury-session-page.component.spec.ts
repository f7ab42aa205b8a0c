import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { JurySessionDetail, StaffRole } from '@pix/contracts';
import { apiErrorBody, buildMe, buildSignedIn, textOf } from '../../testing/builders';
import { clickButton, typeInto } from '../../testing/dom';
import { buildJuryCertification, buildJurySessionDetail } from '../../testing/jury-builders';
import { AuthService } from '../core/auth/auth.service';
import { JurySessionPageComponent } from './jury-session-page.component';

describe(JurySessionPageComponent.name, () => {
  let fixture: ComponentFixture<JurySessionPageComponent>;
  let gateway: HttpTestingController;

  async function open(detail: JurySessionDetail, staffRole: StaffRole = 'CERTIF'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [JurySessionPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).signIn('agent', 'secret').subscribe();
    gateway
      .expectOne('/api/auth/token')
      .flush(
        buildSignedIn(
          'token-1',
          new Date(Date.now() + 15 * 60_000),
          buildMe({ user: { id: 5, firstName: 'Nadia', lastName: 'Roux', staffRole }, memberships: [] }),
        ),
      );
    fixture = TestBed.createComponent(JurySessionPageComponent);
    fixture.componentRef.setInput('sessionId', '669');
    await fixture.whenStable();
    gateway.expectOne('/api/jury/sessions/669').flush(detail);
    await fixture.whenStable();
  }

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const buttons = () => Array.from(page().querySelectorAll('button'), textOf);
  const fact = (root: Element | null, term: string) => {
    const entry = Array.from(root?.querySelectorAll('dl > div') ?? []).find(
      (div) => textOf(div.querySelector('dt')) === term,
    );
    return textOf(entry?.querySelector('dd'));
  };
  const certification = () => page().querySelector('pix-jury-certification');
  const questionRows = () =>
    Array.from(certification()?.querySelectorAll('table')[0]?.querySelectorAll('tbody tr') ?? [], (row) =>
      Array.from(row.querySelectorAll('th, td'), textOf),
    );

  it('shows the session, its flags and what blocks its publication', async () => {
    await open(
      buildJurySessionDetail({
        status: 'in_process',
        assignedTo: { userId: 9, name: 'Marc Petit' },
        examinerGlobalComment: 'Coupure du réseau à 14 h.',
        hasIncident: true,
        publishable: false,
        blockers: ['Le surveillant a laissé un commentaire global.'],
        juryComment: 'Vu avec le centre.',
      }),
    );

    expect(textOf(page().querySelector('h1'))).toBe('Session n° 669 – Collège Jean Moulin En cours de traitement');
    expect(fact(page(), 'Date')).toBe('mercredi 14 avril 2027 à 13 h 30');
    expect(fact(page(), 'Surveillant(s)')).toBe('Sophie Dupont');
    expect(fact(page(), 'Assignée à')).toBe('Marc Petit');
    expect(textOf(page().querySelector('.jury-flags'))).toBe('Incident signalé pendant la session');
    expect(textOf(page().querySelector('.fr-callout'))).toContain('Coupure du réseau à 14 h.');
    const blockers = page().querySelector('.fr-alert--warning');
    expect(textOf(blockers?.querySelector('h2'))).toBe('La session n’est pas publiable');
    expect(Array.from(blockers?.querySelectorAll('li') ?? [], textOf)).toEqual([
      'Le surveillant a laissé un commentaire global.',
    ]);
    expect(page().querySelector<HTMLTextAreaElement>('#commentaire-jury-session')?.value).toBe('Vu avec le centre.');
    expect(buttons()).toEqual(
      expect.arrayContaining(['M’assigner la session', 'Publier', 'Définaliser', 'Supprimer le commentaire']),
    );
  });

  it('shows each certification: identity, result, reports, questions and result history', async () => {
    await open(
      buildJurySessionDetail({
        certifications: [
          buildJuryCertification({
            abortReason: 'technical',
            examinerComment: 'Ordinateur redémarré.',
            issueReports: [
              {
                id: 31,
                code: 'E1',
                label: 'Le site à visiter est indisponible',
                description: null,
                questionNumber: 2,
                isImpactful: true,
                resolvedAt: '2027-04-14T16:01:00.000Z',
                resolution: 'Question neutralisée.',
                hasBeenAutomaticallyResolved: true,
              },
              {
                id: 32,
                code: 'C1',
                label: 'Modification du prénom ou du nom',
                description: 'Léa s’écrit avec un accent.',
                questionNumber: null,
                isImpactful: false,
                resolvedAt: null,
                resolution: null,
                hasBeenAutomaticallyResolved: false,
              },
            ],
          }),
        ],
      }),
    );

    expect(textOf(certification()?.querySelector('h3'))).toBe('Certification n° 501 – Léa Martin Validée');
    expect(fact(certification(), 'Score Pix')).toBe('345');
    expect(fact(certification(), 'Motif d’abandon')).toBe('Problème technique');
    expect(fact(certification(), 'Commentaire du surveillant')).toBe('Ordinateur redémarré.');
    expect(fact(certification(), 'Date de naissance')).toBe('07/03/2011');
    const reports = Array.from(certification()?.querySelectorAll('.jury-report') ?? []);
    expect(textOf(reports[0])).toContain('Résolu automatiquement : Question neutralisée.');
    expect(reports[0]?.querySelector('button')).toBeNull();
    expect(textOf(reports[1]?.querySelector('button'))).toBe('Résoudre le signalement C1');
    expect(questionRows()).toEqual([
      ['1', '1.1', 'Correcte', 'Non', 'Non', 'Neutraliser la question 1'],
      ['2', '1.1', 'Incorrecte', 'Non', 'Non', 'Neutraliser la question 2'],
    ]);
    const history = certification()?.querySelectorAll('table')[1];
    expect(Array.from(history?.querySelectorAll('tbody td') ?? [], textOf)).toEqual([
      'Validée',
      '345',
      '86 %',
      'Algorithme Pix',
      '',
    ]);
  });

  it('neutralises a question and shows the session the gateway sent back', async () => {
    await open(buildJurySessionDetail());

    clickButton(page(), 'Neutraliser la question 2');
    const action = gateway.expectOne('/api/jury/sessions/669/actions');
    expect(action.request.method).toBe('POST');
    expect(action.request.body).toEqual({ kind: 'neutralize', certificationId: 501, challengeId: 'rec2' });
    const questions = buildJuryCertification().questions.map((question) =>
      question.challengeId === 'rec2' ? { ...question, neutralized: true, neutralizedBy: 'jury' } : question,
    );
    action.flush(
      buildJurySessionDetail({
        certifications: [
          buildJuryCertification({
            pixScore: 352,
            questions,
          }),
        ],
        audit: [
          {
            id: 1,
            action: 'neutralize',
            userId: 5,
            at: '2027-04-20T08:00:00.000Z',
            certificationId: 501,
            before: null,
            after: null,
          },
        ],
      }),
    );
    await fixture.whenStable();

    expect(questionRows()[1]).toEqual(['2', '1.1', 'Incorrecte', 'Oui (jury)', 'Non', 'Dé-neutraliser la question 2']);
    expect(fact(certification(), 'Score Pix')).toBe('352');
    expect(textOf(page().querySelector('[role="status"]'))).toBe('Question neutralisée : certification n° 501.');
    const audit = Array.from(page().querySelectorAll('table')).at(-1);
    expect(Array.from(audit?.querySelectorAll('tbody tr th, tbody tr td') ?? [], textOf).slice(1)).toEqual([
      'Question neutralisée',
      'n° 5',
      '501',
    ]);
  });

  it('publishes only after confirmation', async () => {
    await open(buildJurySessionDetail());

    clickButton(page(), 'Publier');
    await fixture.whenStable();
    gateway.expectNone('/api/jury/sessions/669/actions');
    expect(textOf(page().querySelector('#decision-titre'))).toBe('Publier la session ?');
    clickButton(page(), 'Publier la session');
    const action = gateway.expectOne('/api/jury/sessions/669/actions');
    expect(action.request.body).toEqual({ kind: 'publish' });
    action.flush(buildJurySessionDetail({ status: 'processed', publishedAt: '2027-04-20T08:00:00.000Z' }));
    await fixture.whenStable();

    expect(textOf(page().querySelector('h1'))).toBe('Session n° 669 – Collège Jean Moulin Résultats transmis');
    expect(buttons()).toContain('Dépublier');
    expect(buttons()).not.toContain('Publier');
    expect(buttons()).not.toContain('Définaliser');
  });

  it('cancels a certification after confirmation', async () => {
    await open(buildJurySessionDetail());

    clickButton(page(), 'Annuler');
    await fixture.whenStable();
    clickButton(page(), 'Annuler la certification');
    const action = gateway.expectOne('/api/jury/sessions/669/actions');
    expect(action.request.body).toEqual({ kind: 'cancel', certificationId: 501 });
    action.flush(
      buildJurySessionDetail({
        certifications: [buildJuryCertification({ status: 'cancelled', isCancelled: true, pixScore: 0 })],
      }),
    );
    await fixture.whenStable();

    expect(textOf(certification()?.querySelector('h3'))).toBe('Certification n° 501 – Léa Martin Annulée');
    expect(buttons()).toContain('Désannuler');
  });

  it('corrects the identity and shows the refused fields under them', async () => {
    await open(buildJurySessionDetail());

    clickButton(page(), 'Corriger l’identité de Léa Martin');
    await fixture.whenStable();
    typeInto(page(), '#identite-501-firstName', '  Léa   Anne ');
    typeInto(page(), '#identite-501-birthdate', '1899-12-31');
    clickButton(page(), 'Enregistrer l’identité');
    const action = gateway.expectOne('/api/jury/sessions/669/actions');
    expect(action.request.body).toEqual({
      kind: 'correct-identity',
      certificationId: 501,
      identity: {
        firstName: 'Léa Anne',
        lastName: 'Martin',
        sex: 'F',
        birthdate: '1899-12-31',
        birthCity: 'Paris',
        birthCountry: 'France',
        birthINSEECode: '75056',
        birthPostalCode: null,
      },
    });
    action.flush(
      apiErrorBody(400, 'JURY_ACTION_INVALID', 'L’identité n’a pas été corrigée.', {
        problems: [{ field: 'birthdate', message: 'La date de naissance doit être postérieure à 1900.' }],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(textOf(certification()?.querySelector('[role="alert"]'))).toContain('L’identité n’a pas été corrigée.');
    expect(textOf(page().querySelector('#identite-501-birthdate-messages'))).toBe(
      'La date de naissance doit être postérieure à 1900.',
    );
  });

  it('saves the three jury comments of a certification', async () => {
    await open(buildJurySessionDetail());

    typeInto(page(), '#commentaire-candidat-501', 'Résultat confirmé.');
    typeInto(page(), '#commentaire-jury-501', 'Vérifié avec le PV.');
    clickButton(page(), 'Enregistrer les commentaires de la certification n° 501');

    expect(gateway.expectOne('/api/jury/sessions/669/actions').request.body).toEqual({
      kind: 'comment-certification',
      certificationId: 501,
      commentForCandidate: 'Résultat confirmé.',
      commentForOrganization: null,
      commentByJury: 'Vérifié avec le PV.',
    });
  });

  it('resolves a report by hand', async () => {
    await open(
      buildJurySessionDetail({
        certifications: [
          buildJuryCertification({
            issueReports: [
              {
                id: 32,
                code: 'C1',
                label: 'Modification du prénom ou du nom',
                description: null,
                questionNumber: null,
                isImpactful: false,
                resolvedAt: null,
                resolution: null,
                hasBeenAutomaticallyResolved: false,
              },
            ],
          }),
        ],
      }),
    );

    clickButton(page(), 'Résoudre le signalement C1');
    await fixture.whenStable();
    typeInto(page(), '#resolution-32', 'Nom corrigé.');
    clickButton(page(), 'Enregistrer la résolution');

    expect(gateway.expectOne('/api/jury/sessions/669/actions').request.body).toEqual({
      kind: 'resolve-report',
      certificationId: 501,
      issueReportId: 32,
      resolution: 'Nom corrigé.',
    });
  });

  it('shows everything but no action to the read-only METIER role', async () => {
    await open(
      buildJurySessionDetail({
        juryComment: 'Vu avec le centre.',
        certifications: [
          buildJuryCertification({
            commentForCandidate: 'Résultat confirmé.',
            issueReports: [
              {
                id: 32,
                code: 'C1',
                label: 'Modification du prénom ou du nom',
                description: null,
                questionNumber: null,
                isImpactful: false,
                resolvedAt: null,
                resolution: null,
                hasBeenAutomaticallyResolved: false,
              },
            ],
          }),
        ],
      }),
      'METIER',
    );

    expect(buttons()).toEqual([]);
    expect(page().querySelectorAll('textarea, input, select')).toHaveLength(0);
    expect(questionRows()).toEqual([
      ['1', '1.1', 'Correcte', 'Non', 'Non'],
      ['2', '1.1', 'Incorrecte', 'Non', 'Non'],
    ]);
    expect(fact(certification(), 'Pour le candidat')).toBe('Résultat confirmé.');
    expect(textOf(page().querySelector('.fr-callout'))).toContain('Vu avec le centre.');
  });
});
