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

  const reportsUrl = '/api/centres/3/sessions/669/issue-reports';
  const candidateBlock = (candidateId: number) =>
    page().querySelector(`.pix-finalization__candidate[data-candidate="${candidateId}"]`);
  const reportsOf = (candidateId: number) =>
    Array.from(candidateBlock(candidateId)?.querySelectorAll('.pix-finalization__reports li') ?? [], textOf);
  const deleteButton = (reportId: number) =>
    page().querySelector<HTMLButtonElement>(`li[data-report="${reportId}"] button`);
  function openReportForm(candidateId: number): void {
    const button = page().querySelector<HTMLButtonElement>(`#ajouter-signalement-${candidateId}`);
    if (button === null) throw new Error(`no « Ajouter un signalement » for ${candidateId}`);
    expect(textOf(button)).toBe('Ajouter un signalement');
    button.click();
  }

  async function toStep2(): Promise<void> {
    clickButton(page(), 'J’ai reporté les signalements du PV d’incident');
    await fixture.whenStable();
  }

  it('first reminds to copy the PV d’incident onto each candidate, with the reports already recorded', async () => {
    await open();

    expect(textOf(page().querySelector('.fr-stepper__title'))).toContain('Étape 1 sur 2');
    expect(textOf(page().querySelector('.fr-callout'))).toContain('PV d’incident papier sur le candidat concerné');
    expect(reportsOf(41)).toEqual([]);
    expect(textOf(candidateBlock(41))).toContain('Aucun signalement.');
    expect(reportsOf(42)).toEqual([
      'E5 Le site à visiter est bloqué par les restrictions réseau de l’établissement (question 7) — enregistré par : surveillant Supprimer',
    ]);
  });

  it('says who recorded each report, and offers no delete for the C6 of a PV de fraude', async () => {
    await open(buildForm(), [
      report,
      { ...report, id: 2, code: 'E3', label: 'Le fichier à télécharger ne s’ouvre pas', source: 'candidate_alert' },
      { ...report, id: 3, code: 'C1', label: 'Correction', questionNumber: null, description: 'Léo', source: 'centre' },
      {
        ...report,
        id: 4,
        code: 'C6',
        category: 'FRAUD',
        subcategory: null,
        label: 'Suspicion de fraude',
        questionNumber: null,
        source: 'fraud_report',
      },
    ]);

    expect(reportsOf(42).map((text) => (text ?? '').replace(/^.* — /, ''))).toEqual([
      'enregistré par : surveillant Supprimer',
      'enregistré par : alerte du candidat Supprimer',
      'enregistré par : centre Supprimer',
      'enregistré par : PV de fraude',
    ]);
    expect(deleteButton(4)).toBeNull();
    expect(deleteButton(1)?.getAttribute('aria-label')).toBe('Supprimer le signalement E5 de Hugo Durand');
  });

  it('offers only the creatable codes, with their French labels', async () => {
    await open();
    openReportForm(42);
    await fixture.whenStable();

    const codes = Array.from(page().querySelectorAll<HTMLOptionElement>('#signalement-42-code option'), (o) => o.value);
    expect(codes).toEqual([
      '',
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
    ]);
    expect(textOf(page().querySelector('#signalement-42-code option[value="C1"]'))).toBe(
      'C1 – Correction du nom, du prénom ou de la date de naissance',
    );
    expect(page().querySelector('#signalement-41-code')).toBeNull();
  });

  it('adds a C1 with its description, then lists the reports again', async () => {
    await open();
    openReportForm(42);
    await fixture.whenStable();
    typeInto(page(), '#signalement-42-code', 'C1');
    await fixture.whenStable();
    expect(page().querySelector('#signalement-42-question')).toBeNull();
    typeInto(page(), '#signalement-42-description', '  Nom exact : Durand-Petit ');
    await fixture.whenStable();
    expect(textOf(page().querySelector('#signalement-42-description-compteur'))).toBe('27 / 500 caractères');

    clickButton(page(), 'Enregistrer le signalement');
    const request = gateway.expectOne({ method: 'POST', url: reportsUrl });
    expect(request.request.body).toEqual({ candidateId: 42, code: 'C1', description: 'Nom exact : Durand-Petit' });
    const created = {
      ...report,
      id: 9,
      code: 'C1',
      label: 'Correction du nom, du prénom ou de la date de naissance',
      questionNumber: null,
      description: 'Nom exact : Durand-Petit',
      source: 'centre',
    } as IssueReportView;
    request.flush(created, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    gateway.expectOne({ method: 'GET', url: reportsUrl }).flush({ issueReports: [report, created] });
    await fixture.whenStable();

    expect(page().querySelector('pix-issue-report-form')).toBeNull();
    expect(reportsOf(42)[1]).toBe(
      'C1 Correction du nom, du prénom ou de la date de naissance : Nom exact : Durand-Petit — enregistré par : centre Supprimer',
    );
    expect(textOf(page().querySelector('[role="status"].fr-sr-only'))).toBe('Signalement C1 ajouté.');
  });

  it('asks the question number of an E3 before sending anything', async () => {
    await open();
    openReportForm(42);
    await fixture.whenStable();
    typeInto(page(), '#signalement-42-code', 'E3');
    await fixture.whenStable();
    expect(page().querySelector('#signalement-42-description')).toBeNull();

    clickButton(page(), 'Enregistrer le signalement');
    await fixture.whenStable();
    expect(textOf(page().querySelector('#signalement-42-question-messages'))).toBe(
      'Le numéro de question est obligatoire pour un problème sur une question.',
    );

    typeInto(page(), '#signalement-42-question', '501');
    await fixture.whenStable();
    clickButton(page(), 'Enregistrer le signalement');
    await fixture.whenStable();
    expect(textOf(page().querySelector('#signalement-42-question-messages'))).toBe(
      'Le numéro de question doit être un nombre entier entre 1 et 500.',
    );
    gateway.expectNone({ method: 'POST', url: reportsUrl });

    typeInto(page(), '#signalement-42-question', '12');
    await fixture.whenStable();
    clickButton(page(), 'Enregistrer le signalement');
    expect(gateway.expectOne({ method: 'POST', url: reportsUrl }).request.body).toEqual({
      candidateId: 42,
      code: 'E3',
      questionNumber: 12,
    });
  });

  it('asks for the description of a C7 and sends a C6 with nothing else', async () => {
    await open();
    openReportForm(41);
    await fixture.whenStable();
    typeInto(page(), '#signalement-41-code', 'C7');
    await fixture.whenStable();
    typeInto(page(), '#signalement-41-description', '   ');
    clickButton(page(), 'Enregistrer le signalement');
    await fixture.whenStable();
    expect(textOf(page().querySelector('#signalement-41-description-messages'))).toBe(
      'La description est obligatoire pour ce signalement.',
    );
    gateway.expectNone({ method: 'POST', url: reportsUrl });

    typeInto(page(), '#signalement-41-code', 'C6');
    await fixture.whenStable();
    expect(textOf(page().querySelector('#signalement-41-code-aide'))).toBe('Remplir aussi un PV de fraude.');
    expect(page().querySelector('#signalement-41-description')).toBeNull();
    clickButton(page(), 'Enregistrer le signalement');
    expect(gateway.expectOne({ method: 'POST', url: reportsUrl }).request.body).toEqual({
      candidateId: 41,
      code: 'C6',
    });
  });

  it('shows the problems the service found under their fields', async () => {
    await open();
    openReportForm(42);
    await fixture.whenStable();
    typeInto(page(), '#signalement-42-code', 'E11');
    await fixture.whenStable();
    typeInto(page(), '#signalement-42-question', '40');
    await fixture.whenStable();
    clickButton(page(), 'Enregistrer le signalement');

    gateway.expectOne({ method: 'POST', url: reportsUrl }).flush(
      apiErrorBody(400, 'ISSUE_REPORT_INVALID', 'Le signalement comporte des informations invalides.', {
        problems: [
          { field: 'questionNumber', message: 'Ce candidat n’a répondu qu’à 12 questions.' },
          { field: 'candidateId', message: 'Le candidat concerné est invalide.' },
        ],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(textOf(page().querySelector('#signalement-42-question-messages'))).toBe(
      'Ce candidat n’a répondu qu’à 12 questions.',
    );
    expect(page().querySelector('#signalement-42-question')?.getAttribute('aria-invalid')).toBe('true');
    const alert = textOf(page().querySelector('pix-issue-report-form [role="alert"]'));
    expect(alert).toContain('Le signalement comporte des informations invalides.');
    expect(alert).toContain('Le candidat concerné est invalide.');
    expect(page().querySelector('pix-issue-report-form')).not.toBeNull();
  });

  it('deletes a report, then lists the reports again', async () => {
    await open();

    deleteButton(1)?.click();
    const request = gateway.expectOne({ method: 'DELETE', url: `${reportsUrl}/1` });
    request.flush({ deleted: true });
    await fixture.whenStable();
    gateway.expectOne({ method: 'GET', url: reportsUrl }).flush({ issueReports: [] });
    await fixture.whenStable();

    expect(reportsOf(42)).toEqual([]);
    expect(page().querySelector('#aucun-signalement')).not.toBeNull();
  });

  it('shows why a report could not be deleted', async () => {
    await open(buildForm(), [{ ...report, code: 'C6', source: 'invigilator' }]);

    deleteButton(1)?.click();
    gateway
      .expectOne({ method: 'DELETE', url: `${reportsUrl}/1` })
      .flush(
        apiErrorBody(409, 'ISSUE_REPORT_NOT_DELETABLE', 'Ce signalement accompagne un PV de fraude : il est conservé.'),
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    expect(textOf(page().querySelector('[role="alert"]'))).toContain(
      'Ce signalement accompagne un PV de fraude : il est conservé.',
    );
    gateway.expectNone({ method: 'GET', url: reportsUrl });
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
