import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type DatabaseHandle } from '@pix/platform';
import { asc, desc, eq } from 'drizzle-orm';
import type { CandidateProps } from '../../domain/candidate';
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
  };
  return Session.restore(props);
}
