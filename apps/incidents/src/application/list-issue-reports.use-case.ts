import { Inject, Injectable } from '@nestjs/common';
import type { IssueReportView, ListIssueReportsRequest } from '@pix/contracts';
import { ISSUE_REPORT_REPOSITORY, type IssueReportRepository } from '../domain/issue-report.repository';
import { toIssueReportView } from './views';

/** The issue reports of a session, in the order they were recorded. */
@Injectable()
export class ListIssueReports {
  constructor(@Inject(ISSUE_REPORT_REPOSITORY) private readonly reports: IssueReportRepository) {}

  async execute(request: ListIssueReportsRequest): Promise<{ issueReports: IssueReportView[] }> {
    const reports = await this.reports.listOfSession(request.sessionId);
    return { issueReports: reports.map(toIssueReportView) };
  }
}
