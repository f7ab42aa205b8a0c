import { Inject, Injectable } from '@nestjs/common';
import type { GetSessionRequest, ListSessionsRequest, SessionView } from '@pix/contracts';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { SessionViews } from './session-views';

/** One session of the caller's centre (another centre's is "not found", never "forbidden"), or all of them. */
@Injectable()
export class GetSession {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    private readonly views: SessionViews,
  ) {}

  async execute(request: GetSessionRequest): Promise<SessionView> {
    return this.views.view(await this.views.findOfCentre(request.sessionId, request.certificationCenterId));
  }

  async list(request: ListSessionsRequest): Promise<{ sessions: SessionView[] }> {
    return { sessions: await this.views.views(await this.sessions.listOf(request.certificationCenterId)) };
  }
}
