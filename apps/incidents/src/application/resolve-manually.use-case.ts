import { Inject, Injectable } from '@nestjs/common';
import { IncidentsErrorCode, type IssueReportView, type ResolveManuallyRequest } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import { ISSUE_REPORT_REPOSITORY, type IssueReportRepository } from '../domain/issue-report.repository';
import { CLOCK, TRANSACTIONS, type Transactions } from './tokens';
import { toIssueReportView } from './views';

/**
 * A jury member resolves a report of the session by hand with a free text (rules §9), refused for a report resolved
 * automatically (rules §7). A report already resolved by hand gets the new text, date and jury member: a jury member
 * corrects a resolution rather than being told it exists.
 */
@Injectable()
export class ResolveManually {
  constructor(
    @Inject(ISSUE_REPORT_REPOSITORY) private readonly reports: IssueReportRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: ResolveManuallyRequest): Promise<IssueReportView> {
    return this.transactions.run(async () => {
      // Locked: an automatic resolution running at the same time either comes first (and this one is refused) or waits.
      const report = await this.reports.lockInSession(request.sessionId, request.issueReportId);
      if (report === null) throw new DomainError(IncidentsErrorCode.ISSUE_REPORT_NOT_FOUND, 'Signalement introuvable.');
      const resolved = report.resolveManually(request.resolution, request.resolvedBy, this.clock);
      await this.reports.saveResolution(resolved);
      return toIssueReportView(resolved);
    });
  }
}
