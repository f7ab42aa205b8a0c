import { Inject, Injectable } from '@nestjs/common';
import type { AbortReason, CentreType, CompetenceMark, JuryCommentKey } from '@pix/contracts';
import { enqueueEvent } from '@pix/platform';
import type { ChallengeFlags } from '@pix/referential';
import { and, desc, eq, gte, ilike, inArray, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import type {
  Certification,
  CertificationChallenge,
  CertificationResult,
  ProfileCompetence,
} from '../../domain/certification';
import type { JurySession } from '../../domain/jury-session';
import type {
  AuditEntry,
  JuryRepository,
  SessionFilter,
  StoredAuditEntry,
  VerifiedCertificate,
} from '../../domain/jury.repository';
import { DrizzleTransactions } from './drizzle-transactions';
import * as schema from './schema';

type SessionRow = typeof schema.jurySessions.$inferSelect;
type CertificationRow = typeof schema.certifications.$inferSelect;
type ChallengeRow = typeof schema.certificationChallenges.$inferSelect;
type ResultRow = typeof schema.certificationResults.$inferSelect;

@Injectable()
export class DrizzleJuryRepository implements JuryRepository {
  constructor(@Inject(DrizzleTransactions) private readonly transactions: DrizzleTransactions) {}

  private get db() {
    return this.transactions.current();
  }

  async findSession(sessionId: number, options: { readonly lock?: boolean } = {}): Promise<JurySession | null> {
    const query = this.db.select().from(schema.jurySessions).where(eq(schema.jurySessions.sessionId, sessionId));
    const [row] = options.lock ? await query.for('update') : await query;
    return row === undefined ? null : toSession(row);
  }

  async saveSession(session: JurySession): Promise<void> {
    const row = {
      ...session,
      certificationCenterType: session.certificationCenterType as string,
    };
    await this.db
      .insert(schema.jurySessions)
      .values(row)
      .onConflictDoUpdate({ target: schema.jurySessions.sessionId, set: row });
  }

  async listSessions(filter: SessionFilter): Promise<JurySession[]> {
    const conditions: SQL[] = [isNull(schema.jurySessions.unfinalizedAt)];
    if (filter.list === 'published') conditions.push(isNotNull(schema.jurySessions.publishedAt));
    else conditions.push(isNull(schema.jurySessions.publishedAt));
    if (filter.certificationCenterName !== undefined && filter.certificationCenterName.trim() !== '') {
      const pattern = `%${filter.certificationCenterName.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(ilike(schema.jurySessions.certificationCenterName, pattern));
    }
    if (filter.sessionId !== undefined) conditions.push(eq(schema.jurySessions.sessionId, filter.sessionId));
    if (filter.assignedToUserId === null) conditions.push(isNull(schema.jurySessions.assignedToUserId));
    else if (filter.assignedToUserId !== undefined) {
      conditions.push(eq(schema.jurySessions.assignedToUserId, filter.assignedToUserId));
    }
    if (filter.from !== undefined) conditions.push(gte(schema.jurySessions.date, filter.from));
    if (filter.to !== undefined) conditions.push(lte(schema.jurySessions.date, filter.to));
    const rows = await this.db
      .select()
      .from(schema.jurySessions)
      .where(and(...conditions))
      .orderBy(desc(schema.jurySessions.finalizedAt))
      .limit(500);
    return rows.map(toSession);
  }

  async certificationsOf(sessionId: number): Promise<Certification[]> {
    const rows = await this.db
      .select()
      .from(schema.certifications)
      .where(eq(schema.certifications.sessionId, sessionId))
      .orderBy(schema.certifications.lastName, schema.certifications.firstName, schema.certifications.id);
    return this.withChallenges(rows);
  }

  async findCertification(certificationId: number): Promise<Certification | null> {
    const rows = await this.db
      .select()
      .from(schema.certifications)
      .where(eq(schema.certifications.id, certificationId));
    const [certification] = await this.withChallenges(rows);
    return certification ?? null;
  }

  async findCertificate(verificationCode: string): Promise<VerifiedCertificate | null> {
    const [row] = await this.db
      .select({ certification: schema.certifications, session: schema.jurySessions })
      .from(schema.certifications)
      .innerJoin(schema.jurySessions, eq(schema.jurySessions.sessionId, schema.certifications.sessionId))
      .where(eq(schema.certifications.verificationCode, verificationCode));
    if (row === undefined) return null;
    const latest = await this.latestResults([row.certification.id]);
    const { challenges: _none, ...certification } = toCertification(row.certification, []);
    return { certification, session: toSession(row.session), latest: latest.get(row.certification.id) };
  }

  async certificationsOfUser(userId: number): Promise<Certification[]> {
    const rows = await this.db
      .select()
      .from(schema.certifications)
      .where(eq(schema.certifications.userId, userId))
      .orderBy(desc(schema.certifications.startedAt));
    return this.withChallenges(rows);
  }

  async saveCertification(certification: Certification): Promise<void> {
    const row = toCertificationRow(certification);
    await this.db
      .insert(schema.certifications)
      .values(row)
      .onConflictDoUpdate({ target: schema.certifications.id, set: row });
    await this.db
      .delete(schema.certificationChallenges)
      .where(eq(schema.certificationChallenges.certificationId, certification.id));
    if (certification.challenges.length > 0) {
      await this.db.insert(schema.certificationChallenges).values(
        certification.challenges.map((challenge) => ({
          certificationId: certification.id,
          number: challenge.number,
          challengeId: challenge.challengeId,
          competence: challenge.competence,
          type: challenge.type,
          flags: challenge.flags,
          answerStatus: challenge.answerStatus,
          neutralizedBy: challenge.neutralizedBy,
          autoSkipped: challenge.autoSkipped,
          remarkedOk: challenge.remarkedOk,
        })),
      );
    }
  }

  async appendResult(result: CertificationResult): Promise<void> {
    await this.db.insert(schema.certificationResults).values({
      certificationId: result.certificationId,
      status: result.status,
      pixScore: result.pixScore,
      reproducibilityRate: result.reproducibilityRate,
      competenceMarks: result.competenceMarks,
      commentKey: result.commentKey,
      emitter: result.emitter,
      juryUserId: result.juryUserId,
      errorMessage: result.errorMessage,
      createdAt: result.createdAt,
    });
  }

  async latestResults(certificationIds: readonly number[]): Promise<Map<number, CertificationResult>> {
    if (certificationIds.length === 0) return new Map();
    const rows = await this.db
      .selectDistinctOn([schema.certificationResults.certificationId])
      .from(schema.certificationResults)
      .where(inArray(schema.certificationResults.certificationId, [...certificationIds]))
      .orderBy(schema.certificationResults.certificationId, desc(schema.certificationResults.id));
    return new Map(rows.map((row) => [row.certificationId, toResult(row)]));
  }

  async resultHistory(certificationIds: readonly number[]): Promise<Map<number, CertificationResult[]>> {
    const history = new Map<number, CertificationResult[]>();
    if (certificationIds.length === 0) return history;
    const rows = await this.db
      .select()
      .from(schema.certificationResults)
      .where(inArray(schema.certificationResults.certificationId, [...certificationIds]))
      .orderBy(desc(schema.certificationResults.id));
    for (const row of rows) {
      const list = history.get(row.certificationId) ?? [];
      list.push(toResult(row));
      history.set(row.certificationId, list);
    }
    return history;
  }

  async certificationIdsOf(sessionIds: readonly number[]): Promise<Map<number, number[]>> {
    const ids = new Map<number, number[]>(sessionIds.map((id) => [id, []]));
    if (sessionIds.length === 0) return ids;
    const rows = await this.db
      .select({ id: schema.certifications.id, sessionId: schema.certifications.sessionId })
      .from(schema.certifications)
      .where(inArray(schema.certifications.sessionId, [...sessionIds]));
    for (const row of rows) ids.get(row.sessionId)?.push(row.id);
    return ids;
  }

  async audit(entry: AuditEntry): Promise<void> {
    await this.db.insert(schema.juryAudit).values({
      sessionId: entry.sessionId,
      certificationId: entry.certificationId,
      action: entry.action,
      userId: entry.userId,
      at: entry.at,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }

  async auditOf(sessionId: number): Promise<StoredAuditEntry[]> {
    const rows = await this.db
      .select()
      .from(schema.juryAudit)
      .where(eq(schema.juryAudit.sessionId, sessionId))
      .orderBy(desc(schema.juryAudit.id));
    return rows;
  }

  async markProcessed(consumer: string, eventId: string): Promise<boolean> {
    const inserted = await this.db
      .insert(schema.processedEvents)
      .values({ consumer, eventId })
      .onConflictDoNothing()
      .returning({ eventId: schema.processedEvents.eventId });
    return inserted.length === 1;
  }

  async enqueue(subject: string, payload: unknown): Promise<void> {
    await enqueueEvent(this.db, { subject, payload });
  }

  private async withChallenges(rows: readonly CertificationRow[]): Promise<Certification[]> {
    if (rows.length === 0) return [];
    const challengeRows = await this.db
      .select()
      .from(schema.certificationChallenges)
      .where(
        inArray(
          schema.certificationChallenges.certificationId,
          rows.map((row) => row.id),
        ),
      )
      .orderBy(schema.certificationChallenges.certificationId, schema.certificationChallenges.number);
    const byCertification = new Map<number, CertificationChallenge[]>();
    for (const row of challengeRows) {
      const list = byCertification.get(row.certificationId) ?? [];
      list.push(toChallenge(row));
      byCertification.set(row.certificationId, list);
    }
    return rows.map((row) => toCertification(row, byCertification.get(row.id) ?? []));
  }
}

function toSession(row: SessionRow): JurySession {
  return { ...row, certificationCenterType: row.certificationCenterType as CentreType };
}

function toChallenge(row: ChallengeRow): CertificationChallenge {
  return {
    number: row.number,
    challengeId: row.challengeId,
    competence: row.competence,
    type: row.type,
    flags: row.flags as ChallengeFlags,
    answerStatus: row.answerStatus,
    neutralizedBy: row.neutralizedBy,
    autoSkipped: row.autoSkipped,
    remarkedOk: row.remarkedOk,
  };
}

function toCertification(row: CertificationRow, challenges: CertificationChallenge[]): Certification {
  return {
    id: row.id,
    sessionId: row.sessionId,
    candidateId: row.candidateId,
    userId: row.userId,
    identity: {
      firstName: row.firstName,
      lastName: row.lastName,
      sex: row.sex,
      birthdate: row.birthdate,
      birthCity: row.birthCity,
      birthCountry: row.birthCountry,
      birthINSEECode: row.birthInseeCode,
      birthPostalCode: row.birthPostalCode,
    },
    externalId: row.externalId,
    division: row.division,
    examinerComment: row.examinerComment,
    abortReason: row.abortReason as AbortReason | null,
    courseState: row.courseState,
    verificationCode: row.verificationCode,
    startedAt: row.startedAt,
    profileDate: row.profileDate,
    maxReachableLevel: row.maxReachableLevel,
    competences: row.competences as ProfileCompetence[],
    isCancelled: row.isCancelled,
    isRejectedForFraud: row.isRejectedForFraud,
    commentForCandidate: row.commentForCandidate,
    commentForOrganization: row.commentForOrganization,
    commentByJury: row.commentByJury,
    challenges,
  };
}

function toCertificationRow(certification: Certification): typeof schema.certifications.$inferInsert {
  return {
    id: certification.id,
    sessionId: certification.sessionId,
    candidateId: certification.candidateId,
    userId: certification.userId,
    firstName: certification.identity.firstName,
    lastName: certification.identity.lastName,
    sex: certification.identity.sex,
    birthdate: certification.identity.birthdate,
    birthCity: certification.identity.birthCity,
    birthCountry: certification.identity.birthCountry,
    birthInseeCode: certification.identity.birthINSEECode,
    birthPostalCode: certification.identity.birthPostalCode,
    externalId: certification.externalId,
    division: certification.division,
    examinerComment: certification.examinerComment,
    abortReason: certification.abortReason,
    courseState: certification.courseState,
    verificationCode: certification.verificationCode,
    startedAt: certification.startedAt,
    profileDate: certification.profileDate,
    maxReachableLevel: certification.maxReachableLevel,
    competences: certification.competences,
    isCancelled: certification.isCancelled,
    isRejectedForFraud: certification.isRejectedForFraud,
    commentForCandidate: certification.commentForCandidate,
    commentForOrganization: certification.commentForOrganization,
    commentByJury: certification.commentByJury,
  };
}

function toResult(row: ResultRow): CertificationResult {
  return {
    id: row.id,
    certificationId: row.certificationId,
    status: row.status,
    pixScore: row.pixScore,
    reproducibilityRate: row.reproducibilityRate,
    competenceMarks: row.competenceMarks as CompetenceMark[],
    commentKey: row.commentKey as JuryCommentKey | null,
    emitter: row.emitter,
    juryUserId: row.juryUserId,
    errorMessage: row.errorMessage,
    createdAt: row.createdAt,
  };
}
