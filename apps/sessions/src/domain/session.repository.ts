import type { Session } from './session';

/** Port: where sessions are kept. The adapter assigns the session number. */
export interface SessionRepository {
  add(session: Session): Promise<Session>;
  findById(id: number): Promise<Session | null>;
}

export const SESSION_REPOSITORY = Symbol('SESSION_REPOSITORY');
