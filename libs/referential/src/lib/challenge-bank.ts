import { type Challenge, isOperative, type Skill, skillNameOf, type Tube } from './challenge';
import type { ChallengeData } from './challenge-file.schema';
import {
  type ChallengeFileSource,
  validateChallengeFiles,
  type ValidatedChallengeFile,
} from './challenge-bank.validation';
import { COMPETENCE_CODES, type CompetenceCode } from './competences';

/** The bank cannot be used: one line a problem, each naming its file, tube, skill and challenge. */
export class ChallengeBankError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid challenge bank, ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ChallengeBankError';
  }
}

/** Read-only lookups over the validated challenges. Unknown names give `undefined` or an empty list. */
export class ChallengeBank {
  /** Competences present in the bank, in reference order (1.1 -> 5.2). */
  readonly competences: readonly CompetenceCode[];
  /** Tubes in reference order of their competence, then file order. */
  readonly tubes: readonly Tube[];
  /** Skills in tube order, then ascending level. */
  readonly skills: readonly Skill[];
  /** Every challenge, whatever its status, in skill order (main challenge first). */
  readonly challenges: readonly Challenge[];

  private readonly challengesById = new Map<string, Challenge>();
  private readonly skillsByName = new Map<string, Skill>();
  private readonly challengesBySkill = new Map<string, Challenge[]>();

  constructor(files: readonly ValidatedChallengeFile[]) {
    const ordered = [...files].sort(
      (left, right) => COMPETENCE_CODES.indexOf(left.data.competence) - COMPETENCE_CODES.indexOf(right.data.competence),
    );
    const tubes: Tube[] = [];
    for (const { data } of ordered) {
      for (const tubeData of data.tubes) {
        const skills = [...tubeData.skills]
          .sort((left, right) => left.level - right.level)
          .map((skillData) => {
            const skill: Skill = {
              name: skillNameOf(tubeData.name, skillData.level),
              tube: tubeData.name,
              level: skillData.level,
              competence: data.competence,
            };
            this.skillsByName.set(skill.name, skill);
            const challenges = skillData.challenges.map((challengeData) => toChallenge(challengeData, skill));
            this.challengesBySkill.set(skill.name, challenges);
            for (const challenge of challenges) this.challengesById.set(challenge.id, challenge);
            return skill;
          });
        tubes.push({ name: tubeData.name, title: tubeData.title, competence: data.competence, skills });
      }
    }
    this.competences = ordered.map(({ data }) => data.competence);
    this.tubes = tubes;
    this.skills = tubes.flatMap((tube) => tube.skills);
    this.challenges = this.skills.flatMap((skill) => this.challengesOfSkill(skill.name));
  }

  challengeById(id: string): Challenge | undefined {
    return this.challengesById.get(id);
  }

  skillByName(name: string): Skill | undefined {
    return this.skillsByName.get(name);
  }

  /** Every challenge of the skill, main challenge first, whatever its status. */
  challengesOfSkill(skillName: string): readonly Challenge[] {
    return this.challengesBySkill.get(skillName) ?? [];
  }

  /** The challenges a test may use for the skill: `validé` or `archivé`, and in the locale when one is given. */
  operativeChallengesOfSkill(skillName: string, locale?: string): readonly Challenge[] {
    return this.challengesOfSkill(skillName).filter(
      (challenge) => isOperative(challenge) && (locale === undefined || challenge.locale === locale),
    );
  }

  skillsOfCompetence(code: CompetenceCode): readonly Skill[] {
    return this.skills.filter((skill) => skill.competence === code);
  }

  tubesOfCompetence(code: CompetenceCode): readonly Tube[] {
    return this.tubes.filter((tube) => tube.competence === code);
  }

  /** The skill a challenge belongs to (its `associatedSkillName` in a certification test). */
  skillOfChallenge(challengeId: string): Skill | undefined {
    const challenge = this.challengeById(challengeId);
    return challenge ? this.skillByName(challenge.skill) : undefined;
  }
}

function toChallenge(data: ChallengeData, skill: Skill): Challenge {
  return { ...data, skill: skill.name, competence: skill.competence };
}

/** Validates the given files and builds the bank; throws a ChallengeBankError listing every problem. */
export function buildChallengeBank(sources: readonly ChallengeFileSource[]): ChallengeBank {
  const { files, problems } = validateChallengeFiles(sources);
  if (problems.length > 0) throw new ChallengeBankError(problems);
  return new ChallengeBank(files);
}
