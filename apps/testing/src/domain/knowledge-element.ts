import type { CompetenceCode } from '@pix/referential';

export type KnowledgeElementStatus = 'validated' | 'invalidated';

/**
 * A user's result on a skill (acquis), recorded by the positioning platform. Never updated: a new attempt is a new
 * element, and only the latest one up to a date counts. Its identity is (userId, skill, createdAt).
 */
export interface KnowledgeElement {
  readonly userId: number;
  readonly competence: CompetenceCode;
  /** `@` + camelCase tube name + level digit, e.g. `@requeteWeb3`. */
  readonly skill: string;
  readonly status: KnowledgeElementStatus;
  readonly challengeId: string | null;
  readonly earnedPix: number;
  readonly createdAt: Date;
}

/** `@` + a camelCase tube name (letters only) + the skill's level, 1 to 8. */
export const SKILL_PATTERN = /^@\p{Ll}\p{L}*[1-8]$/u;
export const MAX_SKILL_LENGTH = 100;
/** A skill is worth at most one level (8 pix, when it is the only skill of its level in the competence). */
export const MAX_EARNED_PIX = 8;

export function isKnowledgeElementStatus(value: string): value is KnowledgeElementStatus {
  return value === 'validated' || value === 'invalidated';
}

/** The key that makes a re-sent element the same element. */
export function knowledgeElementKey(element: Pick<KnowledgeElement, 'userId' | 'skill' | 'createdAt'>): string {
  return `${element.userId}|${element.skill}|${element.createdAt.getTime()}`;
}
