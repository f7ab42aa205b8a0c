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
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { InvigilatedCandidate } from '@pix/contracts';
import { Observable } from 'rxjs';
import { ApiError, toApiError } from '../core/http/api-error';
import { formatBirthdate, formatExtraTime, formatLongDate, formatTime } from '../core/format/french-format';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import {
  CandidateAction,
  candidateActions,
  candidateStatusBadge,
  candidateStatusLabel,
  clockTime,
} from './candidate-status';
import { IN_CHALLENGE_ISSUES, InChallengeIssueCode } from './in-challenge-issues';
import { InvigilationService } from './invigilation.service';
import {
  alertDecided,
  applyLiveEvent,
  candidateIdOf,
  EMPTY_LIVE_STATE,
  knowsCandidate,
  LiveEvent,
  LiveSessionState,
  OngoingAlert,
  withAlertList,
  withCandidate,
} from './live-session-state';
import { LiveConnection, LiveConnectionStatus, LiveSessionConnector } from './live-session.connector';

const ACTION_LABELS = {
  confirm_presence: 'Confirmer la présence',
  withdraw_presence: 'Annuler la présence',
  authorize_resume: 'Autoriser la reprise',
  end_test: 'Terminer le test',
} as const satisfies Record<CandidateAction, string>;

interface AlertRow extends OngoingAlert {
  readonly candidateName: string;
}

