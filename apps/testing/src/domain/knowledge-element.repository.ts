import type { KnowledgeElement } from './knowledge-element';
import type { EarnedPixByCompetence } from './placement-profile';

/** Port: where knowledge elements are kept. */
export interface KnowledgeElementRepository {
  /**
   * Stores the elements not stored yet; an element already stored (same user, skill and creation date) is left as
   * it is. Returns how many elements were new. Joins the transaction of the caller, if any.
   */
  addAll(elements: readonly KnowledgeElement[]): Promise<number>;

  /**
   * For each of the users, the latest element of each skill created at or before `limitDate` (the "unique"
   * elements). A user without any element is absent from the map.
   */
  findLatestPerSkill(
    userIds: readonly number[],
    limitDate: Date,
  ): Promise<ReadonlyMap<number, readonly KnowledgeElement[]>>;

  /**
   * For each of the users, the pix earned on each competence by their unique elements at `limitDate`, in one query
   * for the whole batch (a class, up to 1 000 users). A user without any element is absent from the map.
   */
  /** Every challenge the user has answered on the positioning platform (test generation avoids them, rules §5). */
  answeredChallengeIds(userId: number): Promise<ReadonlySet<string>>;

  sumEarnedPixPerCompetence(
    userIds: readonly number[],
    limitDate: Date,
  ): Promise<ReadonlyMap<number, EarnedPixByCompetence>>;
}

export const KNOWLEDGE_ELEMENT_REPOSITORY = Symbol('KNOWLEDGE_ELEMENT_REPOSITORY');
