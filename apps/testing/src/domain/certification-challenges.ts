import type { RandomIntSource } from '@pix/kernel';
import type { CompetenceCode, Skill } from '@pix/referential';

/** `MAX_CHALLENGES_PER_COMPETENCE_FOR_CERTIFICATION` */
export const MAX_CHALLENGES_PER_COMPETENCE = 3;
export const CERTIFICATION_LOCALE = 'fr-fr';

/** What the generator needs from the challenge bank. */
export interface ChallengeSource {
  skillByName(name: string): Skill | undefined;
  operativeChallengesOfSkill(skillName: string, locale?: string): readonly { readonly id: string }[];
}

/** A competence of the candidate's profile: certifiable at level 1 or more, with its directly validated skills. */
export interface ProfileCompetence {
  readonly code: CompetenceCode;
  readonly level: number;
  readonly validatedSkills: readonly string[];
}

/** One question of the test, in the order it is asked. */
export interface CertificationChallenge {
  readonly challengeId: string;
  readonly competence: CompetenceCode;
  /** e.g. `@requeteWeb5`: its digit is the "proposed level" of the question. */
  readonly skill: string;
  readonly tube: string;
  readonly level: number;
}

/**
 * v2 test generation (rules §5). For each certifiable competence in reference order: its directly validated
 * skills, hardest first, grouped by level; one challenge per skill, preferring alternatives the candidate has not
 * answered yet; inside a level, challenges of tubes not yet represented first; stop once 3 are picked and keep 3.
 * At most 3 × 16 = 48 questions. `randomInt` is injected so that a test can fix every draw.
 */
export function generateCertificationChallenges(
  competences: readonly ProfileCompetence[],
  bank: ChallengeSource,
  answeredChallengeIds: ReadonlySet<string>,
  randomInt: RandomIntSource,
): CertificationChallenge[] {
  return competences
    .filter((competence) => competence.level >= 1)
    .flatMap((competence) => challengesOfCompetence(competence, bank, answeredChallengeIds, randomInt));
}

function challengesOfCompetence(
  competence: ProfileCompetence,
  bank: ChallengeSource,
  answered: ReadonlySet<string>,
  randomInt: RandomIntSource,
): CertificationChallenge[] {
  const skills = competence.validatedSkills
    .map((name) => bank.skillByName(name))
    .filter((skill): skill is Skill => skill !== undefined && skill.competence === competence.code);
  const levels = [...new Set(skills.map((skill) => skill.level))].sort((left, right) => right - left);
  const picked: CertificationChallenge[] = [];
  for (const level of levels) {
    if (picked.length >= MAX_CHALLENGES_PER_COMPETENCE) break;
    const group = shuffle(
      skills.filter((skill) => skill.level === level),
      randomInt,
    )
      .map((skill) => pickChallenge(skill, bank, answered, randomInt))
      .filter((challenge): challenge is CertificationChallenge => challenge !== null);
    const representedTubes = new Set(picked.map((challenge) => challenge.tube));
    const newTubes = group.filter((challenge) => !representedTubes.has(challenge.tube));
    const knownTubes = group.filter((challenge) => representedTubes.has(challenge.tube));
    picked.push(...newTubes, ...knownTubes);
  }
  return picked.slice(0, MAX_CHALLENGES_PER_COMPETENCE);
}

/** An operative challenge of the skill the candidate has not answered yet; any operative one if none is left. */
function pickChallenge(
  skill: Skill,
  bank: ChallengeSource,
  answered: ReadonlySet<string>,
  randomInt: RandomIntSource,
): CertificationChallenge | null {
  const operative = bank.operativeChallengesOfSkill(skill.name, CERTIFICATION_LOCALE);
  const fresh = operative.filter((challenge) => !answered.has(challenge.id));
  const pool = fresh.length > 0 ? fresh : operative;
  if (pool.length === 0) return null;
  const challenge = pool[randomInt(pool.length)];
  if (challenge === undefined) return null;
  return {
    challengeId: challenge.id,
    competence: skill.competence,
    skill: skill.name,
    tube: skill.tube,
    level: skill.level,
  };
}

/** Fisher–Yates with the injected source. */
function shuffle<T>(items: readonly T[], randomInt: RandomIntSource): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    const current = copy[index] as T;
    copy[index] = copy[other] as T;
    copy[other] = current;
  }
  return copy;
}
