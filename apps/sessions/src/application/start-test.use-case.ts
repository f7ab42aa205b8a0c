import { Inject, Injectable } from '@nestjs/common';
import { SessionsErrorCode, SessionsEvents, type StartedTest, type StartTestRequest } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import { CANDIDATE_REPOSITORY, type CandidateRepository } from '../domain/candidate.repository';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { TEST_RUNNER, type TestRunner } from '../domain/test-runner';
import { openSessionForCandidate } from './open-session';
import { CLOCK } from './tokens';

/** No test starts or resumes more than 24 h after the session's first start (rules §6.1). */
export const START_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The joined candidate enters the access code (rules §6.1 step 4): right code, session still `created`, presence
 * confirmed (or resume authorised) by the invigilator, within 24 h of the session's first start. The first start
 * generates the test; a later one returns it, to continue at the first unanswered question.
 */
@Injectable()
export class StartTest {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(TEST_RUNNER) private readonly tests: TestRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: StartTestRequest): Promise<StartedTest> {
    const session = await openSessionForCandidate(
      this.sessions,
      request.sessionId,
      'Cette session est finalisée : le test ne peut plus commencer.',
    );
    const inSession = await this.candidates.listOf(request.sessionId);
    const candidate = inSession.find((one) => one.userId === request.userId && one.reconciledAt !== null);
    if (candidate?.id === undefined || candidate.reconciledAt === null) {
      throw new DomainError(
        SessionsErrorCode.CANDIDATE_NOT_JOINED,
        'Saisissez d’abord le numéro de session, vos nom, prénom et date de naissance.',
      );
    }
    if (!session.acceptsAccessCode(request.accessCode)) {
      throw new DomainError(
        SessionsErrorCode.ACCESS_CODE_INVALID,
        'Ce code d’accès est incorrect. Vérifiez le code donné par votre surveillant.',
      );
    }
    if (!candidate.authorizedToStart) {
      throw new DomainError(
        SessionsErrorCode.CANDIDATE_NOT_AUTHORIZED,
        candidate.startedAt === null
          ? 'Votre surveillant n’a pas confirmé votre présence. Attendez qu’il le fasse, puis saisissez à nouveau le code d’accès.'
          : 'Merci de contacter votre surveillant afin qu’il autorise la reprise de votre test.',
      );
    }
    const now = this.clock.now();
    const firstStart = Math.min(
      ...inSession.flatMap((one) => (one.startedAt === null ? [] : [one.startedAt.getTime()])),
    );
    if (now.getTime() - firstStart > START_WINDOW_MS) {
      throw new DomainError(
        SessionsErrorCode.START_WINDOW_CLOSED,
        'Plus de 24 heures se sont écoulées depuis le début de cette session : le test ne peut plus commencer ni reprendre.',
      );
    }
    const course = await this.tests.start({
      sessionId: request.sessionId,
      candidateId: candidate.id,
      userId: request.userId,
      profileDate: candidate.reconciledAt,
    });
    const startedAt = candidate.startedAt ?? new Date(course.startedAt);
    await this.candidates.markStarted(candidate.id, startedAt, {
      subject: SessionsEvents.candidateChanged,
      payload: {
        sessionId: request.sessionId,
        candidateId: candidate.id,
        change: 'started',
        authorizedToStart: true,
        startedAt: startedAt.toISOString(),
        at: now.toISOString(),
      },
    });
    return {
      sessionId: request.sessionId,
      candidateId: candidate.id,
      courseId: course.courseId,
      resumed: !course.created,
      answeredCount: course.answeredCount,
      questionCount: course.questionCount,
    };
  }
}
