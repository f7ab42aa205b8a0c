import { Inject, Injectable } from '@nestjs/common';
import { type SessionView, SessionsErrorCode } from '@pix/contracts';
import { type Clock, DomainError, formatInvigilatorPassword } from '@pix/kernel';
import {
  CANDIDATE_REPOSITORY,
  type CandidateRepository,
  type SessionCandidateStats,
  WINDOW_REPOSITORY,
  type WindowRepository,
} from '../domain/candidate.repository';
import { expectedEndTime, planningWarnings, schoolYearOf } from '../domain/planning';
import type { Session } from '../domain/session';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { CLOCK } from './tokens';

const NO_CANDIDATES: SessionCandidateStats = { count: 0, largestExtraTime: null, started: 0, firstStartedAt: null };

/** Rules §2.5: the centre finalises within 48 h of the session. */
export const FINALIZATION_DEADLINE_MS = 48 * 60 * 60 * 1000;

/** Sessions as the console shows them: with candidate counts, the expected end and planning warnings. */
@Injectable()
export class SessionViews {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(WINDOW_REPOSITORY) private readonly windows: WindowRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The session of this centre, or SESSION_NOT_FOUND: another centre's session is never revealed. */
  async findOfCentre(sessionId: number, certificationCenterId: number): Promise<Session> {
    const session = await this.sessions.findById(sessionId);
    if (session === null || session.certificationCenterId !== certificationCenterId) {
      throw new DomainError(SessionsErrorCode.SESSION_NOT_FOUND, 'Session introuvable.', { sessionId });
    }
    return session;
  }

  async view(session: Session): Promise<SessionView> {
    const [view] = await this.views([session]);
    if (view === undefined) throw new Error('no view built');
    return view;
  }

  async views(sessions: readonly Session[]): Promise<SessionView[]> {
    const ids = sessions.map((session) => session.id).filter((id): id is number => id !== undefined);
    const stats = await this.candidates.statsOf(ids);
    const windows = new Map<string, Awaited<ReturnType<WindowRepository['find']>>>();
    const views: SessionView[] = [];
    for (const session of sessions) {
      const props = session.toProps();
      if (props.id === undefined) throw new Error('a session is shown only once stored');
      const windowKey = `${props.certificationCenterType}|${schoolYearOf(props.date)}`;
      if (!windows.has(windowKey)) {
        windows.set(windowKey, await this.windows.find(props.certificationCenterType, schoolYearOf(props.date)));
      }
      const candidateStats = stats.get(props.id) ?? NO_CANDIDATES;
      views.push({
        id: props.id,
        certificationCenterId: props.certificationCenterId,
        certificationCenterName: props.certificationCenterName,
        certificationCenterType: props.certificationCenterType,
        address: props.address,
        room: props.room,
        date: props.date,
        time: props.time,
        examiner: props.examiner,
        description: props.description,
        accessCode: props.accessCode,
        invigilatorPassword: formatInvigilatorPassword(props.invigilatorPassword),
        status: session.status,
        createdBy: props.createdBy,
        createdAt: props.createdAt.toISOString(),
        candidateCount: candidateStats.count,
        expectedEndTime: expectedEndTime(props.time, candidateStats.largestExtraTime),
        deletable: candidateStats.started === 0,
        firstStartedAt: candidateStats.firstStartedAt?.toISOString() ?? null,
        finalizedAt: props.finalizedAt?.toISOString() ?? null,
        publishedAt: props.publishedAt?.toISOString() ?? null,
        finalizationOverdue:
          props.finalizedAt === null &&
          candidateStats.firstStartedAt !== null &&
          this.clock.now().getTime() - candidateStats.firstStartedAt.getTime() > FINALIZATION_DEADLINE_MS,
        warnings: planningWarnings({
          date: props.date,
          examiner: props.examiner,
          candidateCount: candidateStats.count,
          window: windows.get(windowKey) ?? null,
        }),
      });
    }
    return views;
  }
}
