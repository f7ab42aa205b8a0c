import { Inject, Injectable } from '@nestjs/common';
import {
  type AuthorizeCandidateRequest,
  type CandidateChange,
  type CandidateChanged,
  type CourseProgress,
  type CourseState,
  type EndCandidateTestRequest,
  type InvigilatedCandidateStatus,
  SessionsEvents,
  type InvigilatedCandidate,
  type InvigilatedSession,
  type InvigilatedSessionRequest,
  SessionsErrorCode,
  type SuperviseSessionRequest,
} from '@pix/contracts';
import { type Clock, DomainError, recordFailure, secondsBlocked } from '@pix/kernel';
import type { PendingEvent } from '@pix/platform';
import type { CandidateProps } from '../domain/candidate';
import { CANDIDATE_REPOSITORY, type CandidateRepository } from '../domain/candidate.repository';
import { INVIGILATION_REPOSITORY, type InvigilationRepository } from '../domain/invigilation.repository';
import {
  IP_RULE,
  ipKey,
  SESSION_AND_IP_RULE,
  SESSION_RULE,
  sessionAndIpKey,
  sessionKey,
} from '../domain/invigilator-access';
import { TEST_MINUTES } from '../domain/planning';
import type { Session } from '../domain/session';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { TEST_RUNNER, type TestRunner } from '../domain/test-runner';
import { CLOCK } from './tokens';

const REFUSED = 'Le numéro de session ou le mot de passe est incorrect.';

/** The invigilator space (rules §6.2): sign-in with the session number and password, then the live list. */
@Injectable()
export class InvigilateSession {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(INVIGILATION_REPOSITORY) private readonly invigilation: InvigilationRepository,
    @Inject(TEST_RUNNER) private readonly tests: TestRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** An unknown session and a wrong password get the same answer; every failure counts against three budgets. */
  async signIn(request: SuperviseSessionRequest): Promise<InvigilatedSession> {
    const now = this.clock.now();
    const budgets = [
      { key: sessionAndIpKey(request.sessionId, request.ip), rule: SESSION_AND_IP_RULE },
      { key: sessionKey(request.sessionId), rule: SESSION_RULE },
      { key: ipKey(request.ip), rule: IP_RULE },
    ];
    const counters = await Promise.all(budgets.map((budget) => this.invigilation.throttle(budget.key)));
    const wait = Math.max(...counters.map((counter) => secondsBlocked(counter, now)));
    if (wait > 0) {
      throw new DomainError(
        SessionsErrorCode.INVIGILATOR_THROTTLED,
        `Trop de tentatives. Réessayez dans ${Math.ceil(wait / 60)} minute(s) ou contactez le référent Pix du centre.`,
        { retryAfterSeconds: wait },
      );
    }
    const session = await this.sessions.findById(request.sessionId);
    if (session === null || !session.acceptsInvigilatorPassword(request.password)) {
      await Promise.all(
        budgets.map((budget, index) =>
          this.invigilation.saveThrottle(budget.key, recordFailure(counters[index] ?? null, budget.rule, now)),
        ),
      );
      throw new DomainError(SessionsErrorCode.INVIGILATOR_SIGN_IN_REFUSED, REFUSED);
    }
    if (!session.isAccessible) {
      throw new DomainError(
        SessionsErrorCode.SESSION_NOT_ACCESSIBLE,
        'Cette session est finalisée : l’espace surveillant est fermé.',
      );
    }
    await this.invigilation.recordAccess(request.sessionId, request.userId, now);
    return this.view(session);
  }

  async get(request: InvigilatedSessionRequest): Promise<InvigilatedSession> {
    return this.view(await this.invigilatedSession(request));
  }

  /** Presence before the start, resume after it; every action recorded with who and when. */
  async authorize(request: AuthorizeCandidateRequest): Promise<InvigilatedCandidate> {
    const session = await this.invigilatedSession(request);
    if (!session.isAccessible) {
      throw new DomainError(SessionsErrorCode.SESSION_NOT_ACCESSIBLE, 'Cette session est finalisée.');
    }
    const candidate = (await this.candidates.listOf(request.sessionId)).find((one) => one.id === request.candidateId);
    if (candidate === undefined) {
      throw new DomainError(SessionsErrorCode.CANDIDATE_NOT_FOUND, 'Ce candidat n’est pas inscrit à cette session.');
    }
    const action = !request.authorized
      ? 'withdraw_presence'
      : candidate.startedAt === null
        ? 'confirm_presence'
        : 'authorize_resume';
    const at = this.clock.now();
    const change =
      action === 'authorize_resume'
        ? 'resume_authorized'
        : action === 'confirm_presence'
          ? 'presence_confirmed'
          : 'presence_withdrawn';
    await this.invigilation.setAuthorization(
      { sessionId: request.sessionId, candidateId: request.candidateId, action, invigilatorUserId: request.userId, at },
      request.authorized,
      candidateChanged({ ...candidate, authorizedToStart: request.authorized }, change, at),
    );
    // Before the start there is no test to ask testing about: confirming presence stays a sessions-only request.
    const progress = candidate.startedAt === null ? null : await this.tests.progressOf(request.sessionId);
    return toInvigilatedCandidate(
      { ...candidate, authorizedToStart: request.authorized },
      progress?.find((course) => course.candidateId === request.candidateId),
    );
  }

