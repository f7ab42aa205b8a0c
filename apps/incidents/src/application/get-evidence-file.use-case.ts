import { Inject, Injectable } from '@nestjs/common';
import { type EvidenceFileContent, type GetEvidenceFileRequest, IncidentsErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { FRAUD_REPORT_REPOSITORY, type FraudReportRepository } from '../domain/fraud-report.repository';

/** One evidence file of a PV de fraude of the session, with its detected type and sanitised name. */
@Injectable()
export class GetEvidenceFile {
  constructor(@Inject(FRAUD_REPORT_REPOSITORY) private readonly fraudReports: FraudReportRepository) {}

  async execute(request: GetEvidenceFileRequest): Promise<EvidenceFileContent> {
    const file = await this.fraudReports.findEvidence(request.sessionId, request.fraudReportId, request.evidenceFileId);
    if (file === null) {
      if (!(await this.fraudReports.exists(request.sessionId, request.fraudReportId))) {
        throw new DomainError(IncidentsErrorCode.FRAUD_REPORT_NOT_FOUND, 'PV de fraude introuvable.');
      }
      throw new DomainError(IncidentsErrorCode.EVIDENCE_FILE_NOT_FOUND, 'Fichier introuvable.');
    }
    const { bytes, ...view } = file;
    return { ...view, base64: bytes.toString('base64') };
  }
}
