import { SessionsErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { Session } from '../domain/session';
import type { SessionRepository } from '../domain/session.repository';

/**
 * The session a candidate enters by its number: unknown is SESSION_NOT_FOUND, finalised is SESSION_NOT_ACCESSIBLE
 * with `closedMessage` (what the candidate can no longer do).
 */
export async function openSessionForCandidate(
  sessions: SessionRepository,
  sessionId: number,
  closedMessage: string,
): Promise<Session> {
  const session = await sessions.findById(sessionId);
  if (session === null) {
    throw new DomainError(SessionsErrorCode.SESSION_NOT_FOUND, 'Ce numéro de session n’existe pas.');
  }
  if (!session.isAccessible) throw new DomainError(SessionsErrorCode.SESSION_NOT_ACCESSIBLE, closedMessage);
  return session;
}