  /** "Terminer le test": the testing service ends it (no effect on a finished test); recorded with who and when. */
  async endTest(request: EndCandidateTestRequest): Promise<InvigilatedCandidate> {
    const session = await this.invigilatedSession(request);
    if (!session.isAccessible) {
      throw new DomainError(SessionsErrorCode.SESSION_NOT_ACCESSIBLE, 'Cette session est finalisée.');
    }
    const candidate = (await this.candidates.listOf(request.sessionId)).find((one) => one.id === request.candidateId);
    if (candidate === undefined) {
      throw new DomainError(SessionsErrorCode.CANDIDATE_NOT_FOUND, 'Ce candidat n’est pas inscrit à cette session.');
    }
    const course = await this.tests.end({
      sessionId: request.sessionId,
      candidateId: request.candidateId,
      endedBy: request.userId,
    });
    if (course === null) {
      throw new DomainError(
        SessionsErrorCode.CANDIDATE_NOT_STARTED,
        'Ce candidat n’a pas commencé son test : il n’y a rien à terminer.',
      );
    }
    // A finished test is left as it is: nothing happened, nothing to record or announce.
    if (course.state === 'completed') return toInvigilatedCandidate(candidate, course);
    const at = this.clock.now();
    await this.invigilation.recordAction(
      {
        sessionId: request.sessionId,
        candidateId: request.candidateId,
        action: 'end_test',
        invigilatorUserId: request.userId,
        at,
      },
      candidateChanged(candidate, 'test_ended', at),
    );
    return toInvigilatedCandidate(candidate, course);
  }

  private async invigilatedSession(request: { sessionId: number; userId: number }): Promise<Session> {
    const session = await this.sessions.findById(request.sessionId);
    if (session === null || !(await this.invigilation.hasAccess(request.sessionId, request.userId))) {
      throw new DomainError(
        SessionsErrorCode.INVIGILATOR_ACCESS_REQUIRED,
        'Connectez-vous à l’espace surveillant avec le numéro et le mot de passe de la session.',
      );
    }
    return session;
  }

  private async view(session: Session): Promise<InvigilatedSession> {
    const props = session.toProps();
    if (props.id === undefined) throw new Error('a stored session has a number');
    const [candidates, progress] = await Promise.all([
      this.candidates.listOf(props.id),
      this.tests.progressOf(props.id),
    ]);
    return {
      sessionId: props.id,
      certificationCenterName: props.certificationCenterName,
      address: props.address,
      room: props.room,
      date: props.date,
      time: props.time,
      examiner: props.examiner,
      status: session.status,
      candidates: candidates.map((candidate) =>
        toInvigilatedCandidate(
          candidate,
          progress?.find((course) => course.candidateId === candidate.id),
        ),
      ),
      progressAvailable: progress !== null,
    };
  }
}

function candidateChanged(
  candidate: CandidateProps,
  change: CandidateChange,
  at: Date,
): PendingEvent<CandidateChanged> {
  if (candidate.id === undefined) throw new Error('a stored candidate has an id');
  return {
    subject: SessionsEvents.candidateChanged,
    payload: {
      sessionId: candidate.sessionId,
      candidateId: candidate.id,
      change,
      authorizedToStart: candidate.authorizedToStart,
      startedAt: candidate.startedAt?.toISOString() ?? null,
      at: at.toISOString(),
    },
  };
}

const STATUS_OF_STATE: Readonly<Record<CourseState, InvigilatedCandidateStatus>> = {
  started: 'in_progress',
  completed: 'finished',
  ended_by_invigilator: 'ended_by_invigilator',
  // After finalisation the invigilator space is closed; an unfinished test shows as ended.
  ended_due_to_finalization: 'ended_by_invigilator',
};

function toInvigilatedCandidate(candidate: CandidateProps, course?: CourseProgress): InvigilatedCandidate {
  if (candidate.id === undefined) throw new Error('a stored candidate has an id');
  const theoreticalEnd =
    candidate.startedAt === null
      ? null
      : new Date(
          candidate.startedAt.getTime() + Math.ceil(TEST_MINUTES * (1 + (candidate.extraTimePercentage ?? 0))) * 60_000,
        );
  return {
    id: candidate.id,
    lastName: candidate.lastName,
    firstName: candidate.firstName,
    birthdate: candidate.birthdate,
    extraTimePercentage: candidate.extraTimePercentage,
    authorizedToStart: candidate.authorizedToStart,
    status:
      course !== undefined
        ? STATUS_OF_STATE[course.state]
        : candidate.startedAt === null
          ? 'not_started'
          : 'in_progress',
    answeredCount: course?.answeredCount ?? 0,
    questionCount: course?.questionCount ?? 0,
    startedAt: candidate.startedAt?.toISOString() ?? null,
    theoreticalEndAt: theoreticalEnd?.toISOString() ?? null,
  };
}
