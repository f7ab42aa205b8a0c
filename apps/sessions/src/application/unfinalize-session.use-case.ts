import { Inject, Injectable } from '@nestjs/common';
import { SessionsErrorCode, type UnfinalizeSessionRequest } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';

/**
 * Pix staff reopen a finalised, unpublished session (rules §2.4), through the jury service: back to `created` and
 * unassigned; the reports stay to pre-fill the form, and the next finalisation gets the next number.
 */
@Injectable()
export class UnfinalizeSession {
  constructor(@Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository) {}

  async execute(request: UnfinalizeSessionRequest): Promise<{ sessionId: number }> {
    const session = await this.sessions.findById(request.sessionId);
    if (session === null) {
      throw new DomainError(SessionsErrorCode.SESSION_NOT_FOUND, 'Session introuvable.', {
        sessionId: request.sessionId,
      });
    }
    await this.sessions.saveLifecycle(session.unfinalize());
    return { sessionId: request.sessionId };
  }
}
