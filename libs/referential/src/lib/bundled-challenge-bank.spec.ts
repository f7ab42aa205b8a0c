import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CHALLENGE_FILES, loadChallengeBank } from './bundled-challenge-bank';
import { type Challenge, CHALLENGE_TYPES, REQUIRED_LEVELS } from './challenge';
import { type CandidateAnswer, checkAnswer, SKIPPED_ANSWER } from './check-answer';
import { COMPETENCE_CODES } from './competences';

const DATA_DIRECTORY = join(__dirname, '../../data/challenges');
const filesOnDisk = readdirSync(DATA_DIRECTORY).filter((name) => name.endsWith('.json'));

/** The answer a candidate who knows the solution gives. */
function referenceAnswer(challenge: Challenge): CandidateAnswer {
  switch (challenge.type) {
    case 'QCU':
    case 'QCM':
      return challenge.solution;
    case 'QROC':
    case 'QROCM-ind':
      return Object.fromEntries(challenge.fields.map(({ key }) => [key, challenge.solution[key][0]]));
    case 'QROCM-dep':
      return Object.fromEntries(challenge.fields.map(({ key }, index) => [key, challenge.solution['*'][index] ?? '']));
  }
}

describe('bundled challenge bank', () => {
  it('bundles every file of data/challenges, and nothing else', () => {
    expect(BUNDLED_CHALLENGE_FILES.map(({ fileName }) => fileName).sort()).toEqual([...filesOnDisk].sort());
  });

  it('has a file for each of the 16 competences', () => {
    expect(filesOnDisk.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...COMPETENCE_CODES]);
  });

  it('loads and validates once', () => {
    const bank = loadChallengeBank();

    expect(bank.competences).toEqual(COMPETENCE_CODES.filter((code) => filesOnDisk.includes(`${code}.json`)));
    expect(loadChallengeBank()).toBe(bank);
  });

  describe.each(filesOnDisk.map((name) => name.replace(/\.json$/, '')))('competence %s', (code) => {
    const bank = loadChallengeBank();
    const challenges = bank.challenges.filter((challenge) => challenge.competence === code);

    it('has at least 2 tubes of levels 1 to 6, each skill with at least 2 operative challenges', () => {
      const tubes = bank.tubesOfCompetence(code as never);

      expect(tubes.length).toBeGreaterThanOrEqual(2);
      for (const tube of tubes) {
        expect(tube.skills.map((skill) => skill.level)).toEqual(expect.arrayContaining([...REQUIRED_LEVELS]));
        for (const skill of tube.skills) {
          expect(bank.operativeChallengesOfSkill(skill.name, 'fr-fr').length).toBeGreaterThanOrEqual(2);
        }
      }
      expect(challenges.length).toBeGreaterThanOrEqual(2 * 6 * 2);
    });

    it('mixes QCU, QCM and free-text challenges', () => {
      const types = new Set(challenges.map((challenge) => challenge.type));

      expect(types.has('QCU')).toBe(true);
      expect(types.has('QCM')).toBe(true);
      expect(['QROC', 'QROCM-ind', 'QROCM-dep'].some((type) => types.has(type as never))).toBe(true);
    });

    it('grades the reference answer of each challenge ok, and a skip aband', () => {
      const wronglyGraded = challenges.filter(
        (challenge) => checkAnswer(challenge, referenceAnswer(challenge)) !== 'ok',
      );

      expect(wronglyGraded.map((challenge) => challenge.id)).toEqual([]);
      expect(challenges.every((challenge) => checkAnswer(challenge, SKIPPED_ANSWER) === 'aband')).toBe(true);
    });

    it('accepts each accepted answer of its QROC and QROCM-ind challenges', () => {
      const refused = challenges.flatMap((challenge) =>
        challenge.type === 'QROC' || challenge.type === 'QROCM-ind'
          ? challenge.fields.flatMap(({ key }) =>
              challenge.solution[key]
                .filter((accepted) => {
                  const answer = Object.fromEntries(
                    challenge.fields.map((field) => [field.key, challenge.solution[field.key][0]]),
                  );
                  return checkAnswer(challenge, { ...answer, [key]: accepted }) !== 'ok';
                })
                .map((accepted) => `${challenge.id}: ${accepted}`),
            )
          : [],
      );

      expect(refused).toEqual([]);
    });
  });

  it('uses the five types and, on a minority of challenges, every flag', () => {
    const { challenges } = loadChallengeBank();
    const flagged = (predicate: (challenge: Challenge) => boolean) => challenges.filter(predicate).length;

    expect(new Set(challenges.map((challenge) => challenge.type))).toEqual(new Set(CHALLENGE_TYPES));
    const counts = [
      flagged((challenge) => challenge.flags.timedSeconds !== null),
      flagged((challenge) => challenge.flags.focus),
      flagged((challenge) => challenge.flags.illustration !== null),
      flagged((challenge) => challenge.flags.attachment !== null),
      flagged((challenge) => challenge.flags.embed !== null),
    ];
    for (const count of counts) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(challenges.length / 4);
    }
  });
});
