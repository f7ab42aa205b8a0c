import type { CandidateAlert } from './candidate-alert';

/** Port: the candidates' alerts. Joins the transaction the application layer opened. */
export interface CandidateAlertRepository {
  /** Stores a new ongoing alert, unless the candidate already has one: then that one comes back, `created: false`. */
  addOngoing(alert: CandidateAlert): Promise<{ alert: CandidateAlert; created: boolean }>;
  findInSession(sessionId: number, alertId: number): Promise<CandidateAlert | null>;
  /** In the order they were raised. */
  listOfSession(sessionId: number): Promise<CandidateAlert[]>;
  /** Records the decision only if the alert is still ongoing; false when someone decided it first. */
  saveDecision(alert: CandidateAlert): Promise<boolean>;
}

export const CANDIDATE_ALERT_REPOSITORY = Symbol('CANDIDATE_ALERT_REPOSITORY');
