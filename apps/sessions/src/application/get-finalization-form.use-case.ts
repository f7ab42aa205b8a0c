import { Inject, Injectable } from '@nestjs/common';
import type { FinalizationCandidate, FinalizationForm, SessionRef } from '@pix/contracts';
import { CANDIDATE_REPOSITORY, type CandidateRepository } from '../domain/candidate.repository';
import { isCompleted } from '../domain/certification-report';
import { SESSION_REPOSITORY, type SessionRepository } from '../domain/session.repository';
import { TEST_RUNNER, type TestRunner } from '../domain/test-runner';
import { startedCourses, startedTest } from './finalize-session.use-case';
import { SessionViews } from './session-views';

/**
 * What the finalisation form shows (rules §8): every started test with its state and progress, whether it needs an
 * abort reason, and what the last finalisation stored (after an unfinalisation the form is pre-filled with it).
 */
@Injectable()
export class GetFinalizationForm {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CANDIDATE_REPOSITORY) private readonly candidates: CandidateRepository,
    @Inject(TEST_RUNNER) private readonly tests: TestRunner,
    private readonly views: SessionViews,
  ) {}

  async execute(request: SessionRef): Promise<FinalizationForm> {
    const session = await this.views.findOfCentre(request.sessionId, request.certificationCenterId);
    const started = (await this.candidates.listOf(request.sessionId)).filter((one) => one.startedAt !== null);
    const [courses, reports, view] = await Promise.all([
      started.length === 0 ? new Map() : startedCourses(this.tests, request.sessionId),
      this.sessions.reportsOf(request.sessionId),
      this.views.view(session),
    ]);
    const reportOf = new Map(reports.map((report) => [report.candidateId, report]));
    const props = session.toProps();
    return {
      session: view,
      candidates: started.map((candidate): FinalizationCandidate => {
        const test = startedTest(candidate, courses);
        const course = courses.get(test.candidateId);
        const report = reportOf.get(test.candidateId);
        return {
          candidateId: test.candidateId,
          firstName: candidate.firstName,
          lastName: candidate.lastName,
          division: candidate.division,
          courseState: test.courseState,
          answeredCount: course?.answeredCount ?? 0,
          questionCount: course?.questionCount ?? 0,
          abortReasonRequired: !isCompleted(test.courseState),
          examinerComment: report?.examinerComment ?? null,
          abortReason: report?.abortReason ?? null,
        };
      }),
      examinerGlobalComment: props.examinerGlobalComment,
      hasIncident: props.hasIncident,
      hasJoiningIssue: props.hasJoiningIssue,
    };
  }
}
