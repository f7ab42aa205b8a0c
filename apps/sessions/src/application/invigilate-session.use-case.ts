import { Inject, Injectable } from '@nestjs/common';
import {
  type AuthorizeCandidateRequest,
  type InvigilatedCandidate,
  type InvigilatedSession,
  type InvigilatedSessionRequest,
  SessionsErrorCode,
  type SuperviseSessionRequest,
} from '@pix/contracts';
import { type Clock, DomainError, recordFailure, secondsBlocked } from '@pix/kernel';
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
import { CLOCK } from './tokens';

const REFUSED = 'Le numéro de session ou le mot de passe est incorrect.';

/** The invigilator space (rules §6.2): sign-in with the session number and password, then the live list. */
@Injectable()
export class InvigilateSession {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(INVIGILATION_REPOSITORY) private readonly invigilation: InvigilationRepository,
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
    await this.invigilation.setAuthorization(
      {
        sessionId: request.sessionId,
        candidateId: request.candidateId,
        action,
        invigilatorUserId: request.userId,
        at: this.clock.now(),
      },
      request.authorized,
    );
    return toInvigilatedCandidate({ ...candidate, authorizedToStart: request.authorized });
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
    const candidates = await this.candidates.listOf(props.id);
    return {
      sessionId: props.id,
      certificationCenterName: props.certificationCenterName,
      address: props.address,
      room: props.room,
      date: props.date,
      time: props.time,
      examiner: props.examiner,
      status: session.status,
      candidates: candidates.map(toInvigilatedCandidate),
    };
  }
}

function toInvigilatedCandidate(candidate: CandidateProps): InvigilatedCandidate {
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
    status: candidate.startedAt === null ? 'not_started' : 'in_progress',
    startedAt: candidate.startedAt?.toISOString() ?? null,
    theoreticalEndAt: theoreticalEnd?.toISOString() ?? null,
  };
}
