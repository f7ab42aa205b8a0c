import type { SessionFinalized } from '@pix/contracts';
import type { PendingEvent } from '@pix/platform';
import type { CandidateProps } from './candidate';
import type { CertificationReport } from './certification-report';
import type { Session } from './session';

/** Port: where sessions are kept. The adapter assigns the session number. */
export interface SessionRepository {
  add(session: Session): Promise<Session>;
  findById(id: number): Promise<Session | null>;
  listOf(certificationCenterId: number): Promise<Session[]>;
  update(session: Session): Promise<void>;
  /** Deletes the session and its candidates. */
  remove(id: number): Promise<void>;
  /** Sessions and their candidates, all or none. */
  addWithCandidates(
    entries: readonly { session: Session; candidates: readonly Omit<CandidateProps, 'id' | 'sessionId'>[] }[],
    now: Date,
  ): Promise<Session[]>;
  /**
   * Stores a finalisation (the session as {@link Session.finalize} returned it, its reports replacing any earlier
   * ones, its event) all or nothing. False, with nothing stored, when another finalisation of the session committed
   * first: only one of two concurrent finalisations succeeds.
   */
  finalize(
    session: Session,
    reports: readonly CertificationReport[],
    event: PendingEvent<SessionFinalized>,
  ): Promise<boolean>;
  /** The reports of the session's last finalisation (kept after an unfinalisation). */
  reportsOf(sessionId: number): Promise<CertificationReport[]>;
  /** Saves the lifecycle (finalisation, assignment, publication) as the session holds it. */
  saveLifecycle(session: Session): Promise<void>;
}

export const SESSION_REPOSITORY = Symbol('SESSION_REPOSITORY');
