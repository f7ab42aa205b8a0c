import { type DynamicModule, Module } from '@nestjs/common';
import { systemClock } from '@pix/kernel';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { DecideAlert } from './application/decide-alert.use-case';
import { DeleteIssueReport } from './application/delete-issue-report.use-case';
import { FileFraudReport } from './application/file-fraud-report.use-case';
import { GetEvidenceFile } from './application/get-evidence-file.use-case';
import { ListAlerts } from './application/list-alerts.use-case';
import { ListFraudReports } from './application/list-fraud-reports.use-case';
import { ListIssueReports } from './application/list-issue-reports.use-case';
import { RaiseAlert } from './application/raise-alert.use-case';
import { RecordIssueReport } from './application/record-issue-report.use-case';
import { ResolveAutomatically } from './application/resolve-automatically.use-case';
import { ResolveManually } from './application/resolve-manually.use-case';
import { CLOCK, EVENT_OUTBOX, TRANSACTIONS } from './application/tokens';
import { CANDIDATE_ALERT_REPOSITORY } from './domain/candidate-alert.repository';
import { FRAUD_REPORT_REPOSITORY } from './domain/fraud-report.repository';
import { ISSUE_REPORT_REPOSITORY } from './domain/issue-report.repository';
import { IncidentsHandlers } from './infrastructure/messaging/incidents.handlers';
import { DrizzleCandidateAlertRepository } from './infrastructure/persistence/drizzle-candidate-alert.repository';
import { DrizzleFraudReportRepository } from './infrastructure/persistence/drizzle-fraud-report.repository';
import { DrizzleIssueReportRepository } from './infrastructure/persistence/drizzle-issue-report.repository';
import { DrizzleEventOutbox, DrizzleTransactions } from './infrastructure/persistence/drizzle-transactions';
import * as schema from './infrastructure/persistence/schema';

/** The incidents service: issue reports (C1..C8, E1..E12), fraud reports, candidates' alerts, automatic resolution. */
@Module({})
export class IncidentsModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: IncidentsModule,
      imports: [PlatformModule.forService({ service: 'incidents', schema, ...options })],
      controllers: [IncidentsHandlers],
      providers: [
        RecordIssueReport,
        ListIssueReports,
        DeleteIssueReport,
        FileFraudReport,
        ListFraudReports,
        GetEvidenceFile,
        RaiseAlert,
        ListAlerts,
        DecideAlert,
        ResolveAutomatically,
        ResolveManually,
        DrizzleTransactions,
        { provide: TRANSACTIONS, useExisting: DrizzleTransactions },
        { provide: EVENT_OUTBOX, useClass: DrizzleEventOutbox },
        { provide: ISSUE_REPORT_REPOSITORY, useClass: DrizzleIssueReportRepository },
        { provide: FRAUD_REPORT_REPOSITORY, useClass: DrizzleFraudReportRepository },
        { provide: CANDIDATE_ALERT_REPOSITORY, useClass: DrizzleCandidateAlertRepository },
        { provide: CLOCK, useValue: systemClock },
      ],
    };
  }
}
