import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeElementInput } from '@pix/contracts';

/** The challenge files of the reference framework, one per competence (`1.1.json` … `5.2.json`). */
const CHALLENGES_DIR = join(__dirname, '..', '..', '..', '..', 'libs', 'referential', 'data', 'challenges');

interface ChallengeFile {
  readonly competence: string;
  readonly tubes: readonly {
    readonly name: string;
    readonly skills: readonly {
      readonly level: number;
      readonly challenges: readonly { readonly id: string; readonly status: string; readonly locale: string }[];
    }[];
  }[];
}

export interface ReferentialSkill {
  readonly competence: string;
  /** `@tube` + level, e.g. `@requeteWeb1`. */
  readonly skill: string;
  readonly level: number;
  /** An operative French challenge of the skill. */
  readonly challengeId: string;
}

/** Every skill of the framework by competence, read from the JSON files, easiest first within a competence. */
export function readReferentialSkills(): Map<string, ReferentialSkill[]> {
  const byCompetence = new Map<string, ReferentialSkill[]>();
  const files = readdirSync(CHALLENGES_DIR).filter((name) => name.endsWith('.json'));
  for (const name of files) {
    const file = JSON.parse(readFileSync(join(CHALLENGES_DIR, name), 'utf8')) as ChallengeFile;
    const skills = file.tubes.flatMap((tube) =>
      tube.skills.flatMap((skill) => {
        const challenge = skill.challenges.find(
          (candidate) => candidate.locale === 'fr-fr' && ['validé', 'archivé'].includes(candidate.status),
        );
        return challenge === undefined
          ? []
          : [
              {
                competence: file.competence,
                skill: `${tube.name}${skill.level}`,
                level: skill.level,
                challengeId: challenge.id,
              },
            ];
      }),
    );
    byCompetence.set(
      file.competence,
      skills.sort((a, b) => a.level - b.level),
    );
  }
  return byCompetence;
}

/**
 * Knowledge elements earning exactly `pix` pix on each competence given (4 pix per validated skill, the last one
 * the remainder), plus one invalidated skill (0 pix) on each, as a positioning platform would send them.
 */
export function knowledgeElementsEarning(
  skills: ReadonlyMap<string, readonly ReferentialSkill[]>,
  pixByCompetence: Readonly<Record<string, number>>,
  createdAt: Date,
): KnowledgeElementInput[] {
  return Object.entries(pixByCompetence).flatMap(([competence, pix]) => {
    const available = skills.get(competence) ?? [];
    const elements: KnowledgeElementInput[] = [];
    let remaining = pix;
    let index = 0;
    while (remaining > 0) {
      const skill = available[index];
      if (skill === undefined) throw new Error(`not enough skills in ${competence} for ${pix} pix`);
      const earnedPix = Math.min(4, remaining);
      elements.push({
        competence,
        skill: skill.skill,
        status: 'validated',
        challengeId: skill.challengeId,
        earnedPix,
        createdAt: new Date(createdAt.getTime() + index * 60_000).toISOString(),
      });
      remaining -= earnedPix;
      index += 1;
    }
    const failed = available[index];
    if (failed !== undefined) {
      elements.push({
        competence,
        skill: failed.skill,
        status: 'invalidated',
        challengeId: failed.challengeId,
        earnedPix: 0,
        createdAt: new Date(createdAt.getTime() + index * 60_000).toISOString(),
      });
    }
    return elements;
  });
}
