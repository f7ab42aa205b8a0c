import { Inject, Injectable } from '@nestjs/common';
import type { SessionFinalized } from '@pix/contracts';
import { DATABASE, type DatabaseHandle, enqueueEvent, type PendingEvent } from '@pix/platform';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { CandidateProps } from '../../domain/candidate';
import type { CertificationReport } from '../../domain/certification-report';
import { Session, type SessionProps } from '../../domain/session';
import type { SessionRepository } from '../../domain/session.repository';
import { toCandidateRow } from './drizzle-candidate.repository';
import * as schema from './schema';

type SessionRow = typeof schema.sessions.$inferSelect;

@Injectable()
export class DrizzleSessionRepository implements SessionRepository {
  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  async add(session: Session): Promise<Session> {
    const [row] = await this.database.db.insert(schema.sessions).values(toRow(session)).returning();
    if (row === undefined) throw new Error('insert returned no session');
    return toDomain(row);
  }

  async findById(id: number): Promise<Session | null> {
    const [row] = await this.database.db.select().from(schema.sessions).where(eq(schema.sessions.id, id)).limit(1);
    return row === undefined ? null : toDomain(row);
  }

  async listOf(certificationCenterId: number): Promise<Session[]> {
    const rows = await this.database.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.certificationCenterId, certificationCenterId))
      .orderBy(desc(schema.sessions.date), asc(schema.sessions.time), asc(schema.sessions.id));
    return rows.map(toDomain);
  }

  async update(session: Session): Promise<void> {
    const props = session.toProps();
    if (props.id === undefined) throw new Error('cannot update a session that was never stored');
    await this.database.db
      .update(schema.sessions)
      .set({
        address: props.address,
        room: props.room,
        date: props.date,
        time: props.time,
        examiner: props.examiner,
        description: props.description,
      })
      .where(eq(schema.sessions.id, props.id));
  }

  async remove(id: number): Promise<void> {
    await this.database.db.delete(schema.sessions).where(eq(schema.sessions.id, id));
  }

  async addWithCandidates(
    entries: readonly { session: Session; candidates: readonly Omit<CandidateProps, 'id' | 'sessionId'>[] }[],
    now: Date,
  ): Promise<Session[]> {
    return this.database.db.transaction(async (tx) => {
      const stored: Session[] = [];
      for (const entry of entries) {
        const [row] = await tx.insert(schema.sessions).values(toRow(entry.session)).returning();
        if (row === undefined) throw new Error('insert returned no session');
        if (entry.candidates.length > 0) {
          await tx
            .insert(schema.candidates)
            .values(entry.candidates.map((candidate) => toCandidateRow({ ...candidate, sessionId: row.id }, now)));
        }
        stored.push(toDomain(row));
      }
      return stored;
    });
  }

  async finalize(
    session: Session,
    reports: readonly CertificationReport[],
    event: PendingEvent<SessionFinalized>,
  ): Promise<boolean> {
    const props = session.toProps();
    if (props.id === undefined || props.finalizedAt === null) throw new Error('only a stored, finalised session');
    const sessionId = props.id;
    const finalizedAt = props.finalizedAt;
    return this.database.db.transaction(async (tx) => {
      // The conditional update is the lock: of two finalisations read from the same state, the second finds no row.
      const updated = await tx
        .update(schema.sessions)
        .set({
          finalizedAt,
          finalizedBy: props.finalizedBy,
          finalization: props.finalization,
          examinerGlobalComment: props.examinerGlobalComment,
          hasIncident: props.hasIncident,
          hasJoiningIssue: props.hasJoiningIssue,
        })
        .where(
          and(
            eq(schema.sessions.id, sessionId),
            isNull(schema.sessions.finalizedAt),
            eq(schema.sessions.finalization, props.finalization - 1),
          ),
        )
        .returning({ id: schema.sessions.id });
      if (updated.length === 0) return false;
      await tx.delete(schema.certificationReports).where(eq(schema.certificationReports.sessionId, sessionId));
      if (reports.length > 0) {
        await tx
          .insert(schema.certificationReports)
          .values(reports.map((report) => ({ ...report, sessionId, updatedAt: finalizedAt })));
      }
      await enqueueEvent(tx, event);
      return true;
    });
  }

  async reportsOf(sessionId: number): Promise<CertificationReport[]> {
    return this.database.db
      .select({
        candidateId: schema.certificationReports.candidateId,
        examinerComment: schema.certificationReports.examinerComment,
        abortReason: schema.certificationReports.abortReason,
      })
      .from(schema.certificationReports)
      .where(eq(schema.certificationReports.sessionId, sessionId))
      .orderBy(asc(schema.certificationReports.candidateId));
  }

  async saveLifecycle(session: Session): Promise<void> {
    const props = session.toProps();
    if (props.id === undefined) throw new Error('cannot update a session that was never stored');
    await this.database.db
      .update(schema.sessions)
      .set({
        finalizedAt: props.finalizedAt,
        finalizedBy: props.finalizedBy,
        assignedCertificationOfficerId: props.assignedCertificationOfficerId,
        publishedAt: props.publishedAt,
      })
      .where(eq(schema.sessions.id, props.id));
  }
}

function toRow(session: Session): typeof schema.sessions.$inferInsert {
  // The database assigns the session number.
  const props: Omit<SessionProps, 'id'> & { id?: number } = session.toProps();
  delete props.id;
  return props;
}

function toDomain(row: SessionRow): Session {
  const props: SessionProps = {
    id: row.id,
    certificationCenterId: row.certificationCenterId,
    certificationCenterName: row.certificationCenterName,
    certificationCenterType: row.certificationCenterType,
    address: row.address,
    room: row.room,
    date: row.date,
    time: row.time,
    examiner: row.examiner,
    description: row.description,
    accessCode: row.accessCode,
    invigilatorPassword: row.invigilatorPassword,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    finalizedAt: row.finalizedAt,
    assignedCertificationOfficerId: row.assignedCertificationOfficerId,
    publishedAt: row.publishedAt,
    finalizedBy: row.finalizedBy,
    finalization: row.finalization,
    examinerGlobalComment: row.examinerGlobalComment,
    hasIncident: row.hasIncident,
    hasJoiningIssue: row.hasJoiningIssue,
  };
  return Session.restore(props);
}
