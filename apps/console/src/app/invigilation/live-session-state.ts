import type {
  AlertDecidedEvent,
  AlertRaisedEvent,
  AlertView,
  CandidateChanged,
  CourseProgress,
  CourseState,
  InvigilatedCandidate,
  InvigilatedCandidateStatus,
  InvigilatedSession,
} from '@pix/contracts';
import type { ServerSentEvent } from './server-sent-events';

/** Test length before extra time (rules §6.2): the theoretical end is start + 105 min × (1 + extra time). */
const TEST_MINUTES = 105;

const PROGRESS_EVENTS = ['course-started', 'answer-recorded', 'course-completed', 'course-ended'] as const;
type ProgressEventType = (typeof PROGRESS_EVENTS)[number];

/** The events of the invigilator space this page applies; the others (issue reports…) are ignored. */
export type LiveEvent =
  | { readonly type: 'snapshot'; readonly data: InvigilatedSession }
  | { readonly type: 'candidate-changed'; readonly data: CandidateChanged }
  | { readonly type: ProgressEventType; readonly data: CourseProgress }
  | { readonly type: 'alert-raised'; readonly data: AlertRaisedEvent }
  | { readonly type: 'alert-decided'; readonly data: AlertDecidedEvent };

/** An alert the invigilator has yet to decide. */
export interface OngoingAlert {
  readonly id: number;
  readonly candidateId: number;
  readonly questionNumber: number;
}

export interface LiveSessionState {
  /** Null until the first snapshot. */
  readonly session: InvigilatedSession | null;
  /** Ongoing alerts, in the order they were raised. */
  readonly alerts: readonly OngoingAlert[];
  /** Alerts known to be decided: a list loaded before the decision does not bring them back. */
  readonly decidedAlertIds: readonly number[];
}

export const EMPTY_LIVE_STATE: LiveSessionState = { session: null, alerts: [], decidedAlertIds: [] };

/** The event as the page applies it, or null for an event it ignores or cannot read. */
export function toLiveEvent(event: ServerSentEvent): LiveEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  switch (event.type) {
    case 'snapshot':
      return Array.isArray((data as Partial<InvigilatedSession>).candidates)
        ? { type: 'snapshot', data: data as InvigilatedSession }
        : null;
    case 'candidate-changed':
      return { type: 'candidate-changed', data: data as CandidateChanged };
    case 'alert-raised':
      return { type: 'alert-raised', data: data as AlertRaisedEvent };
    case 'alert-decided':
      return { type: 'alert-decided', data: data as AlertDecidedEvent };
    default:
      return (PROGRESS_EVENTS as readonly string[]).includes(event.type)
        ? { type: event.type as ProgressEventType, data: data as CourseProgress }
        : null;
  }
}

/** The candidate the event is about, when it is about one. */
export function candidateIdOf(event: LiveEvent): number | null {
  return event.type === 'snapshot' ? null : event.data.candidateId;
}

/** Whether the shown session lists this candidate (an unknown one calls for a new snapshot). */
export function knowsCandidate(state: LiveSessionState, candidateId: number): boolean {
  return state.session?.candidates.some((candidate) => candidate.id === candidateId) ?? false;
}

/** The state after one event. A snapshot replaces the whole session; alerts are loaded apart ({@link withAlertList}). */
export function applyLiveEvent(state: LiveSessionState, event: LiveEvent): LiveSessionState {
  switch (event.type) {
    case 'snapshot':
      return { ...state, session: event.data };
    case 'candidate-changed':
      return updateCandidate(state, event.data.candidateId, (candidate) => candidateAfterChange(candidate, event.data));
    case 'course-started':
    case 'answer-recorded':
    case 'course-completed':
    case 'course-ended':
      return updateCandidate(state, event.data.candidateId, (candidate) =>
        candidateAfterProgress(candidate, event.data),
      );
    case 'alert-raised':
      return withAlert(state, {
        id: event.data.alertId,
        candidateId: event.data.candidateId,
        questionNumber: event.data.questionNumber,
      });
    case 'alert-decided':
      return alertDecided(state, event.data.alertId);
  }
}

/** The alerts listed by the gateway, merged with what the stream said meanwhile. */
export function withAlertList(state: LiveSessionState, alerts: readonly AlertView[]): LiveSessionState {
  const decided = new Set([
    ...state.decidedAlertIds,
    ...alerts.filter((alert) => alert.status !== 'ongoing').map((alert) => alert.id),
  ]);
  const listed = alerts
    .filter((alert) => alert.status === 'ongoing' && !decided.has(alert.id))
    .map(({ id, candidateId, questionNumber }) => ({ id, candidateId, questionNumber }));
  const listedIds = new Set(listed.map((alert) => alert.id));
  const fromStream = state.alerts.filter((alert) => !listedIds.has(alert.id) && !decided.has(alert.id));
  return { ...state, alerts: [...listed, ...fromStream], decidedAlertIds: [...decided] };
}

