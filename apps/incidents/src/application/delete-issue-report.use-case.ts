import { Inject, Injectable } from '@nestjs/common';
import { type DeleteIssueReportRequest, IncidentsErrorCode, IncidentsEvents } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { ISSUE_REPORT_REPOSITORY, type IssueReportRepository } from '../domain/issue-report.repository';
import { EVENT_OUTBOX, type EventOutbox, TRANSACTIONS, type Transactions } from './tokens';

/** Removes a mistaken report, only while it is unresolved; the C6 of a PV de fraude stays with its PV. */
@Injectable()
export class DeleteIssueReport {
  constructor(
    @Inject(ISSUE_REPORT_REPOSITORY) private readonly reports: IssueReportRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
  ) {}

  async execute(request: DeleteIssueReportRequest): Promise<{ deleted: true }> {
    return this.transactions.run(async () => {
      const report = await this.reports.findInSession(request.sessionId, request.issueReportId);
      if (report === null || report.id === undefined) {
        throw new DomainError(IncidentsErrorCode.ISSUE_REPORT_NOT_FOUND, 'Signalement introuvable.');
      }
      if (report.isResolved) {
        throw new DomainError(
          IncidentsErrorCode.ISSUE_REPORT_ALREADY_RESOLVED,
          'Ce signalement est déjà résolu : il ne peut plus être supprimé.',
        );
      }
      if (report.source === 'fraud_report') {
        throw new DomainError(
          IncidentsErrorCode.ISSUE_REPORT_NOT_DELETABLE,
          'Ce signalement accompagne un PV de fraude : il ne peut pas être supprimé seul.',
        );
      }
      await this.reports.remove(report.id);
      await this.outbox.enqueue(IncidentsEvents.issueReportDeleted, {
        issueReportId: report.id,
        sessionId: report.sessionId,
        candidateId: report.candidateId,
        deletedBy: request.deletedBy,
      });
      return { deleted: true as const };
    });
  }
}
