import { Injectable } from '@nestjs/common';
import { and, asc, eq } from 'drizzle-orm';
import { IssueReport, type IssueReportProps } from '../../domain/issue-report';
import type { IssueReportCategory, IssueReportSubcategory } from '@pix/contracts';
import type { IssueReportRepository } from '../../domain/issue-report.repository';
import { DrizzleTransactions } from './drizzle-transactions';
import { issueReports } from './schema';

type Row = typeof issueReports.$inferSelect;

@Injectable()
export class DrizzleIssueReportRepository implements IssueReportRepository {
  constructor(private readonly transactions: DrizzleTransactions) {}

  async add(report: IssueReport): Promise<IssueReport> {
    const props = report.toProps();
    const [row] = await this.transactions
      .db()
      .insert(issueReports)
      .values({
        sessionId: props.sessionId,
        candidateId: props.candidateId,
        category: props.category,
        subcategory: props.subcategory,
        description: props.description,
        questionNumber: props.questionNumber,
        source: props.source,
        recordedBy: props.recordedBy,
        recordedAt: props.createdAt,
        ...resolutionColumns(props),
      })
      .returning({ id: issueReports.id });
    if (row === undefined) throw new Error('insert returned no row');
    return report.withId(row.id);
  }

  async findInSession(sessionId: number, issueReportId: number): Promise<IssueReport | null> {
    const [row] = await this.oneOfSession(sessionId, issueReportId);
    return row === undefined ? null : toDomain(row);
  }

  async lockInSession(sessionId: number, issueReportId: number): Promise<IssueReport | null> {
    const [row] = await this.oneOfSession(sessionId, issueReportId).for('update');
    return row === undefined ? null : toDomain(row);
  }

  async listOfSession(sessionId: number): Promise<IssueReport[]> {
    return (await this.allOfSession(sessionId)).map(toDomain);
  }

  async lockAllOfSession(sessionId: number): Promise<IssueReport[]> {
    // Locked in a fixed order, so that two resolutions of the same session wait for each other, never deadlock.
    return (await this.allOfSession(sessionId).for('update')).map(toDomain);
  }

  async saveResolution(report: IssueReport): Promise<void> {
    const props = report.toProps();
    if (props.id === undefined) throw new Error('only a stored report can be resolved');
    await this.transactions
      .db()
      .update(issueReports)
      .set(resolutionColumns(props))
      .where(eq(issueReports.id, props.id));
  }

  async remove(issueReportId: number): Promise<void> {
    await this.transactions.db().delete(issueReports).where(eq(issueReports.id, issueReportId));
  }

  private oneOfSession(sessionId: number, issueReportId: number) {
    return this.transactions
      .db()
      .select()
      .from(issueReports)
      .where(and(eq(issueReports.sessionId, sessionId), eq(issueReports.id, issueReportId)))
      .limit(1);
  }

  private allOfSession(sessionId: number) {
    return this.transactions
      .db()
      .select()
      .from(issueReports)
      .where(eq(issueReports.sessionId, sessionId))
      .orderBy(asc(issueReports.recordedAt), asc(issueReports.id));
  }
}

function resolutionColumns(props: IssueReportProps) {
  return {
    resolvedAt: props.resolvedAt,
    resolution: props.resolution,
    hasBeenAutomaticallyResolved: props.hasBeenAutomaticallyResolved,
    resolutionEffect: props.effect,
    resolutionChallengeId: props.challengeId,
    resolvedBy: props.resolvedBy,
  } satisfies Partial<typeof issueReports.$inferInsert>;
}

function toDomain(row: Row): IssueReport {
  return IssueReport.restore({
    id: row.id,
    sessionId: row.sessionId,
    candidateId: row.candidateId,
    source: row.source,
    recordedBy: row.recordedBy,
    // Stored by this service from validated reports; a deprecated kind is restored as is.
    category: row.category as IssueReportCategory,
    subcategory: row.subcategory as IssueReportSubcategory | null,
    description: row.description,
    questionNumber: row.questionNumber,
    createdAt: row.recordedAt,
    resolvedAt: row.resolvedAt,
    resolution: row.resolution,
    hasBeenAutomaticallyResolved: row.hasBeenAutomaticallyResolved,
    effect: row.resolutionEffect,
    challengeId: row.resolutionChallengeId,
    resolvedBy: row.resolvedBy,
  });
}
