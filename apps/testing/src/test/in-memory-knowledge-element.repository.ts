import type { CompetenceCode } from '@pix/referential';
import { type KnowledgeElement, knowledgeElementKey } from '../domain/knowledge-element';
import type { KnowledgeElementRepository } from '../domain/knowledge-element.repository';
import { type EarnedPixByCompetence, uniqueKnowledgeElements } from '../domain/placement-profile';

/** A fake of the repository port for use-case tests; it counts the reads to check batching. */
export class InMemoryKnowledgeElementRepository implements KnowledgeElementRepository {
  readonly stored = new Map<string, KnowledgeElement>();
  reads = 0;

  async addAll(elements: readonly KnowledgeElement[]): Promise<number> {
    let added = 0;
    for (const element of elements) {
      const key = knowledgeElementKey(element);
      if (!this.stored.has(key)) {
        this.stored.set(key, element);
        added += 1;
      }
    }
    return added;
  }

  async answeredChallengeIds(userId: number): Promise<ReadonlySet<string>> {
    return new Set(
      [...this.stored.values()].flatMap((element) =>
        element.userId === userId && element.challengeId !== null ? [element.challengeId] : [],
      ),
    );
  }

  async findLatestPerSkill(
    userIds: readonly number[],
    limitDate: Date,
  ): Promise<ReadonlyMap<number, readonly KnowledgeElement[]>> {
    this.reads += 1;
    const byUser = new Map<number, KnowledgeElement[]>();
    for (const userId of userIds) {
      const own = [...this.stored.values()].filter((element) => element.userId === userId);
      const latest = uniqueKnowledgeElements(own, limitDate);
      if (latest.length > 0) byUser.set(userId, latest);
    }
    return byUser;
  }

  async sumEarnedPixPerCompetence(
    userIds: readonly number[],
    limitDate: Date,
  ): Promise<ReadonlyMap<number, EarnedPixByCompetence>> {
    const latest = await this.findLatestPerSkill(userIds, limitDate);
    const byUser = new Map<number, EarnedPixByCompetence>();
    for (const [userId, elements] of latest) {
      const earned = new Map<CompetenceCode, number>();
      for (const element of elements) {
        earned.set(element.competence, (earned.get(element.competence) ?? 0) + element.earnedPix);
      }
      byUser.set(userId, earned);
    }
    return byUser;
  }
}
