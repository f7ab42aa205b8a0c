import { Inject, Injectable } from '@nestjs/common';
import type { FraudReportView, ListFraudReportsRequest } from '@pix/contracts';
import { FRAUD_REPORT_REPOSITORY, type FraudReportRepository } from '../domain/fraud-report.repository';

/** The PVs de fraude of a session with the description of their files, never the contents. */
@Injectable()
export class ListFraudReports {
  constructor(@Inject(FRAUD_REPORT_REPOSITORY) private readonly fraudReports: FraudReportRepository) {}

  async execute(request: ListFraudReportsRequest): Promise<{ fraudReports: FraudReportView[] }> {
    return { fraudReports: await this.fraudReports.listOfSession(request.sessionId) };
  }
}
