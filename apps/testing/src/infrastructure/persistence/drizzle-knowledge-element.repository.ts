import { Injectable } from '@nestjs/common';
import type { CompetenceCode } from '@pix/referential';
import { and, desc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { KnowledgeElement } from '../../domain/knowledge-element';
import type { KnowledgeElementRepository } from '../../domain/knowledge-element.repository';
import type { EarnedPixByCompetence } from '../../domain/placement-profile';
import { DrizzleTransactions } from './drizzle-transactions';
import * as schema from './schema';

const table = schema.knowledgeElements;

/**
 * Rows sent to PostgreSQL in one JSON parameter: a single statement whatever the number of rows (a multi-row VALUES
 * with 8 parameters a row was 6 times slower on PGlite). An import holds at most 5 000 elements.
 */
const INSERT_CHUNK = 5000;

@Injectable()
export class DrizzleKnowledgeElementRepository implements KnowledgeElementRepository {
  constructor(private readonly transactions: DrizzleTransactions) {}

  async addAll(elements: readonly KnowledgeElement[]): Promise<number> {
    const db = this.transactions.current();
    let inserted = 0;
    for (let start = 0; start < elements.length; start += INSERT_CHUNK) {
      const rows = JSON.stringify(elements.slice(start, start + INSERT_CHUNK).map(toJsonRow));
      const result = await db.execute(sql`
        insert into ${table} (user_id, competence, skill, status, challenge_id, earned_pix, created_at)
        select user_id, competence, skill, status, challenge_id, earned_pix, created_at
        from jsonb_to_recordset(${rows}::jsonb) as received(
          user_id integer, competence text, skill text, status text, challenge_id text,
          earned_pix double precision, created_at timestamptz
        )
        on conflict do nothing
        returning 1`);
      inserted += (result as unknown as { rows: unknown[] }).rows.length;
    }
    return inserted;
  }

  async answeredChallengeIds(userId: number): Promise<ReadonlySet<string>> {
    const rows = await this.transactions
      .current()
      .selectDistinct({ challengeId: table.challengeId })
      .from(table)
      .where(and(eq(table.userId, userId), isNotNull(table.challengeId)));
    return new Set(rows.flatMap((row) => (row.challengeId === null ? [] : [row.challengeId])));
  }

  async findLatestPerSkill(
    userIds: readonly number[],
    limitDate: Date,
  ): Promise<ReadonlyMap<number, readonly KnowledgeElement[]>> {
    const byUser = new Map<number, KnowledgeElement[]>();
    if (userIds.length === 0) return byUser;
    // DISTINCT ON keeps the first row of each (user, skill) in this order: the latest one. All three keys descend,
    // so the primary key (user_id, skill, created_at) is read backwards, without sorting.
    const rows = await this.transactions
      .current()
      .selectDistinctOn([table.userId, table.skill])
      .from(table)
      .where(and(ofUsers(userIds), lte(table.createdAt, limitDate)))
      .orderBy(desc(table.userId), desc(table.skill), desc(table.createdAt));
    for (const row of rows) {
      const element = toDomain(row);
      const elements = byUser.get(element.userId);
      if (elements === undefined) byUser.set(element.userId, [element]);
      else elements.push(element);
    }
    return byUser;
  }

  async sumEarnedPixPerCompetence(
    userIds: readonly number[],
    limitDate: Date,
  ): Promise<ReadonlyMap<number, EarnedPixByCompetence>> {
    const byUser = new Map<number, Map<CompetenceCode, number>>();
    if (userIds.length === 0) return byUser;
    const db = this.transactions.current();
    const latest = db
      .selectDistinctOn([table.userId, table.skill], {
        userId: table.userId,
        competence: table.competence,
        earnedPix: table.earnedPix,
      })
      .from(table)
      .where(and(ofUsers(userIds), lte(table.createdAt, limitDate)))
      .orderBy(desc(table.userId), desc(table.skill), desc(table.createdAt))
      .as('latest');
    // At most 16 rows a user go back to Node, not every element.
    const rows = await db
      .select({
        userId: latest.userId,
        competence: latest.competence,
        earnedPix: sql<number>`sum(${latest.earnedPix})`.mapWith(Number),
      })
      .from(latest)
      .groupBy(latest.userId, latest.competence);
    for (const row of rows) {
      const earned = byUser.get(row.userId) ?? new Map<CompetenceCode, number>();
      // The import accepts reference codes only.
      earned.set(row.competence as CompetenceCode, row.earnedPix);
      byUser.set(row.userId, earned);
    }
    return byUser;
  }
}

/** One array parameter, whatever the size of the batch (ids are validated integers). */
function ofUsers(userIds: readonly number[]) {
  return sql`${table.userId} = any(${`{${userIds.join(',')}}`}::integer[])`;
}

function toJsonRow(element: KnowledgeElement) {
  return {
    user_id: element.userId,
    competence: element.competence,
    skill: element.skill,
    status: element.status,
    challenge_id: element.challengeId,
    earned_pix: element.earnedPix,
    created_at: element.createdAt.toISOString(),
  };
}

function toDomain(row: typeof table.$inferSelect): KnowledgeElement {
  return {
    userId: row.userId,
    // The import accepts reference codes only.
    competence: row.competence as CompetenceCode,
    skill: row.skill,
    status: row.status,
    challengeId: row.challengeId,
    earnedPix: row.earnedPix,
    createdAt: row.createdAt,
  };
}
