import { Injectable } from '@nestjs/common';
import type { EvidenceFileView, FraudReportView } from '@pix/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FraudReport } from '../../domain/fraud-report';
import type { FraudReportRepository, StoredEvidence } from '../../domain/fraud-report.repository';
import { DrizzleTransactions } from './drizzle-transactions';
import { evidenceFiles, fraudReports } from './schema';

const evidenceColumns = {
  id: evidenceFiles.id,
  fraudReportId: evidenceFiles.fraudReportId,
  fileName: evidenceFiles.fileName,
  contentType: evidenceFiles.contentType,
  sizeBytes: evidenceFiles.sizeBytes,
  sha256: evidenceFiles.sha256,
};

@Injectable()
export class DrizzleFraudReportRepository implements FraudReportRepository {
  constructor(private readonly transactions: DrizzleTransactions) {}

  async add(report: FraudReport, issueReportId: number): Promise<FraudReportView> {
    const props = report.toProps();
    const db = this.transactions.db();
    const [row] = await db
      .insert(fraudReports)
      .values({
        sessionId: props.sessionId,
        candidateId: props.candidateId,
        occurredAt: props.occurredAt,
        description: props.description,
        invigilatorName: props.invigilatorName,
        recordedBy: props.recordedBy,
        recordedAt: props.recordedAt,
        issueReportId,
      })
      .returning();
    if (row === undefined) throw new Error('insert returned no row');
    const evidence =
      props.evidence.length === 0
        ? []
        : await db
            .insert(evidenceFiles)
            .values(
              props.evidence.map((file) => ({
                fraudReportId: row.id,
                fileName: file.fileName,
                contentType: file.contentType,
                sizeBytes: file.sizeBytes,
                sha256: file.sha256,
                content: file.bytes,
              })),
            )
            .returning(evidenceColumns);
    return toView(row, evidence);
  }

  async listOfSession(sessionId: number): Promise<FraudReportView[]> {
    const db = this.transactions.db();
    const rows = await db
      .select()
      .from(fraudReports)
      .where(eq(fraudReports.sessionId, sessionId))
      .orderBy(asc(fraudReports.recordedAt), asc(fraudReports.id));
    if (rows.length === 0) return [];
    const files = await db
      .select(evidenceColumns)
      .from(evidenceFiles)
      .where(
        inArray(
          evidenceFiles.fraudReportId,
          rows.map((row) => row.id),
        ),
      )
      .orderBy(asc(evidenceFiles.id));
    return rows.map((row) =>
      toView(
        row,
        files.filter((file) => file.fraudReportId === row.id),
      ),
    );
  }

  async findEvidence(sessionId: number, fraudReportId: number, evidenceFileId: number): Promise<StoredEvidence | null> {
    const [row] = await this.transactions
      .db()
      .select({ ...evidenceColumns, content: evidenceFiles.content })
      .from(evidenceFiles)
      .innerJoin(fraudReports, eq(fraudReports.id, evidenceFiles.fraudReportId))
      .where(
        and(
          eq(fraudReports.sessionId, sessionId),
          eq(fraudReports.id, fraudReportId),
          eq(evidenceFiles.id, evidenceFileId),
        ),
      )
      .limit(1);
    if (row === undefined) return null;
    const { content, fraudReportId: _fraudReportId, ...view } = row;
    return { ...view, bytes: content };
  }

  async exists(sessionId: number, fraudReportId: number): Promise<boolean> {
    const [row] = await this.transactions
      .db()
      .select({ id: fraudReports.id })
      .from(fraudReports)
      .where(and(eq(fraudReports.sessionId, sessionId), eq(fraudReports.id, fraudReportId)))
      .limit(1);
    return row !== undefined;
  }
}

function toView(
  row: typeof fraudReports.$inferSelect,
  files: ReadonlyArray<EvidenceFileView & { fraudReportId: number }>,
): FraudReportView {
  return {
    id: row.id,
    sessionId: row.sessionId,
    candidateId: row.candidateId,
    occurredAt: row.occurredAt.toISOString(),
    description: row.description,
    invigilatorName: row.invigilatorName,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
    issueReportId: row.issueReportId,
    evidence: files.map(({ fraudReportId: _fraudReportId, ...file }) => file),
  };
}
