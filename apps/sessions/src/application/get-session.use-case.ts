import { Inject, Injectable } from '@nestjs/common';
import { type GetSessionRequest, type SessionView, SessionsErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { toSessionView } from './session-view';

/** One session of the caller's centre; another centre's session is "not found", never "forbidden". */
@Injectable()
export class GetSession {
  constructor(@Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository) {}

  async execute(request: GetSessionRequest): Promise<SessionView> {
    const session = await this.sessions.findById(request.sessionId);
    if (session === null || session.certificationCenterId !== request.certificationCenterId) {
      throw new DomainError(SessionsErrorCode.SESSION_NOT_FOUND, 'Session introuvable.', {
        sessionId: request.sessionId,
      });
    }
    return toSessionView(session);
  }
}
