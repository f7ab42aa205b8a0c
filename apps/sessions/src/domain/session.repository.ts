import type { CandidateProps } from './candidate';
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
}

export const SESSION_REPOSITORY = Symbol('SESSION_REPOSITORY');
