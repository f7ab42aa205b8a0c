import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type DatabaseHandle } from '@pix/platform';
import { eq } from 'drizzle-orm';
import { Session, type SessionProps } from '../../domain/session';
import type { SessionRepository } from '../../domain/session.repository';
import * as schema from './schema';

type SessionRow = typeof schema.sessions.$inferSelect;

@Injectable()
export class DrizzleSessionRepository implements SessionRepository {
  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  async add(session: Session): Promise<Session> {
    // The database assigns the session number.
    const props: Omit<SessionProps, 'id'> & { id?: number } = session.toProps();
    delete props.id;
    const [row] = await this.database.db.insert(schema.sessions).values(props).returning();
    if (row === undefined) throw new Error('insert returned no session');
    return toDomain(row);
  }

  async findById(id: number): Promise<Session | null> {
    const [row] = await this.database.db.select().from(schema.sessions).where(eq(schema.sessions.id, id)).limit(1);
    return row === undefined ? null : toDomain(row);
  }
}

function toDomain(row: SessionRow): Session {
  const props: SessionProps = {
    id: row.id,
    certificationCenterId: row.certificationCenterId,
    certificationCenterName: row.certificationCenterName,
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
