import type { EvidenceContentType, EvidenceFileView, FraudReportView } from '@pix/contracts';
import type { FraudReport } from './fraud-report';

export interface StoredEvidence extends EvidenceFileView {
  readonly contentType: EvidenceContentType;
  readonly bytes: Buffer;
}

/** Port: PVs de fraude with their evidence. Joins the transaction the application layer opened. */
export interface FraudReportRepository {
  /** Stores the report and its files, linked to its C6 issue report. */
  add(report: FraudReport, issueReportId: number): Promise<FraudReportView>;
  /** In the order they were filed, without the files' contents. */
  listOfSession(sessionId: number): Promise<FraudReportView[]>;
  findEvidence(sessionId: number, fraudReportId: number, evidenceFileId: number): Promise<StoredEvidence | null>;
  exists(sessionId: number, fraudReportId: number): Promise<boolean>;
}

export const FRAUD_REPORT_REPOSITORY = Symbol('FRAUD_REPORT_REPOSITORY');
