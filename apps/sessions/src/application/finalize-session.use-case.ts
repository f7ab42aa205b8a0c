import { Inject, Injectable } from '@nestjs/common';
import {
  CommonErrorCode,
  type CourseProgress,
  type FinalizedCandidate,
  type FinalizeSessionRequest,
  type SessionFinalized,
  SessionsErrorCode,
  SessionsEvents,
  type SessionView,
} from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import type { PendingEvent } from '@pix/platform';
import type { CandidateProps } from '../domain/candidate';
import { CANDIDATE_REPOSITORY, type CandidateRepository } from '../domain/candidate.repository';
import {
  type CertificationReport,
  checkCertificationReports,
  type ReceivedReport,
  type StartedTest,
} from '../domain/certification-report';
import type { Session } from '../domain/session';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { TEST_RUNNER, type TestRunner } from '../domain/test-runner';
import { SessionViews } from './session-views';
import { CLOCK } from './tokens';

/** The request as the handler lets it through: JSON types checked, values (abort reason included) checked here. */
export type ReceivedFinalization = Omit<FinalizeSessionRequest, 'reports'> & {
  readonly reports: readonly ReceivedReport[];
};

/**
 * A centre member finalises the session (rules §8). Checks in order: (1) not already finalised, (2) at least one
 * started test, (3) abort reasons against the tests' states asked to testing, (4) each report validates. Then the
 * reports, the session-level answers and the `session-finalized` event are stored together; the session is frozen.
 */
@Injectable()
export class FinalizeSession {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(TEST_RUNNER) private readonly tests: TestRunner,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly views: SessionViews,
  ) {}

  async execute(request: ReceivedFinalization): Promise<SessionView> {
    const session = await this.views.findOfCentre(request.sessionId, request.certificationCenterId);
    session.assertNotFinalized();
    const started = (await this.candidates.listOf(request.sessionId)).filter((one) => one.startedAt !== null);
    if (started.length === 0) {
      throw new DomainError(
        SessionsErrorCode.SESSION_WITHOUT_STARTED_CERTIFICATION,
        'Aucun candidat n’a commencé son test : cette session ne peut pas être finalisée. Supprimez-la si elle n’a pas eu lieu.',
      );
    }
    const courses = await startedCourses(this.tests, request.sessionId);
    const { reports, examinerGlobalComment } = checkCertificationReports(
      started.map((candidate) => startedTest(candidate, courses)),
      request,
    );
    const finalized = session.finalize(
      {
        finalizedBy: request.finalizedBy,
        examinerGlobalComment,
        hasIncident: request.hasIncident,
        hasJoiningIssue: request.hasJoiningIssue,
      },
      this.clock.now(),
    );
    if (!(await this.sessions.finalize(finalized, reports, sessionFinalized(finalized, started, reports)))) {
      throw new DomainError(SessionsErrorCode.SESSION_ALREADY_FINALIZED, 'Cette session a déjà été finalisée.');
    }
    return this.views.view(finalized);
  }
}

/** The tests of the session by candidate; testing must answer, since abort reasons depend on them. */
export async function startedCourses(tests: TestRunner, sessionId: number): Promise<Map<number, CourseProgress>> {
  const progress = await tests.progressOf(sessionId);
  if (progress === null) {
    throw new DomainError(
      CommonErrorCode.SERVICE_UNAVAILABLE,
      'L’état des tests des candidats est momentanément indisponible. Réessayez dans quelques instants.',
    );
  }
  return new Map(progress.map((course) => [course.candidateId, course]));
}

/** A started candidate whose test testing does not know yet counts as unfinished. */
export function startedTest(candidate: CandidateProps, courses: ReadonlyMap<number, CourseProgress>): StartedTest {
  if (candidate.id === undefined) throw new Error('a stored candidate has an id');
  return {
    candidateId: candidate.id,
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    courseState: courses.get(candidate.id)?.state ?? 'started',
  };
}

function sessionFinalized(
  session: Session,
  started: readonly CandidateProps[],
  reports: readonly CertificationReport[],
): PendingEvent<SessionFinalized> {
  const props = session.toProps();
  if (props.id === undefined || props.finalizedAt === null || props.finalizedBy === null) {
    throw new Error('only a stored, finalised session is announced');
  }
  const reportOf = new Map(reports.map((report) => [report.candidateId, report]));
  return {
    subject: SessionsEvents.sessionFinalized,
    payload: {
      sessionId: props.id,
      finalization: props.finalization,
      certificationCenterId: props.certificationCenterId,
      certificationCenterName: props.certificationCenterName,
      certificationCenterType: props.certificationCenterType,
      address: props.address,
      room: props.room,
      date: props.date,
      time: props.time,
      examiner: props.examiner,
      finalizedAt: props.finalizedAt.toISOString(),
      finalizedBy: props.finalizedBy,
      examinerGlobalComment: props.examinerGlobalComment,
      hasIncident: props.hasIncident,
      hasJoiningIssue: props.hasJoiningIssue,
      candidates: started.map((candidate): FinalizedCandidate => {
        if (candidate.id === undefined || candidate.userId === null || candidate.startedAt === null) {
          throw new Error('a started candidate is stored and linked');
        }
        const report = reportOf.get(candidate.id);
        return {
          candidateId: candidate.id,
          userId: candidate.userId,
          firstName: candidate.firstName,
          lastName: candidate.lastName,
          sex: candidate.sex,
          birthdate: candidate.birthdate,
          birthCity: candidate.birthCity,
          birthCountry: candidate.birthCountry,
          birthINSEECode: candidate.birthINSEECode,
          birthPostalCode: candidate.birthPostalCode,
          externalId: candidate.externalId,
          division: candidate.division,
          resultRecipientEmail: candidate.resultRecipientEmail,
          examinerComment: report?.examinerComment ?? null,
          abortReason: report?.abortReason ?? null,
          startedAt: candidate.startedAt.toISOString(),
        };
      }),
    },
  };
}
