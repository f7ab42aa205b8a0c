import { Inject, Injectable } from '@nestjs/common';
import { type SessionRef, type SessionView, SessionsErrorCode, type UpdateSessionRequest } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import { CANDIDATE_REPOSITORY, type CandidateRepository } from '../domain/candidate.repository';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { SessionViews } from './session-views';
import { CLOCK } from './tokens';

/** Edit a session until it is finalised; delete it only while no candidate's test has started. */
@Injectable()
export class EditSession {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly views: SessionViews,
  ) {}

  async update(request: UpdateSessionRequest): Promise<SessionView> {
    const session = await this.views.findOfCentre(request.sessionId, request.certificationCenterId);
    const edited = session.edit(request, this.clock);
    await this.sessions.update(edited);
    return this.views.view(edited);
  }

  async remove(request: SessionRef): Promise<{ deleted: true }> {
    const session = await this.views.findOfCentre(request.sessionId, request.certificationCenterId);
    if (!session.isAccessible) {
      throw new DomainError(
        SessionsErrorCode.SESSION_NOT_EDITABLE,
        'Cette session est finalisée : elle ne peut plus être supprimée.',
      );
    }
    const stats = (await this.candidates.statsOf([request.sessionId])).get(request.sessionId);
    if (stats !== undefined && stats.started > 0) {
      throw new DomainError(
        SessionsErrorCode.SESSION_HAS_STARTED,
        'Cette session ne peut pas être supprimée : au moins un candidat a commencé son test.',
      );
    }
    await this.sessions.remove(request.sessionId);
    return { deleted: true };
  }
}
