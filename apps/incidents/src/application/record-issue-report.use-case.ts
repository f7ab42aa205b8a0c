import { Inject, Injectable } from '@nestjs/common';
import { IncidentsEvents, type IssueReportView, type RecordIssueReportRequest } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { IssueReport, kindFieldsOfCode } from '../domain/issue-report';
import { ISSUE_REPORT_REPOSITORY, type IssueReportRepository } from '../domain/issue-report.repository';
import { CLOCK, EVENT_OUTBOX, type EventOutbox, TRANSACTIONS, type Transactions } from './tokens';
import { issueReportRecorded, toIssueReportView } from './views';

/** The invigilator (during the session) or the centre (later) records an issue report for a candidate (rules §7). */
@Injectable()
export class RecordIssueReport {
  constructor(
    @Inject(ISSUE_REPORT_REPOSITORY) private readonly reports: IssueReportRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The kind is named by `code` (C1, E3…) when given, otherwise by `category` and `subcategory`. */
  async execute(request: RecordIssueReportRequest): Promise<IssueReportView> {
    const kind =
      typeof request.code === 'string' && request.code.trim() !== ''
        ? kindFieldsOfCode(request.code)
        : { category: request.category ?? '', subcategory: request.subcategory ?? null };
    const report = IssueReport.create(
      {
        sessionId: request.sessionId,
        candidateId: request.candidateId,
        source: request.source,
        recordedBy: request.recordedBy,
        ...kind,
        description: request.description ?? null,
        questionNumber: request.questionNumber ?? null,
      },
      this.clock,
    );
    return this.transactions.run(async () => {
      const view = toIssueReportView(await this.reports.add(report));
      await this.outbox.enqueue(IncidentsEvents.issueReportRecorded, issueReportRecorded(view));
      return view;
    });
  }
}
