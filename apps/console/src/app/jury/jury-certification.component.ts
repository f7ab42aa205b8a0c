import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type {
  CertifiedIdentity,
  JuryAction,
  JuryCertificationView,
  JuryIssueReportView,
  QuestionView,
} from '@pix/contracts';
import {
  certificationStatusBadge,
  certificationStatusLabel,
  juryCommentKeyLabel,
} from '../core/format/certification-labels';
import { formatBirthdate, formatDateTime } from '../core/format/french-format';
import { ApiError, problemsOutside } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { JuryIdentityFormComponent } from './jury-identity-form.component';
import { abortReasonLabel, answerStatusLabel, emitterLabel, neutralizedByLabel } from './jury-labels';

type ConfirmedKind = 'cancel' | 'reject';

const IDENTITY_FIELDS = [
  'firstName',
  'lastName',
  'sex',
  'birthdate',
  'birthCity',
  'birthCountry',
  'birthINSEECode',
  'birthPostalCode',
].flatMap((field) => [field, `identity.${field}`]);

/**
 * One certification of a session under review: identity (correctable), result, reports to resolve, questions to
 * neutralise, cancel or reject for fraud, the jury's three comments, and the result history (rules §9).
 * The actions go up to the page, which sends them and shows the session as the gateway returns it.
 */
@Component({
  selector: 'pix-jury-certification',
  imports: [ReactiveFormsModule, ErrorAlertComponent, JuryIdentityFormComponent],
  templateUrl: './jury-certification.component.html',
  styleUrls: ['../core/ui/facts.scss', './jury-certification.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JuryCertificationComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly certification = input.required<JuryCertificationView>();
  /** False for METIER: everything is shown, nothing can be changed. */
  readonly canAct = input(false);
  /** An action of the session is in flight. */
  readonly busy = input(false);
  /** Why this certification's last action was refused. */
  readonly error = input<ApiError | null>(null);

  readonly act = output<JuryAction>();

  protected readonly editingIdentity = signal(false);
  protected readonly resolving = signal<number | null>(null);
  protected readonly resolution = new FormControl('', { nonNullable: true });
  protected readonly resolutionProblem = signal<string | null>(null);
  protected readonly confirming = signal<ConfirmedKind | null>(null);
  protected readonly comments = new FormGroup({
    commentForCandidate: new FormControl('', { nonNullable: true }),
    commentForOrganization: new FormControl('', { nonNullable: true }),
    commentByJury: new FormControl('', { nonNullable: true }),
  });

  protected readonly id = computed(() => this.certification().certificationId);
  protected readonly fullName = computed(() => {
    const { firstName, lastName } = this.certification().identity;
    return `${firstName} ${lastName}`;
  });
  protected readonly identityProblems = computed(() => this.error()?.fieldProblems ?? {});
  /** What the identity form does not show goes to the alert. */
  protected readonly otherProblems = computed(() => {
    const error = this.error();
    return error === null ? [] : problemsOutside(error, IDENTITY_FIELDS);
  });

  protected readonly statusLabel = certificationStatusLabel;
  protected readonly statusBadge = certificationStatusBadge;
  protected readonly commentKeyLabel = juryCommentKeyLabel;
  protected readonly abortReasonLabel = abortReasonLabel;
  protected readonly answerStatusLabel = answerStatusLabel;
  protected readonly neutralizedByLabel = neutralizedByLabel;
  protected readonly emitterLabel = emitterLabel;
  protected readonly formatBirthdate = formatBirthdate;
  protected readonly formatDateTime = formatDateTime;

  constructor() {
    // A new version of the certification means the last action went through: close what was open.
    effect(() => {
      const certification = this.certification();
      this.editingIdentity.set(false);
      this.resolving.set(null);
      this.confirming.set(null);
      this.comments.setValue({
        commentForCandidate: certification.commentForCandidate ?? '',
        commentForOrganization: certification.commentForOrganization ?? '',
        commentByJury: certification.commentByJury ?? '',
      });
    });
  }

  protected canResolve(report: JuryIssueReportView): boolean {
    return this.canAct() && report.resolvedAt === null && !report.hasBeenAutomaticallyResolved;
  }

  protected startResolving(report: JuryIssueReportView): void {
    this.resolution.setValue('');
    this.resolutionProblem.set(null);
    this.resolving.set(report.id);
    this.focusAfterRender(`#resolution-${report.id}`);
  }

  protected resolve(report: JuryIssueReportView): void {
    const resolution = this.resolution.value.trim();
    if (resolution === '') {
      this.resolutionProblem.set('Saisissez la résolution du signalement.');
      return;
    }
    this.resolutionProblem.set(null);
    this.act.emit({ kind: 'resolve-report', certificationId: this.id(), issueReportId: report.id, resolution });
  }

  protected toggleNeutralization(question: QuestionView): void {
    this.act.emit({
      kind: question.neutralized ? 'deneutralize' : 'neutralize',
      certificationId: this.id(),
      challengeId: question.challengeId,
    });
  }

  protected ask(kind: ConfirmedKind): void {
    this.confirming.set(kind);
    this.focusAfterRender(`#confirmer-${kind}-${this.id()}`);
  }

  protected confirm(): void {
    const kind = this.confirming();
    if (kind !== null) this.act.emit({ kind, certificationId: this.id() });
  }

  protected dismiss(): void {
    const kind = this.confirming();
    this.confirming.set(null);
    if (kind !== null) this.focusAfterRender(`#${kind}-${this.id()}`);
  }

  /** Reversing a cancellation or a rejection asks nothing: it puts back what the algorithm decided. */
  protected undo(kind: 'uncancel' | 'unreject'): void {
    this.act.emit({ kind, certificationId: this.id() });
  }

  protected correctIdentity(identity: CertifiedIdentity): void {
    this.act.emit({ kind: 'correct-identity', certificationId: this.id(), identity });
  }

  protected saveComments(): void {
    const value = this.comments.getRawValue();
    const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
    this.act.emit({
      kind: 'comment-certification',
      certificationId: this.id(),
      commentForCandidate: orNull(value.commentForCandidate),
      commentForOrganization: orNull(value.commentForOrganization),
      commentByJury: orNull(value.commentByJury),
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
