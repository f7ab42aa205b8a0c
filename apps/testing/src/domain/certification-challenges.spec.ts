import { seededRandomInt } from '@pix/kernel';
import { COMPETENCE_CODES, type CompetenceCode, loadChallengeBank, type Skill } from '@pix/referential';
import {
  type ChallengeSource,
  generateCertificationChallenges,
  type ProfileCompetence,
} from './certification-challenges';

/** A tiny bank: skill name -> its operative challenge ids. Skill `@tube5` is level 5 of tube `@tube`. */
function fakeBank(competence: CompetenceCode, challengesBySkill: Record<string, string[]>): ChallengeSource {
  return {
    skillByName(name: string): Skill | undefined {
      if (!(name in challengesBySkill)) return undefined;
      return { name, tube: name.slice(0, -1), level: Number(name.slice(-1)), competence };
    },
    operativeChallengesOfSkill(name: string) {
      return (challengesBySkill[name] ?? []).map((id) => ({ id }));
    },
  };
}

const competence = (code: CompetenceCode, level: number, validatedSkills: string[]): ProfileCompetence => ({
  code,
  level,
  validatedSkills,
});

const ids = (challenges: { challengeId: string }[]) => challenges.map((challenge) => challenge.challengeId);

describe(generateCertificationChallenges.name, () => {
  it('takes the hardest skills first and, inside a level, tubes not yet represented first', () => {
    const bank = fakeBank('1.1', {
      '@a5': ['a5-x'],
      '@a4': ['a4-x'],
      '@b4': ['b4-x'],
      '@a3': ['a3-x'],
      '@c3': ['c3-x'],
    });

    for (const seed of [1, 2, 3, 4, 5]) {
      const test = generateCertificationChallenges(
        [competence('1.1', 3, ['@a3', '@a4', '@a5', '@b4', '@c3'])],
        bank,
        new Set(),
        seededRandomInt(seed),
      );
      // Level 5 gives @a5; level 4 puts @b4 (new tube) before @a4 (tube @a already asked); 3 reached: stop.
      expect(ids(test)).toEqual(['a5-x', 'b4-x', 'a4-x']);
    }
  });

  it('prefers an alternative the candidate has not answered, and falls back to any when all were answered', () => {
    const bank = fakeBank('1.1', { '@a5': ['a5-main', 'a5-alt'] });
    const draw = (answered: string[], seed: number) =>
      ids(
        generateCertificationChallenges(
          [competence('1.1', 2, ['@a5'])],
          bank,
          new Set(answered),
          seededRandomInt(seed),
        ),
      );

    for (const seed of [1, 2, 3, 4, 5, 6]) expect(draw(['a5-main'], seed)).toEqual(['a5-alt']);
    // Without the fallback, a candidate who saw every variant would get no question on the skill.
    for (const seed of [1, 2, 3]) expect(draw(['a5-main', 'a5-alt'], seed)).toHaveLength(1);
  });

  it('asks only 1 or 2 questions on a competence with fewer validated skills, none below level 1', () => {
    const bank = fakeBank('2.1', { '@a2': ['a2-x'], '@b1': ['b1-x'] });

    expect(
      ids(generateCertificationChallenges([competence('2.1', 1, ['@a2', '@b1'])], bank, new Set(), seededRandomInt(1))),
    ).toEqual(['a2-x', 'b1-x']);
    expect(
      generateCertificationChallenges([competence('2.1', 0, ['@a2'])], bank, new Set(), seededRandomInt(1)),
    ).toEqual([]);
  });

  it('keeps 3 of a crowded level, drawn with the injected source, and is reproducible', () => {
    const bank = fakeBank('3.1', { '@a6': ['a'], '@b6': ['b'], '@c6': ['c'], '@d6': ['d'] });
    const run = (seed: number) =>
      ids(
        generateCertificationChallenges(
          [competence('3.1', 5, ['@a6', '@b6', '@c6', '@d6'])],
          bank,
          new Set(),
          seededRandomInt(seed),
        ),
      );

    expect(run(7)).toHaveLength(3);
    expect(run(7)).toEqual(run(7));
    const distinctDraws = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => run(seed).join(',')));
    expect(distinctDraws.size).toBeGreaterThan(1);
  });

  it('ignores skills missing from the bank, skills of another competence and skills without operative challenge', () => {
    const bank = fakeBank('1.2', { '@a4': ['a4-x'], '@b4': [] });

    const test = generateCertificationChallenges(
      [competence('1.2', 2, ['@gone5', '@a4', '@b4'])],
      bank,
      new Set(),
      seededRandomInt(1),
    );

    expect(ids(test)).toEqual(['a4-x']);
  });

  it('on the real bank: a profile with every skill gives 48 questions, 3 per competence in reference order, level 6 first', () => {
    const bank = loadChallengeBank();
    const full = COMPETENCE_CODES.map((code) =>
      competence(
        code,
        6,
        bank.skillsOfCompetence(code).map((skill) => skill.name),
      ),
    );

    const test = generateCertificationChallenges(full, bank, new Set(), seededRandomInt(42));

    expect(test).toHaveLength(48);
    expect(test.map((challenge) => challenge.competence)).toEqual(
      COMPETENCE_CODES.flatMap((code) => [code, code, code]),
    );
    for (const challenge of test) {
      expect(bank.skillOfChallenge(challenge.challengeId)?.name).toBe(challenge.skill);
      expect(['validé', 'archivé']).toContain(bank.challengeById(challenge.challengeId)?.status);
    }
    // Every competence has at least 2 tubes with a level-6 skill: the first two questions are level 6 of two tubes.
    for (const code of COMPETENCE_CODES) {
      const ofCompetence = test.filter((challenge) => challenge.competence === code);
      expect(ofCompetence[0]?.level).toBe(6);
      expect(ofCompetence[1]?.level).toBe(6);
      expect(ofCompetence[0]?.tube).not.toBe(ofCompetence[1]?.tube);
    }
  });
});
