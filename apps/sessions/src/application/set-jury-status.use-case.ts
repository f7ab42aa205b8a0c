import { Inject, Injectable } from '@nestjs/common';
import { SessionsErrorCode, type SetJuryStatusRequest } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';

/**
 * The jury service records its progress on a finalised session: the officer who took it, the publication. The
 * session's status is derived from them (rules §2.4): `in_process` once assigned, `processed` once published.
 */
@Injectable()
export class SetJuryStatus {
  constructor(@Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository) {}

  async execute(request: SetJuryStatusRequest): Promise<{ sessionId: number }> {
    const session = await this.sessions.findById(request.sessionId);
    if (session === null) {
      throw new DomainError(SessionsErrorCode.SESSION_NOT_FOUND, 'Session introuvable.', {
        sessionId: request.sessionId,
      });
    }
    await this.sessions.saveLifecycle(
      session.withJuryStatus({
        assignedCertificationOfficerId: request.assignedCertificationOfficerId,
        publishedAt: request.publishedAt === null ? null : new Date(request.publishedAt),
      }),
    );
    return { sessionId: request.sessionId };
  }
}
