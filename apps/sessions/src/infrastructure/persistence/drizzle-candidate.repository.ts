import { Inject, Injectable } from '@nestjs/common';
import type { CandidateChanged, CertificationWindowView, CentreType } from '@pix/contracts';
import { DATABASE, type DatabaseHandle, enqueueEvent, type PendingEvent } from '@pix/platform';
import { and, asc, count, eq, inArray, max, min, sql } from 'drizzle-orm';
import { type CandidateProps, identityKey } from '../../domain/candidate';
import type { CandidateRepository, SessionCandidateStats, WindowRepository } from '../../domain/candidate.repository';
import type { CertificationWindow } from '../../domain/planning';
import * as schema from './schema';

type CandidateRow = typeof schema.candidates.$inferSelect;

export function toCandidateRow(
  candidate: Omit<CandidateProps, 'id'>,
  now: Date,
): typeof schema.candidates.$inferInsert {
  return {
    sessionId: candidate.sessionId,
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    identityKey: identityKey(candidate),
    sex: candidate.sex,
    birthdate: candidate.birthdate,
    birthCountry: candidate.birthCountry,
    birthInseeCode: candidate.birthINSEECode,
    birthPostalCode: candidate.birthPostalCode,
    birthCity: candidate.birthCity,
    externalId: candidate.externalId,
    division: candidate.division,
    pupilId: candidate.pupilId,
    email: candidate.email,
    resultRecipientEmail: candidate.resultRecipientEmail,
    extraTimePercentage: candidate.extraTimePercentage,
    billingMode: candidate.billingMode,
    prepaymentCode: candidate.prepaymentCode,
    userId: candidate.userId,
    reconciledAt: candidate.reconciledAt,
    authorizedToStart: candidate.authorizedToStart,
    startedAt: candidate.startedAt,
    createdAt: now,
  };
}

function toDomain(row: CandidateRow): CandidateProps {
  return {
    id: row.id,
    sessionId: row.sessionId,
    firstName: row.firstName,
    lastName: row.lastName,
    sex: row.sex,
    birthdate: row.birthdate,
    birthCountry: row.birthCountry,
    birthINSEECode: row.birthInseeCode,
    birthPostalCode: row.birthPostalCode,
    birthCity: row.birthCity,
    externalId: row.externalId,
    division: row.division,
    pupilId: row.pupilId,
    email: row.email,
    resultRecipientEmail: row.resultRecipientEmail,
    extraTimePercentage: row.extraTimePercentage,
    billingMode: row.billingMode,
    prepaymentCode: row.prepaymentCode,
    userId: row.userId,
    reconciledAt: row.reconciledAt,
    authorizedToStart: row.authorizedToStart,
    startedAt: row.startedAt,
  };
}

@Injectable()
export class DrizzleCandidateRepository implements CandidateRepository {
  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  async listOf(sessionId: number): Promise<CandidateProps[]> {
    const rows = await this.database.db
      .select()
      .from(schema.candidates)
      .where(eq(schema.candidates.sessionId, sessionId))
      .orderBy(asc(schema.candidates.lastName), asc(schema.candidates.firstName), asc(schema.candidates.id));
    return rows.map(toDomain);
  }

  async statsOf(sessionIds: readonly number[]): Promise<Map<number, SessionCandidateStats>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await this.database.db
      .select({
        sessionId: schema.candidates.sessionId,
        count: count(),
        largestExtraTime: max(schema.candidates.extraTimePercentage),
        started: sql<number>`count(${schema.candidates.startedAt})::int`,
        firstStartedAt: min(schema.candidates.startedAt),
      })
      .from(schema.candidates)
      .where(inArray(schema.candidates.sessionId, [...sessionIds]))
      .groupBy(schema.candidates.sessionId);
    return new Map(
      rows.map((row) => [
        row.sessionId,
        {
          count: row.count,
          largestExtraTime: row.largestExtraTime === null ? null : Number(row.largestExtraTime),
          started: row.started,
          firstStartedAt: row.firstStartedAt,
        },
      ]),
    );
  }

  async add(candidates: readonly Omit<CandidateProps, 'id'>[], now: Date): Promise<CandidateProps[]> {
    if (candidates.length === 0) return [];
    const rows = await this.database.db
      .insert(schema.candidates)
      .values(candidates.map((candidate) => toCandidateRow(candidate, now)))
      .onConflictDoNothing({ target: [schema.candidates.sessionId, schema.candidates.identityKey] })
      .returning();
    return rows.map(toDomain);
  }

  async replace(sessionId: number, candidates: readonly Omit<CandidateProps, 'id'>[], now: Date): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      await tx.delete(schema.candidates).where(eq(schema.candidates.sessionId, sessionId));
      for (let start = 0; start < candidates.length; start += 500) {
        await tx
          .insert(schema.candidates)
          .values(candidates.slice(start, start + 500).map((candidate) => toCandidateRow(candidate, now)));
      }
    });
  }

  async link(candidateId: number, userId: number, now: Date, event: PendingEvent<CandidateChanged>): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      await tx
        .update(schema.candidates)
        .set({
          userId,
          reconciledAt: sql`coalesce(${schema.candidates.reconciledAt}, ${now.toISOString()}::timestamptz)`,
          authorizedToStart: false,
        })
        .where(eq(schema.candidates.id, candidateId));
      await enqueueEvent(tx, event);
    });
  }

  async markStarted(candidateId: number, startedAt: Date, event: PendingEvent<CandidateChanged>): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      await tx
        .update(schema.candidates)
        .set({ startedAt: sql`coalesce(${schema.candidates.startedAt}, ${startedAt.toISOString()}::timestamptz)` })
        .where(eq(schema.candidates.id, candidateId));
      await enqueueEvent(tx, event);
    });
  }

  async remove(sessionId: number, candidateId: number): Promise<boolean> {
    const rows = await this.database.db
      .delete(schema.candidates)
      .where(and(eq(schema.candidates.sessionId, sessionId), eq(schema.candidates.id, candidateId)))
      .returning({ id: schema.candidates.id });
    return rows.length === 1;
  }
}

@Injectable()
export class DrizzleWindowRepository implements WindowRepository {
  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  async find(centreType: CentreType, schoolYear: string): Promise<CertificationWindow | null> {
    const [row] = await this.database.db
      .select()
      .from(schema.certificationWindows)
      .where(
        and(
          eq(schema.certificationWindows.centreType, centreType),
          eq(schema.certificationWindows.schoolYear, schoolYear),
        ),
      )
      .limit(1);
    return row ?? null;
  }

  async save(window: CertificationWindowView): Promise<void> {
    await this.database.db
      .insert(schema.certificationWindows)
      .values(window)
      .onConflictDoUpdate({
        target: [schema.certificationWindows.centreType, schema.certificationWindows.schoolYear],
        set: { startsOn: window.startsOn, endsOn: window.endsOn },
      });
  }

  async list(): Promise<CertificationWindowView[]> {
    return this.database.db
      .select()
      .from(schema.certificationWindows)
      .orderBy(asc(schema.certificationWindows.schoolYear), asc(schema.certificationWindows.centreType));
  }
}
