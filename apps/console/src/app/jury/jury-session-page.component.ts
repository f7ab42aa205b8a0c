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
  linkedSignal,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { JuryAction, JurySessionDetail } from '@pix/contracts';
import { AuthService } from '../core/auth/auth.service';
import { loadWith } from '../core/data/loadable';
import { jurySessionStatusBadge, jurySessionStatusLabel } from '../core/format/certification-labels';
import { formatDateTime, formatLongDate, formatTime } from '../core/format/french-format';
import { ApiError, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { juryAccess } from './jury-access';
import { JuryCertificationComponent } from './jury-certification.component';
import { juryActionLabel } from './jury-labels';
import { JuryService } from './jury.service';

type SessionDecision = 'publish' | 'unpublish' | 'unfinalize';

const DECISIONS: Readonly<Record<SessionDecision, { question: string; text: string; confirm: string }>> = {
  publish: {
    question: 'Publier la session ?',
    text: 'Les candidats verront leurs résultats dans leur compte et le centre recevra les résultats de ses candidats.',
    confirm: 'Publier la session',
  },
  unpublish: {
    question: 'Dépublier la session ?',
    text: 'Les résultats ne seront plus visibles par les candidats ni par le centre, et les certificats ne pourront plus être vérifiés.',
    confirm: 'Dépublier la session',
  },
  unfinalize: {
    question: 'Définaliser la session ?',
    text: 'La session quitte les listes du jury : le centre pourra de nouveau compléter son procès-verbal, puis la finaliser.',
    confirm: 'Définaliser la session',
  },
};

/** What the page says once an action went through. */
function doneMessage(action: JuryAction): string {
  switch (action.kind) {
    case 'assign':
      return 'La session vous est assignée.';
    case 'comment-session':
      return action.comment === null
        ? 'Le commentaire du jury a été supprimé.'
        : 'Le commentaire du jury a été enregistré.';
    case 'publish':
      return 'La session a été publiée.';
    case 'unpublish':
      return 'La session a été dépubliée.';
    case 'unfinalize':
      return 'La session a été définalisée.';
    case 'resolve-report':
    case 'neutralize':
    case 'deneutralize':
    case 'cancel':
    case 'uncancel':
    case 'reject':
    case 'unreject':
    case 'correct-identity':
    case 'comment-certification':
      return `${juryActionLabel(action.kind)} : certification n° ${action.certificationId}.`;
  }
}

/**
 * A finalised session under review by the jury (rules §9): its header and decisions, then each certification, then
 * the audit trail. Every action answers with the session as it is now, which replaces what is shown.
 */
@Component({
  selector: 'pix-jury-session-page',
  imports: [RouterLink, ReactiveFormsModule, ErrorAlertComponent, JuryCertificationComponent],
  templateUrl: './jury-session-page.component.html',
  styleUrls: ['../core/ui/facts.scss', './jury-session-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JurySessionPageComponent {
  private readonly jury = inject(JuryService);
  private readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The route's `:sessionId`. */
  readonly sessionId = input.required<string>();

  protected readonly loaded = loadWith(
    () => Number(this.sessionId()),
    (sessionId) => this.jury.get(sessionId),
  );
  /** What the gateway last said about the session: loaded, then replaced by each action's answer. */
  protected readonly session = linkedSignal<JurySessionDetail | undefined>(() => this.loaded.value());
  protected readonly access = computed(() => juryAccess(this.auth.me()));
  protected readonly assignedToMe = computed(
    () => this.session()?.assignedTo?.userId === this.auth.me()?.user.id && this.session()?.assignedTo !== null,
  );

  protected readonly busy = signal(false);
  protected readonly failure = signal<{ certificationId: number | null; error: ApiError } | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly deciding = signal<SessionDecision | null>(null);
  protected readonly juryComment = new FormControl('', { nonNullable: true });

  protected readonly sessionError = computed(() => {
    const failure = this.failure();
    return failure !== null && failure.certificationId === null ? failure.error : null;
  });
  protected readonly decisions = DECISIONS;
  protected readonly statusLabel = jurySessionStatusLabel;
  protected readonly statusBadge = jurySessionStatusBadge;
  protected readonly actionLabel = juryActionLabel;
  protected readonly formatLongDate = formatLongDate;
  protected readonly formatTime = formatTime;
  protected readonly formatDateTime = formatDateTime;

  constructor() {
    effect(() => this.juryComment.setValue(this.session()?.juryComment ?? ''));
  }

  protected errorFor(certificationId: number): ApiError | null {
    const failure = this.failure();
    return failure !== null && failure.certificationId === certificationId ? failure.error : null;
  }

  protected ask(decision: SessionDecision): void {
    this.deciding.set(decision);
    this.focusAfterRender('#confirmer-decision');
  }

  protected dismiss(): void {
    const decision = this.deciding();
    this.deciding.set(null);
    if (decision !== null) this.focusAfterRender(`#${decision}`);
  }

  protected confirm(): void {
    const decision = this.deciding();
    if (decision !== null) this.act({ kind: decision });
  }

  protected saveJuryComment(): void {
    const comment = this.juryComment.value.trim();
    this.act({ kind: 'comment-session', comment: comment === '' ? null : comment });
  }

  protected act(action: JuryAction): void {
    const current = this.session();
    if (current === undefined || this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
    const certificationId = 'certificationId' in action ? action.certificationId : null;
    this.jury.act(current.sessionId, action).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.deciding.set(null);
        this.session.set(updated);
        this.notice.set(doneMessage(action));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.deciding.set(null);
        this.failure.set({ certificationId, error: toApiError(error) });
      },
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
