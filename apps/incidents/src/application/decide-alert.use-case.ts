import { Inject, Injectable } from '@nestjs/common';
import { type AlertView, type DecideAlertRequest, IncidentsErrorCode, IncidentsEvents } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import { CANDIDATE_ALERT_REPOSITORY, type CandidateAlertRepository } from '../domain/candidate-alert.repository';
import { IssueReport } from '../domain/issue-report';
import { ISSUE_REPORT_REPOSITORY, type IssueReportRepository } from '../domain/issue-report.repository';
import { CLOCK, EVENT_OUTBOX, type EventOutbox, TRANSACTIONS, type Transactions } from './tokens';
import { issueReportRecorded, toAlertView, toIssueReportView } from './views';

/**
 * The invigilator validates an alert with an E subcategory (an IN_CHALLENGE report with the alert's question number
 * is recorded in the same transaction) or dismisses it. A decision is final.
 */
@Injectable()
export class DecideAlert {
  constructor(
    @Inject(CANDIDATE_ALERT_REPOSITORY) private readonly alerts: CandidateAlertRepository,
    @Inject(ISSUE_REPORT_REPOSITORY) private readonly issueReports: IssueReportRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: DecideAlertRequest): Promise<AlertView> {
    return this.transactions.run(async () => {
      const alert = await this.alerts.findInSession(request.sessionId, request.alertId);
      if (alert === null) throw new DomainError(IncidentsErrorCode.ALERT_NOT_FOUND, 'Signalement introuvable.');
      const decision =
        request.decision === 'validated'
          ? { decision: 'validated' as const, subcategory: request.subcategory }
          : { decision: 'dismissed' as const };
      const outcome = alert.decide(decision, request.decidedBy, this.clock);
      const reportKind = outcome.reportKind;
      let decided = outcome.alert;
      const props = decided.toProps();
      if (reportKind !== null) {
        const report = IssueReport.create(
          {
            sessionId: props.sessionId,
            candidateId: props.candidateId,
            source: 'candidate_alert',
            recordedBy: request.decidedBy,
            category: reportKind.category,
            subcategory: reportKind.subcategory,
            questionNumber: props.questionNumber,
          },
          this.clock,
        );
        const recorded = toIssueReportView(await this.issueReports.add(report));
        decided = decided.withIssueReport(recorded.id);
        await this.outbox.enqueue(IncidentsEvents.issueReportRecorded, issueReportRecorded(recorded));
      }
      if (!(await this.alerts.saveDecision(decided))) {
        throw new DomainError(IncidentsErrorCode.ALERT_ALREADY_DECIDED, 'Ce signalement a déjà été traité.');
      }
      const view = toAlertView(decided);
      await this.outbox.enqueue(IncidentsEvents.alertDecided, {
        alertId: view.id,
        sessionId: view.sessionId,
        candidateId: view.candidateId,
        status: view.status === 'validated' ? 'validated' : 'dismissed',
        subcategory: view.subcategory,
        issueReportId: view.issueReportId,
      });
      return view;
    });
  }
}