/** Once the invigilator's decision is recorded (the stream will say it too). */
export function alertDecided(state: LiveSessionState, alertId: number): LiveSessionState {
  return {
    ...state,
    alerts: state.alerts.filter((alert) => alert.id !== alertId),
    decidedAlertIds: state.decidedAlertIds.includes(alertId)
      ? state.decidedAlertIds
      : [...state.decidedAlertIds, alertId],
  };
}

/** One candidate replaced by the gateway's answer to an action. */
export function withCandidate(state: LiveSessionState, updated: InvigilatedCandidate): LiveSessionState {
  return updateCandidate(state, updated.id, (candidate) => ({
    ...updated,
    status: laterStatus(candidate.status, updated.status),
    answeredCount: Math.max(candidate.answeredCount, updated.answeredCount),
  }));
}

/** start + 105 min × (1 + extra time), as an ISO date-time. */
export function theoreticalEnd(startedAt: string, extraTimePercentage: number | null): string | null {
  const start = Date.parse(startedAt);
  if (Number.isNaN(start)) return null;
  const minutes = TEST_MINUTES * (1 + (extraTimePercentage ?? 0));
  return new Date(start + Math.round(minutes * 60_000)).toISOString();
}

function withAlert(state: LiveSessionState, alert: OngoingAlert): LiveSessionState {
  if (state.decidedAlertIds.includes(alert.id) || state.alerts.some((known) => known.id === alert.id)) return state;
  return { ...state, alerts: [...state.alerts, alert] };
}

function updateCandidate(
  state: LiveSessionState,
  candidateId: number,
  update: (candidate: InvigilatedCandidate) => InvigilatedCandidate,
): LiveSessionState {
  const session = state.session;
  if (session === null || !session.candidates.some((candidate) => candidate.id === candidateId)) return state;
  return {
    ...state,
    session: {
      ...session,
      candidates: session.candidates.map((candidate) => (candidate.id === candidateId ? update(candidate) : candidate)),
    },
  };
}

function candidateAfterChange(candidate: InvigilatedCandidate, change: CandidateChanged): InvigilatedCandidate {
  const startedAt = candidate.startedAt ?? change.startedAt;
  const status =
    change.change === 'test_ended'
      ? laterStatus(candidate.status, 'ended_by_invigilator')
      : change.change === 'started'
        ? laterStatus(candidate.status, 'in_progress')
        : candidate.status;
  return withTimes({ ...candidate, authorizedToStart: change.authorizedToStart, status }, startedAt);
}

const STATUS_OF_COURSE = {
  started: 'in_progress',
  completed: 'finished',
  ended_by_invigilator: 'ended_by_invigilator',
  // After finalisation the invigilator space is closed; an unfinished test shows as ended.
  ended_due_to_finalization: 'ended_by_invigilator',
} as const satisfies Record<CourseState, InvigilatedCandidateStatus>;

function candidateAfterProgress(candidate: InvigilatedCandidate, progress: CourseProgress): InvigilatedCandidate {
  return withTimes(
    {
      ...candidate,
      status: laterStatus(candidate.status, STATUS_OF_COURSE[progress.state]),
      answeredCount: Math.max(candidate.answeredCount, progress.answeredCount),
      questionCount: progress.questionCount,
    },
    candidate.startedAt ?? progress.startedAt,
  );
}

function withTimes(candidate: InvigilatedCandidate, startedAt: string | null): InvigilatedCandidate {
  if (startedAt === null) return candidate;
  return {
    ...candidate,
    startedAt,
    theoreticalEndAt: candidate.theoreticalEndAt ?? theoreticalEnd(startedAt, candidate.extraTimePercentage),
  };
}

/** Events may cross: a test never goes back from finished to in progress, nor from in progress to not started. */
const STATUS_RANK = {
  not_started: 0,
  in_progress: 1,
  finished: 2,
  ended_by_invigilator: 2,
} as const satisfies Record<InvigilatedCandidateStatus, number>;

function laterStatus(
  current: InvigilatedCandidateStatus,
  next: InvigilatedCandidateStatus,
): InvigilatedCandidateStatus {
  return STATUS_RANK[next] >= STATUS_RANK[current] ? next : current;
}
