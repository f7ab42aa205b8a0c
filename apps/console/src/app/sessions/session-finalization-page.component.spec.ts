import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { FinalizationCandidate, FinalizationForm, IssueReportView } from '@pix/contracts';
import {
  apiErrorBody,
  buildCentre,
  buildMe,
  buildMembership,
  buildSession,
  buildSignedIn,
  textOf,
} from '../../testing/builders';
import { check, clickButton, typeInto } from '../../testing/dom';
import { AuthService } from '../core/auth/auth.service';
import { NoticeService } from '../core/ui/notice.service';
import { SessionFinalizationPageComponent } from './session-finalization-page.component';

function candidate(overrides: Partial<FinalizationCandidate> = {}): FinalizationCandidate {
  return {
    candidateId: 41,
    firstName: 'Léa',
    lastName: 'Martin',
    division: '3A',
    courseState: 'completed',
    answeredCount: 32,
    questionCount: 32,
    abortReasonRequired: false,
    examinerComment: null,
    abortReason: null,
    ...overrides,
  };
}

function buildForm(overrides: Partial<FinalizationForm> = {}): FinalizationForm {
  return {
    session: buildSession({ firstStartedAt: '2027-04-14T11:45:00.000Z' }),
    candidates: [
      candidate(),
      candidate({
        candidateId: 42,
        firstName: 'Hugo',
        lastName: 'Durand',
        courseState: 'started',
        answeredCount: 12,
        abortReasonRequired: true,
      }),
    ],
    examinerGlobalComment: null,
    hasIncident: false,
    hasJoiningIssue: false,
    ...overrides,
  };
}

const report = {
  id: 1,
  sessionId: 669,
  candidateId: 42,
  code: 'E5',
  category: 'IN_CHALLENGE',
  subcategory: 'WEBSITE_BLOCKED',
  label: 'Le site à visiter est bloqué par les restrictions réseau de l’établissement',
  description: null,
  questionNumber: 7,
  source: 'invigilator',
  recordedBy: 11,
  recordedAt: '2027-04-14T12:30:00.000Z',
  isImpactful: true,
  resolvedAt: null,
  resolution: null,
  hasBeenAutomaticallyResolved: false,
} as IssueReportView;

