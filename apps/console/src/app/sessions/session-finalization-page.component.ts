import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type {
  AbortReason,
  CentreView,
  CourseStateForFinalization,
  FinalizationCandidate,
  FinalizationForm,
  IssueReportSource,
  IssueReportView,
} from '@pix/contracts';
import { AuthService } from '../core/auth/auth.service';
import { centreAccess } from '../core/auth/centre-access';
import { loadWith } from '../core/data/loadable';
import { ApiError, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { NoticeService } from '../core/ui/notice.service';
import { FinalizationService } from './finalization.service';
import { IssueReportFormComponent } from './issue-report-form.component';

/** Rules §8: the examiner's comment on one candidate. */
export const MAX_EXAMINER_COMMENT = 500;

/** Rules §8, wording of Pix Certif. */
export const ABORT_REASON_OPTIONS: readonly { readonly value: AbortReason; readonly label: string }[] = [
  { value: 'candidate', label: 'Abandon : manque de temps ou départ prématuré' },
  { value: 'technical', label: 'Problème technique' },
];

export const COURSE_STATE_LABELS: Readonly<Record<CourseStateForFinalization, string>> = {
  started: 'Test non terminé',
  completed: 'Test terminé',
  ended_by_invigilator: 'Test arrêté par le surveillant',
  ended_due_to_finalization: 'Test arrêté à la finalisation',
};

/** Who recorded a report, as step 1 tells it. */
export const ISSUE_REPORT_SOURCE_LABELS: Readonly<Record<IssueReportSource, string>> = {
  invigilator: 'surveillant',
  candidate_alert: 'alerte du candidat',
  centre: 'centre',
  fraud_report: 'PV de fraude',
};

function reportName(report: IssueReportView): string {
  return report.code === null ? 'Signalement' : `Signalement ${report.code}`;
}

interface CandidateEntry {
  readonly comment: string;
  readonly reason: AbortReason | '';
}

/**
 * « Finaliser la session » (rules §8), in two steps: first copy the reports of the paper PV d'incident onto each
 * candidate (the reports already recorded for the session are shown), then, per started test, the examiner's comment
 * and — for an unfinished test only — the abort reason; the session-level answers; a confirmation, since the session
 * is then frozen.
 */
@Component({
  selector: 'pix-session-finalization-page',
  imports: [RouterLink, ErrorAlertComponent, IssueReportFormComponent],
  templateUrl: './session-finalization-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionFinalizationPageComponent {
  private readonly auth = inject(AuthService);
  private readonly service = inject(FinalizationService);
  private readonly notices = inject(NoticeService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly centre = input.required<CentreView>();
  readonly sessionId = input.required<string>();

  protected readonly ref = computed(() => ({ centreId: this.centre().id, sessionId: Number(this.sessionId()) }));
  protected readonly form = loadWith(this.ref, ({ centreId, sessionId }) => this.service.form(centreId, sessionId));
  protected readonly issueReports = loadWith(this.ref, ({ centreId, sessionId }) =>
    this.service.issueReports(centreId, sessionId),
  );
  /** The reports of each candidate, in the order they were recorded. */
  protected readonly reportsByCandidate = computed(() => {
    const byCandidate = new Map<number, IssueReportView[]>();
    for (const report of this.issueReports.value() ?? []) {
      const reports = byCandidate.get(report.candidateId);
      if (reports === undefined) byCandidate.set(report.candidateId, [report]);
      else reports.push(report);
    }
    return byCandidate;
  });
  protected readonly access = computed(() => centreAccess(this.auth.me(), this.centre().id));

  protected readonly step = signal<1 | 2>(1);
  /** Per candidate, pre-filled with what the last finalisation stored (after an unfinalisation by Pix). */
  protected readonly entries = linkedSignal<FinalizationForm | undefined, Readonly<Record<number, CandidateEntry>>>({
    source: this.form.value,
    computation: (form) =>
      Object.fromEntries(
        (form?.candidates ?? []).map((candidate) => [
          candidate.candidateId,
          { comment: candidate.examinerComment ?? '', reason: candidate.abortReason ?? '' },
        ]),
      ),
  });
  protected readonly globalComment = linkedSignal(() => this.form.value()?.examinerGlobalComment ?? '');
  protected readonly hasIncident = linkedSignal(() => this.form.value()?.hasIncident ?? false);
  protected readonly hasJoiningIssue = linkedSignal(() => this.form.value()?.hasJoiningIssue ?? false);

  protected readonly showProblems = signal(false);
  protected readonly confirming = signal(false);
  protected readonly finalizing = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  /** What the form can tell before asking: a missing abort reason, a comment too long. */
  protected readonly problems = computed(() => {
    const problems: Record<number, { reason?: string; comment?: string }> = {};
    for (const candidate of this.form.value()?.candidates ?? []) {
      const entry = this.entryOf(candidate.candidateId);
      const problem: { reason?: string; comment?: string } = {};
      if (candidate.abortReasonRequired && entry.reason === '') {
        problem.reason = 'Choisissez le motif d’abandon : ce candidat n’a pas terminé son test.';
      }
      if (entry.comment.length > MAX_EXAMINER_COMMENT) {
        problem.comment = `Le commentaire ne doit pas dépasser ${MAX_EXAMINER_COMMENT} caractères.`;
      }
      if (problem.reason !== undefined || problem.comment !== undefined) problems[candidate.candidateId] = problem;
    }
    return problems;
  });
  protected readonly problemCount = computed(() => Object.keys(this.problems()).length);
  /** Messages the service sent per field (`reports[i].examinerComment`…), shown with the form. */
  protected readonly serverProblems = computed(() =>
    Object.entries(this.error()?.fieldProblems ?? {}).flatMap(([, messages]) => messages),
  );

  /** Step 1: the candidate whose « Ajouter un signalement » form is open. */
  protected readonly addingFor = signal<number | null>(null);
  protected readonly deletingId = signal<number | null>(null);
  protected readonly reportError = signal<ApiError | null>(null);
  /** What the last change to the reports did, for the live region. */
  protected readonly reportStatus = signal('');

  protected readonly abortReasons = ABORT_REASON_OPTIONS;
  protected readonly sourceLabel = (source: IssueReportSource) => ISSUE_REPORT_SOURCE_LABELS[source] ?? source;
  /** The C6 of a PV de fraude goes with the PV; a resolved report is the jury's. */
  protected readonly canDelete = (report: IssueReportView) =>
    report.source !== 'fraud_report' && report.resolvedAt === null;
  protected readonly maxComment = MAX_EXAMINER_COMMENT;
  protected readonly stateLabel = (state: CourseStateForFinalization) => COURSE_STATE_LABELS[state];

  protected entryOf(candidateId: number): CandidateEntry {
    return this.entries()[candidateId] ?? { comment: '', reason: '' };
  }

  protected problemOf(candidateId: number): { reason?: string; comment?: string } | undefined {
    return this.showProblems() ? this.problems()[candidateId] : undefined;
  }

  protected setComment(candidate: FinalizationCandidate, comment: string): void {
    this.entries.update((entries) => ({
      ...entries,
      [candidate.candidateId]: { ...this.entryOf(candidate.candidateId), comment },
    }));
  }

  protected setReason(candidate: FinalizationCandidate, reason: string): void {
    const value = ABORT_REASON_OPTIONS.find((option) => option.value === reason)?.value ?? '';
    this.entries.update((entries) => ({
      ...entries,
      [candidate.candidateId]: { ...this.entryOf(candidate.candidateId), reason: value },
    }));
  }

  protected openReportForm(candidateId: number): void {
    this.addingFor.set(candidateId);
    this.reportError.set(null);
    this.reportStatus.set('');
    this.focusAfterRender(`#signalement-${candidateId}-code`);
  }

  protected closeReportForm(candidateId: number): void {
    this.addingFor.set(null);
    this.focusAfterRender(`#ajouter-signalement-${candidateId}`);
  }

  protected reportRecorded(candidateId: number, report: IssueReportView): void {
    this.reportStatus.set(`${reportName(report)} ajouté.`);
    this.issueReports.reload();
    this.closeReportForm(candidateId);
  }

  protected deleteReport(report: IssueReportView): void {
    if (this.deletingId() !== null) return;
    const { centreId, sessionId } = this.ref();
    this.deletingId.set(report.id);
    this.reportError.set(null);
    this.reportStatus.set('');
    this.service.deleteIssueReport(centreId, sessionId, report.id).subscribe({
      next: () => {
        this.deletingId.set(null);
        this.reportStatus.set(`${reportName(report)} supprimé.`);
        this.issueReports.reload();
        this.focusAfterRender(`#ajouter-signalement-${report.candidateId}`);
      },
      error: (error: unknown) => {
        this.deletingId.set(null);
        this.reportError.set(toApiError(error));
      },
    });
  }

  protected goToStep(step: 1 | 2): void {
    this.step.set(step);
    this.focusAfterRender(step === 1 ? '#etape-1' : '#etape-2');
  }

  protected askConfirmation(): void {
    this.showProblems.set(true);
    this.error.set(null);
    if (this.problemCount() > 0) {
      this.focusAfterRender('#erreurs-formulaire');
      return;
    }
    this.confirming.set(true);
    this.focusAfterRender('#confirmer-finalisation');
  }

  protected cancelConfirmation(): void {
    this.confirming.set(false);
    this.focusAfterRender('#finaliser');
  }

  protected finalize(): void {
    const form = this.form.value();
    if (form === undefined || this.finalizing()) return;
    const { centreId, sessionId } = this.ref();
    this.finalizing.set(true);
    this.service
      .finalize(centreId, sessionId, {
        examinerGlobalComment: this.globalComment().trim() === '' ? null : this.globalComment(),
        hasIncident: this.hasIncident(),
        hasJoiningIssue: this.hasJoiningIssue(),
        reports: form.candidates.map((candidate) => {
          const entry = this.entryOf(candidate.candidateId);
          return {
            candidateId: candidate.candidateId,
            examinerComment: entry.comment.trim() === '' ? null : entry.comment,
            abortReason: candidate.abortReasonRequired && entry.reason !== '' ? entry.reason : null,
          };
        }),
      })
      .subscribe({
        next: () => {
          this.finalizing.set(false);
          this.notices.flash({
            severity: 'success',
            message: `La session n° ${sessionId} est finalisée. Pix traitera les résultats : le délai de traitement est variable.`,
          });
          void this.router.navigate(['/centres', centreId, 'sessions', sessionId]);
        },
        error: (error: unknown) => {
          this.finalizing.set(false);
          this.confirming.set(false);
          this.error.set(toApiError(error));
        },
      });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
