import { Injectable } from '@nestjs/common';
import { and, asc, eq } from 'drizzle-orm';
import { CandidateAlert } from '../../domain/candidate-alert';
import type { CandidateAlertRepository } from '../../domain/candidate-alert.repository';
import { DrizzleTransactions } from './drizzle-transactions';
import { candidateAlerts } from './schema';

type Row = typeof candidateAlerts.$inferSelect;

@Injectable()
export class DrizzleCandidateAlertRepository implements CandidateAlertRepository {
  constructor(private readonly transactions: DrizzleTransactions) {}

  /** The partial unique index on ongoing alerts settles a race between two clicks: the second one reads the first. */
  async addOngoing(alert: CandidateAlert): Promise<{ alert: CandidateAlert; created: boolean }> {
    const props = alert.toProps();
    const db = this.transactions.db();
    const [inserted] = await db
      .insert(candidateAlerts)
      .values({
        sessionId: props.sessionId,
        candidateId: props.candidateId,
        courseId: props.courseId,
        questionNumber: props.questionNumber,
        challengeId: props.challengeId,
        status: 'ongoing',
        raisedAt: props.raisedAt,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted !== undefined) return { alert: toDomain(inserted), created: true };
    const [existing] = await db
      .select()
      .from(candidateAlerts)
      .where(
        and(
          eq(candidateAlerts.sessionId, props.sessionId),
          eq(candidateAlerts.candidateId, props.candidateId),
          eq(candidateAlerts.status, 'ongoing'),
        ),
      )
      .limit(1);
    if (existing === undefined) throw new Error('an alert conflicted with an ongoing one that cannot be found');
    return { alert: toDomain(existing), created: false };
  }

  async findInSession(sessionId: number, alertId: number): Promise<CandidateAlert | null> {
    const [row] = await this.transactions
      .db()
      .select()
      .from(candidateAlerts)
      .where(and(eq(candidateAlerts.sessionId, sessionId), eq(candidateAlerts.id, alertId)))
      .limit(1);
    return row === undefined ? null : toDomain(row);
  }

  async listOfSession(sessionId: number): Promise<CandidateAlert[]> {
    const rows = await this.transactions
      .db()
      .select()
      .from(candidateAlerts)
      .where(eq(candidateAlerts.sessionId, sessionId))
      .orderBy(asc(candidateAlerts.raisedAt), asc(candidateAlerts.id));
    return rows.map(toDomain);
  }

  async saveDecision(alert: CandidateAlert): Promise<boolean> {
    const props = alert.toProps();
    if (props.id === undefined) throw new Error('only a stored alert is decided');
    const rows = await this.transactions
      .db()
      .update(candidateAlerts)
      .set({
        status: props.status,
        decidedAt: props.decidedAt,
        decidedBy: props.decidedBy,
        subcategory: props.subcategory,
        issueReportId: props.issueReportId,
      })
      .where(and(eq(candidateAlerts.id, props.id), eq(candidateAlerts.status, 'ongoing')))
      .returning({ id: candidateAlerts.id });
    return rows.length === 1;
  }
}

function toDomain(row: Row): CandidateAlert {
  return CandidateAlert.restore({
    id: row.id,
    sessionId: row.sessionId,
    candidateId: row.candidateId,
    courseId: row.courseId,
    questionNumber: row.questionNumber,
    challengeId: row.challengeId,
    status: row.status,
    raisedAt: row.raisedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    subcategory: row.subcategory,
    issueReportId: row.issueReportId,
  });
}