describe(SessionFinalizationPageComponent.name, () => {
  let fixture: ComponentFixture<SessionFinalizationPageComponent>;
  let gateway: HttpTestingController;
  const formUrl = '/api/centres/3/sessions/669/finalization';

  async function open(form = buildForm(), issueReports: readonly IssueReportView[] = [report]): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SessionFinalizationPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).signIn('claire', 'secret').subscribe();
    gateway
      .expectOne('/api/auth/token')
      .flush(
        buildSignedIn(
          'token-1',
          new Date(Date.now() + 15 * 60_000),
          buildMe({ memberships: [buildMembership({ centreId: 3, role: 'MEMBER' })] }),
        ),
      );
    fixture = TestBed.createComponent(SessionFinalizationPageComponent);
    fixture.componentRef.setInput('centre', buildCentre({ id: 3 }));
    fixture.componentRef.setInput('sessionId', '669');
    await fixture.whenStable();
    gateway.expectOne(formUrl).flush(form);
    gateway.expectOne('/api/centres/3/sessions/669/issue-reports').flush({ issueReports });
    await fixture.whenStable();
  }

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const rows = () =>
    Array.from(page().querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('th, td'), textOf));

  async function toStep2(): Promise<void> {
    clickButton(page(), 'J’ai reporté les signalements du PV d’incident');
    await fixture.whenStable();
  }

  it('first reminds to copy the PV d’incident onto each candidate, with the reports already recorded', async () => {
    await open();

    expect(textOf(page().querySelector('.fr-stepper__title'))).toContain('Étape 1 sur 2');
    expect(textOf(page().querySelector('.fr-callout'))).toContain('PV d’incident papier sur le candidat concerné');
    expect(Array.from(page().querySelectorAll('.pix-finalization__reports li'), textOf)).toEqual([
      'Hugo Durand — E5 Le site à visiter est bloqué par les restrictions réseau de l’établissement (question 7)',
    ]);
  });

  it('lists each started test with its status, and asks an abort reason only for the unfinished one', async () => {
    await open();
    await toStep2();

    expect(rows().map((row) => row.slice(0, 2))).toEqual([
      ['Martin Léa 3A', 'Test terminé 32 / 32 questions'],
      ['Durand Hugo 3A', 'Test non terminé 12 / 32 questions'],
    ]);
    expect(page().querySelector('#motif-41')).toBeNull();
    expect(Array.from(page().querySelectorAll('#motif-42 option'), textOf)).toEqual([
      'Choisir un motif',
      'Abandon : manque de temps ou départ prématuré',
      'Problème technique',
    ]);
    expect(textOf(page().querySelector('label[for="commentaire-global"]'))).toContain(
      'un commentaire global empêche le traitement automatique',
    );
  });

  it('refuses to go on without the abort reason or with a comment over 500 characters, asking nothing', async () => {
    await open();
    await toStep2();
    typeInto(page(), '#commentaire-41', 'x'.repeat(501));
    await fixture.whenStable();

    clickButton(page(), 'Finaliser la session');
    await fixture.whenStable();

    expect(textOf(page().querySelector('#erreurs-formulaire'))).toContain('Le formulaire comporte 2 erreur(s)');
    expect(Array.from(page().querySelectorAll('.fr-error-text'), textOf)).toEqual([
      'Le commentaire ne doit pas dépasser 500 caractères.',
      'Choisissez le motif d’abandon : ce candidat n’a pas terminé son test.',
    ]);
    expect(page().querySelector('#confirmer-finalisation')).toBeNull();
  });

  it('confirms, warning that processing time varies, then finalises and returns to the session', async () => {
    await open();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await toStep2();
    typeInto(page(), '#commentaire-41', '  A signé sur la mauvaise ligne.');
    typeInto(page(), '#motif-42', 'technical');
    typeInto(page(), '#commentaire-global', '   ');
    check(page(), '#incident');
    await fixture.whenStable();

    clickButton(page(), 'Finaliser la session');
    await fixture.whenStable();
    expect(textOf(page().querySelector('[aria-labelledby="confirmation-titre"]'))).toContain(
      'le délai de traitement est variable',
    );
    clickButton(page(), 'Confirmer la finalisation');
    const request = gateway.expectOne({ method: 'POST', url: formUrl });
    expect(request.request.body).toEqual({
      examinerGlobalComment: null,
      hasIncident: true,
      hasJoiningIssue: false,
      reports: [
        { candidateId: 41, examinerComment: '  A signé sur la mauvaise ligne.', abortReason: null },
        { candidateId: 42, examinerComment: null, abortReason: 'technical' },
      ],
    });
    request.flush(buildSession({ status: 'finalized' }));
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith(['/centres', 3, 'sessions', 669]);
    expect(TestBed.inject(NoticeService).take()?.message).toContain('La session n° 669 est finalisée.');
  });

  it('pre-fills what the last finalisation stored, after an unfinalisation by Pix', async () => {
    await open(
      buildForm({
        candidates: [
          candidate({
            courseState: 'ended_due_to_finalization',
            abortReasonRequired: true,
            abortReason: 'candidate',
            examinerComment: 'Parti à 15 h.',
          }),
        ],
        examinerGlobalComment: 'Alarme incendie.',
        hasJoiningIssue: true,
      }),
      [],
    );
    await toStep2();

    expect(page().querySelector<HTMLTextAreaElement>('#commentaire-41')?.value).toBe('Parti à 15 h.');
    expect(page().querySelector<HTMLSelectElement>('#motif-41')?.value).toBe('candidate');
    expect(page().querySelector<HTMLTextAreaElement>('#commentaire-global')?.value).toBe('Alarme incendie.');
    expect(page().querySelector<HTMLInputElement>('#accueil')?.checked).toBe(true);
    expect(rows()[0]?.[1]).toContain('Test arrêté à la finalisation');
  });

  it('shows a refusal with its French message, and offers to refresh when a test was completed meanwhile', async () => {
    await open();
    await toStep2();
    typeInto(page(), '#motif-42', 'candidate');
    await fixture.whenStable();
    clickButton(page(), 'Finaliser la session');
    await fixture.whenStable();
    clickButton(page(), 'Confirmer la finalisation');

    gateway
      .expectOne({ method: 'POST', url: formUrl })
      .flush(
        apiErrorBody(
          409,
          'ABORT_REASON_ON_COMPLETED_TEST',
          'Un motif d’abandon a été saisi pour Hugo Durand, qui a terminé son test entre-temps. Rafraîchissez la page.',
        ),
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    expect(textOf(page().querySelector('[role="alert"]'))).toContain('Rafraîchissez la page.');
    clickButton(page(), 'Rafraîchir le formulaire');
    gateway.expectOne(formUrl).flush(buildForm({ candidates: [candidate()] }));
    await fixture.whenStable();
    expect(rows()).toHaveLength(1);
  });

  it('lists the problems the service found per report', async () => {
    await open();
    await toStep2();
    typeInto(page(), '#motif-42', 'candidate');
    await fixture.whenStable();
    clickButton(page(), 'Finaliser la session');
    await fixture.whenStable();
    clickButton(page(), 'Confirmer la finalisation');

    gateway.expectOne({ method: 'POST', url: formUrl }).flush(
      apiErrorBody(400, 'FINALIZATION_INVALID', 'La finalisation comporte des informations invalides.', {
        problems: [{ field: 'reports', message: 'Le compte rendu de Noé Petit manque.' }],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(textOf(page().querySelector('[role="alert"]'))).toContain('Le compte rendu de Noé Petit manque.');
  });

  it('says a finalised session can no longer be changed', async () => {
    await open(buildForm({ session: buildSession({ status: 'finalized' }) }), []);

    expect(textOf(page().querySelector('.fr-alert'))).toContain('Cette session est déjà finalisée');
    expect(page().querySelector('.fr-stepper')).toBeNull();
  });
});
