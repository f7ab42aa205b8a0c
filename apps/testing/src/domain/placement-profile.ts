import { COMPETENCES, type CompetenceCode } from '@pix/referential';
import { competenceScore, eligibility, sumEarnedPix } from '@pix/scoring';
import type { KnowledgeElement } from './knowledge-element';

export interface CompetenceProfile {
  readonly code: CompetenceCode;
  readonly name: string;
  readonly areaCode: string;
  /** `floor` of the pix earned on the competence; not capped (certification allows excess pix). */
  readonly pixScore: number;
  /** `floor(pixScore / 8)`; not capped. */
  readonly level: number;
  /** Skills whose latest element is validated, sorted by name. */
  readonly validatedSkills: readonly string[];
}

/** A user's profile at a date, as certification sees it (rules §4, `PlacementProfile`). */
export interface PlacementProfile {
  readonly userId: number;
  readonly limitDate: Date;
  /** The 16 competences in reference order. */
  readonly competences: readonly CompetenceProfile[];
  readonly totalPix: number;
  readonly certifiable: boolean;
  readonly competencesAtLevelOneOrMore: number;
}

/**
 * The "unique knowledge elements": for each skill, the latest element created at or before `limitDate`.
 * Sorted by skill.
 */
export function uniqueKnowledgeElements(elements: readonly KnowledgeElement[], limitDate: Date): KnowledgeElement[] {
  const latestBySkill = new Map<string, KnowledgeElement>();
  for (const element of elements) {
    if (element.createdAt.getTime() > limitDate.getTime()) continue;
    const latest = latestBySkill.get(element.skill);
    if (latest === undefined || element.createdAt.getTime() > latest.createdAt.getTime()) {
      latestBySkill.set(element.skill, element);
    }
  }
  return [...latestBySkill.values()].sort((a, b) => compareText(a.skill, b.skill));
}

/** Pix earned on each competence: the sum over the unique knowledge elements, not floored yet. */
export type EarnedPixByCompetence = ReadonlyMap<CompetenceCode, number>;

/** What the console shows for each pupil of a class. */
export interface ProfileEligibility {
  readonly certifiable: boolean;
  readonly competencesAtLevelOneOrMore: number;
  readonly totalPix: number;
}

/**
 * Builds a user's placement profile from their knowledge elements (any elements: older versions and elements after
 * `limitDate` are set aside here). Each competence sums the pix of its unique elements, `pixScore = floor(sum)`,
 * `level = floor(pixScore / 8)`; the profile is certifiable with 5 competences at level 1 or more.
 */
export function placementProfile(
  userId: number,
  elements: readonly KnowledgeElement[],
  limitDate: Date,
): PlacementProfile {
  const earnedPix = new Map<CompetenceCode, number[]>();
  const validatedSkills = new Map<CompetenceCode, string[]>();
  for (const element of uniqueKnowledgeElements(elements, limitDate)) {
    if (element.userId !== userId) {
      throw new Error(`knowledge element of user ${element.userId} in the profile of user ${userId}`);
    }
    append(earnedPix, element.competence, element.earnedPix);
    if (element.status === 'validated') append(validatedSkills, element.competence, element.skill);
  }
  const earnedByCompetence = new Map([...earnedPix].map(([code, pix]) => [code, sumEarnedPix(pix)] as const));

  const competences = scoreCompetences(earnedByCompetence).map(
    ({ competence, pixScore, level }): CompetenceProfile => ({
      code: competence.code,
      name: competence.name,
      areaCode: competence.area,
      pixScore,
      level,
      validatedSkills: validatedSkills.get(competence.code) ?? [],
    }),
  );
  return { userId, limitDate, competences, ...eligibilityOf(competences) };
}

/**
 * Eligibility from the pix earned on each competence, as the batch query computes them (the same rules as
 * {@link placementProfile}, without the skills).
 */
export function profileEligibility(earned: EarnedPixByCompetence): ProfileEligibility {
  return eligibilityOf(scoreCompetences(earned));
}

/**
 * The 16 competences in reference order with their pix score and level. The sum is exact to the millionth
 * (`sumEarnedPix`): 10 skills of 1.6 pix are 16 pix, not the 15.999999999999998 of floating point.
 */
function scoreCompetences(earned: EarnedPixByCompetence) {
  return COMPETENCES.map((competence) => ({
    competence,
    ...competenceScore([sumEarnedPix([earned.get(competence.code) ?? 0])]),
  }));
}

function eligibilityOf(competences: readonly { pixScore: number; level: number }[]): ProfileEligibility {
  const { certifiable, competencesAtLevelOneOrMore } = eligibility(competences.map((competence) => competence.level));
  return {
    certifiable,
    competencesAtLevelOneOrMore,
    totalPix: competences.reduce((total, competence) => total + competence.pixScore, 0),
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values === undefined) map.set(key, [value]);
  else values.push(value);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
