import { Inject, Injectable } from '@nestjs/common';
import { type FileFraudReportRequest, type FraudReportView, IncidentsEvents } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { checkEvidenceFiles, decodeBase64 } from '../domain/evidence-file';
import { FraudReport } from '../domain/fraud-report';
import { FRAUD_REPORT_REPOSITORY, type FraudReportRepository } from '../domain/fraud-report.repository';
import { IssueReport } from '../domain/issue-report';
import { ISSUE_REPORT_REPOSITORY, type IssueReportRepository } from '../domain/issue-report.repository';
import { CLOCK, EVENT_OUTBOX, type EventOutbox, TRANSACTIONS, type Transactions } from './tokens';
import { issueReportRecorded, toIssueReportView } from './views';

/** The PV de fraude with its evidence, and the C6 report that goes with it, in one transaction (rules §7). */
@Injectable()
export class FileFraudReport {
  constructor(
    @Inject(FRAUD_REPORT_REPOSITORY) private readonly fraudReports: FraudReportRepository,
    @Inject(ISSUE_REPORT_REPOSITORY) private readonly issueReports: IssueReportRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: FileFraudReportRequest): Promise<FraudReportView> {
    const evidence = checkEvidenceFiles(
      request.files.map((file) => ({ fileName: file.fileName, bytes: decodeBase64(file.base64, file.fileName) })),
    );
    const report = FraudReport.create(request, evidence, this.clock);
    const fraudIssue = IssueReport.create(
      {
        sessionId: request.sessionId,
        candidateId: request.candidateId,
        source: 'fraud_report',
        recordedBy: request.recordedBy,
        category: 'FRAUD',
      },
      this.clock,
    );
    return this.transactions.run(async () => {
      const issue = toIssueReportView(await this.issueReports.add(fraudIssue));
      const filed = await this.fraudReports.add(report, issue.id);
      await this.outbox.enqueue(IncidentsEvents.issueReportRecorded, issueReportRecorded(issue));
      await this.outbox.enqueue(IncidentsEvents.fraudReportFiled, {
        fraudReportId: filed.id,
        sessionId: filed.sessionId,
        candidateId: filed.candidateId,
        issueReportId: issue.id,
        occurredAt: filed.occurredAt,
        evidenceCount: filed.evidence.length,
      });
      return filed;
    });
  }
}
