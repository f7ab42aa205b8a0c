import { Inject, Injectable } from '@nestjs/common';
import type { CreateSessionRequest, SessionView } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { Session } from '../domain/session';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { SessionViews } from './session-views';
import { CLOCK } from './tokens';

/** A centre member plans a session; the access code and the invigilator password are drawn now. */
@Injectable()
export class CreateSession {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly views: SessionViews,
  ) {}

  async execute(request: CreateSessionRequest): Promise<SessionView> {
    const session = Session.plan(request, this.clock);
    return this.views.view(await this.sessions.add(session));
  }
}
