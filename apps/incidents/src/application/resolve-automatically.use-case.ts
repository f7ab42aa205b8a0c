import { Inject, Injectable } from '@nestjs/common';
import type { QuestionForResolution, ResolveAutomaticallyResponse } from '@pix/contracts';
import { type Clock, FixedClock } from '@pix/kernel';
import { type RecordedAnswerStatus, type ReportedQuestion, resolveAutomatically } from '../domain/automatic-resolution';
import type { IssueReport } from '../domain/issue-report';
import { ISSUE_REPORT_REPOSITORY, type IssueReportRepository } from '../domain/issue-report.repository';
import { CLOCK, TRANSACTIONS, type Transactions } from './tokens';
import { toResolvedIssueReportView } from './views';

/** One question of a candidate's test; the handler refused any other answer status. */
export type CandidateQuestion = Omit<QuestionForResolution, 'answerStatus'> & {
  readonly answerStatus: RecordedAnswerStatus | null;
};

/** `ResolveAutomaticallyRequest` once checked: numbers are unique per candidate, candidates unique per session. */
export interface ResolveAutomaticallyCommand {
  readonly sessionId: number;
  readonly candidates: readonly {
    readonly candidateId: number;
    readonly questions: readonly CandidateQuestion[];
  }[];
}

/**
 * Auto-jury, right after finalisation (rules §7, §8): every unresolved report of a listed candidate that has an
 * automatic strategy is resolved, with its French text, its effect and the challenge it applies to; the others are
 * left for the jury.
 *
 * Idempotent: the reports are locked for the whole transaction, and a report already resolved (by an earlier run or by
 * a jury member) keeps its resolution. The reply lists every report of the session, resolved or not, so that the
 * caller can re-apply the effects after a replay. Reports of candidates the request does not list are left as they
 * are, and still listed.
 */
@Injectable()
export class ResolveAutomatically {
  constructor(
    @Inject(ISSUE_REPORT_REPOSITORY) private readonly reports: IssueReportRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ResolveAutomaticallyCommand): Promise<ResolveAutomaticallyResponse> {
    const testOf = new Map(
      command.candidates.map((candidate) => [
        candidate.candidateId,
        new Map(candidate.questions.map((question) => [question.number, question])),
      ]),
    );
    return this.transactions.run(async () => {
      // Every report of one run is resolved at the same instant.
      const clock = new FixedClock(this.clock.now());
      const reports = await this.reports.lockAllOfSession(command.sessionId);
      const after: IssueReport[] = [];
      for (const report of reports) after.push(await this.resolve(report, testOf.get(report.candidateId), clock));
      return { issueReports: after.map(toResolvedIssueReportView) };
    });
  }

  private async resolve(
    report: IssueReport,
    test: ReadonlyMap<number, CandidateQuestion> | undefined,
    clock: Clock,
  ): Promise<IssueReport> {
    if (report.isResolved || test === undefined) return report;
    const question = answeredQuestion(test, report.questionNumber);
    const outcome = resolveAutomatically(report, question);
    if (!outcome.hasBeenAutomaticallyResolved) return report;
    const resolved = report.applyAutomaticResolution(outcome, question?.challengeId ?? null, clock);
    await this.reports.saveResolution(resolved);
    return resolved;
  }
}

/**
 * The answered question a report's number points at. A number matching no question, and a question never answered,
 * are both "no such answer" (the numbers of §7 count answers): null, and the report is resolved with no effect.
 */
function answeredQuestion(
  test: ReadonlyMap<number, CandidateQuestion>,
  questionNumber: number | null,
): (ReportedQuestion & { readonly challengeId: string }) | null {
  const question = questionNumber === null ? undefined : test.get(questionNumber);
  if (question === undefined || question.answerStatus === null) return null;
  return { flags: question.flags, answerStatus: question.answerStatus, challengeId: question.challengeId };
}