/** The invigilator's live view of one session: candidates, their progress, presence, and the candidates' alerts. */
@Component({
  selector: 'pix-invigilated-session-page',
  imports: [RouterLink, ErrorAlertComponent],
  templateUrl: './invigilated-session-page.component.html',
  styleUrl: './invigilated-session-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvigilatedSessionPageComponent {
  private readonly invigilation = inject(InvigilationService);
  private readonly connector = inject(LiveSessionConnector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly sessionId = input.required<string>();

  protected readonly id = computed(() => Number(this.sessionId()));
  protected readonly live = signal<LiveSessionState>(EMPTY_LIVE_STATE);
  protected readonly connection = signal<LiveConnectionStatus>('connecting');
  protected readonly refusal = signal<ApiError | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly alertsError = signal<ApiError | null>(null);
  /** The candidate whose action is being sent. */
  protected readonly busyCandidate = signal<number | null>(null);
  protected readonly pendingEnd = signal<InvigilatedCandidate | null>(null);
  protected readonly busyAlert = signal<number | null>(null);
  /** The E code chosen for each ongoing alert. */
  protected readonly chosenIssues = signal<Readonly<Record<number, InChallengeIssueCode | ''>>>({});
  protected readonly missingIssue = signal<number | null>(null);

  protected readonly session = computed(() => this.live().session);
  protected readonly alerts = computed<AlertRow[]>(() => {
    const candidates = this.session()?.candidates ?? [];
    return this.live().alerts.map((alert) => {
      const candidate = candidates.find((one) => one.id === alert.candidateId);
      return {
        ...alert,
        candidateName: candidate === undefined ? `Candidat n° ${alert.candidateId}` : fullName(candidate),
      };
    });
  });

  protected readonly issues = IN_CHALLENGE_ISSUES;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly statusLabel = candidateStatusLabel;
  protected readonly statusBadge = candidateStatusBadge;
  protected readonly actionsOf = candidateActions;
  protected readonly fullName = fullName;
  protected readonly clockTime = clockTime;
  protected readonly formatBirthdate = formatBirthdate;
  protected readonly formatExtraTime = formatExtraTime;
  protected readonly formatLongDate = formatLongDate;
  protected readonly formatTime = formatTime;

  private connectionHandle: LiveConnection | null = null;

  constructor() {
    effect((onCleanup) => {
      const sessionId = this.id();
      untracked(() => this.live.set(EMPTY_LIVE_STATE));
      const connection = this.connector.open(sessionId, {
        event: (event) => this.apply(sessionId, event),
        status: (status) => this.connection.set(status),
        refused: (error) => this.refusal.set(error),
      });
      this.connectionHandle = connection;
      onCleanup(() => {
        connection.close();
        this.connectionHandle = null;
      });
    });
  }

  protected act(candidate: InvigilatedCandidate, action: CandidateAction): void {
    if (action === 'end_test') {
      this.pendingEnd.set(candidate);
      this.focusAfterRender('#confirmer-fin');
      return;
    }
    const authorized = action !== 'withdraw_presence';
    this.send(candidate, this.invigilation.authorize(this.id(), candidate.id, authorized));
  }

  protected cancelEnd(): void {
    const candidate = this.pendingEnd();
    this.pendingEnd.set(null);
    if (candidate !== null) this.focusAfterRender(`#terminer-${candidate.id}`);
  }

  protected confirmEnd(): void {
    const candidate = this.pendingEnd();
    if (candidate === null) return;
    this.pendingEnd.set(null);
    this.send(candidate, this.invigilation.endTest(this.id(), candidate.id));
  }

  protected chooseIssue(alertId: number, event: Event): void {
    const value = (event.target as HTMLSelectElement).value as InChallengeIssueCode | '';
    this.chosenIssues.update((chosen) => ({ ...chosen, [alertId]: value }));
    if (value !== '' && this.missingIssue() === alertId) this.missingIssue.set(null);
  }

  protected validate(alert: OngoingAlert): void {
    const code = this.chosenIssues()[alert.id] ?? '';
    if (code === '') {
      this.missingIssue.set(alert.id);
      this.focusAfterRender(`#probleme-${alert.id}`);
      return;
    }
    this.decide(alert, this.invigilation.validateAlert(this.id(), alert.id, code));
  }

  protected dismiss(alert: OngoingAlert): void {
    this.decide(alert, this.invigilation.dismissAlert(this.id(), alert.id));
  }

  private apply(sessionId: number, event: LiveEvent): void {
    const candidateId = candidateIdOf(event);
    if (candidateId !== null && this.live().session !== null && !knowsCandidate(this.live(), candidateId)) {
      // A candidate added since the snapshot: the new snapshot will list them.
      this.connectionHandle?.resync();
      return;
    }
    this.live.update((state) => applyLiveEvent(state, event));
    if (event.type === 'snapshot') this.loadAlerts(sessionId);
  }

  private loadAlerts(sessionId: number): void {
    this.invigilation.alerts(sessionId).subscribe({
      next: (alerts) => {
        this.alertsError.set(null);
        this.live.update((state) => withAlertList(state, alerts));
      },
      error: (error: unknown) => this.alertsError.set(toApiError(error)),
    });
  }

  private send(candidate: InvigilatedCandidate, request: Observable<InvigilatedCandidate>): void {
    if (this.busyCandidate() !== null) return;
    this.busyCandidate.set(candidate.id);
    this.actionError.set(null);
    request.subscribe({
      next: (updated) => {
        this.busyCandidate.set(null);
        this.live.update((state) => withCandidate(state, updated));
      },
      error: (error: unknown) => {
        this.busyCandidate.set(null);
        this.actionError.set(toApiError(error));
      },
    });
  }

  private decide(alert: OngoingAlert, request: Observable<unknown>): void {
    if (this.busyAlert() !== null) return;
    this.busyAlert.set(alert.id);
    this.actionError.set(null);
    request.subscribe({
      next: () => {
        this.busyAlert.set(null);
        this.live.update((state) => alertDecided(state, alert.id));
      },
      error: (error: unknown) => {
        this.busyAlert.set(null);
        const apiError = toApiError(error);
        // Decided meanwhile (another invigilator): it is no longer ongoing either way.
        if (apiError.code === 'ALERT_ALREADY_DECIDED') this.live.update((state) => alertDecided(state, alert.id));
        this.actionError.set(apiError);
      },
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}

function fullName(candidate: Pick<InvigilatedCandidate, 'firstName' | 'lastName'>): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}
