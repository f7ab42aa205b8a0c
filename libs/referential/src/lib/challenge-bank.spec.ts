import { buildChallengeBank, ChallengeBank, ChallengeBankError } from './challenge-bank';
import { rawChallenge, rawChallengeFile, rawSource } from './testing/challenge-builders';

function bankFixture(): ChallengeBank {
  const second = rawChallengeFile('1.1', ['@alpha', '@beta']);
  const first = rawChallengeFile('3.4', ['@gamma', '@delta']);
  second.tubes[0].skills[2].challenges.push(
    rawChallenge({ id: 'alpha3-c', status: 'périmé' }),
    rawChallenge({ id: 'alpha3-d', locale: 'en-gb' }),
  );
  second.tubes[0].skills[2].challenges[1]['status'] = 'archivé';
  second.tubes[1].skills.reverse();
  return buildChallengeBank([rawSource(first), rawSource(second)]);
}

describe(buildChallengeBank.name, () => {
  it('throws every problem at once', () => {
    const broken = rawChallengeFile();
    broken.tubes[0].skills[0].challenges.pop();
    broken.tubes[1].skills[5].challenges[0]['solution'] = 9;

    const build = () => buildChallengeBank([rawSource(broken)]);

    expect(build).toThrow(ChallengeBankError);
    expect(build).toThrow(
      'Invalid challenge bank, 2 problem(s):\n' +
        '- 1.1.json › @alpha › @alpha1: has 1 challenge(s), at least 2 are required\n' +
        '- 1.1.json › @beta › @beta6 › beta6-a: solution 9 is not the number of one of its 3 proposals',
    );
  });
});

describe(ChallengeBank.name, () => {
  const bank = bankFixture();

  it('orders competences, tubes and skills in reference order, then by level', () => {
    expect(bank.competences).toEqual(['1.1', '3.4']);
    expect(bank.tubes.map((tube) => tube.name)).toEqual(['@alpha', '@beta', '@gamma', '@delta']);
    expect(bank.tubesOfCompetence('1.1')[1].skills.map((skill) => skill.name)).toEqual([
      '@beta1',
      '@beta2',
      '@beta3',
      '@beta4',
      '@beta5',
      '@beta6',
    ]);
    expect(bank.skills).toHaveLength(4 * 6);
    expect(bank.challenges).toHaveLength(4 * 6 * 2 + 2);
  });

  it('finds a challenge by id with its skill and competence', () => {
    expect(bank.challengeById('delta5-b')).toMatchObject({ id: 'delta5-b', skill: '@delta5', competence: '3.4' });
    expect(bank.challengeById('delta9-b')).toBeUndefined();
    expect(bank.skillOfChallenge('beta2-a')).toEqual({ name: '@beta2', tube: '@beta', level: 2, competence: '1.1' });
  });

  it('finds skills by name and by competence', () => {
    expect(bank.skillByName('@gamma4')).toEqual({ name: '@gamma4', tube: '@gamma', level: 4, competence: '3.4' });
    expect(bank.skillByName('@gamma7')).toBeUndefined();
    expect(bank.skillsOfCompetence('3.4').map((skill) => skill.name)).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((level) => `@gamma${level}`),
      ...[1, 2, 3, 4, 5, 6].map((level) => `@delta${level}`),
    ]);
    expect(bank.skillsOfCompetence('5.2')).toEqual([]);
    expect(bank.tubesOfCompetence('5.2')).toEqual([]);
  });

  it('lists all the challenges of a skill, main first, and only the operative ones of a locale on demand', () => {
    const ids = (challenges: readonly { id: string }[]) => challenges.map((challenge) => challenge.id);

    expect(ids(bank.challengesOfSkill('@alpha3'))).toEqual(['alpha3-a', 'alpha3-b', 'alpha3-c', 'alpha3-d']);
    expect(ids(bank.operativeChallengesOfSkill('@alpha3'))).toEqual(['alpha3-a', 'alpha3-b', 'alpha3-d']);
    expect(ids(bank.operativeChallengesOfSkill('@alpha3', 'fr-fr'))).toEqual(['alpha3-a', 'alpha3-b']);
    expect(bank.challengesOfSkill('@nothing1')).toEqual([]);
  });
});
