import { buildChallenge } from '../testing/builders';
import { applyFinalizationEffects } from './certification';

describe(applyFinalizationEffects.name, () => {
  const challenges = [
    buildChallenge({ number: 1, challengeId: 'a', answerStatus: 'ok' }),
    buildChallenge({ number: 2, challengeId: 'b', answerStatus: 'ko' }),
    buildChallenge({ number: 3, challengeId: 'c', answerStatus: null }),
    buildChallenge({ number: 4, challengeId: 'd', answerStatus: null }),
  ];

  it('skips the unanswered questions automatically when the candidate gave up', () => {
    const result = applyFinalizationEffects(challenges, 'candidate', []);

    expect(result.map((c) => [c.challengeId, c.autoSkipped, c.neutralizedBy])).toEqual([
      ['a', false, null],
      ['b', false, null],
      ['c', true, null],
      ['d', true, null],
    ]);
  });

  it('neutralises the unanswered questions after a technical problem', () => {
    const result = applyFinalizationEffects(challenges, 'technical', []);

    expect(result.map((c) => [c.challengeId, c.autoSkipped, c.neutralizedBy])).toEqual([
      ['a', false, null],
      ['b', false, null],
      ['c', false, 'technical-abort'],
      ['d', false, 'technical-abort'],
    ]);
  });

  it('applies the issue reports: neutralise a wrong answer, re-mark a focused-out one', () => {
    const result = applyFinalizationEffects(challenges, null, [
      { challengeId: 'b', effect: 'neutralise' },
      { challengeId: 'a', effect: 'remark-ok' },
    ]);

    expect(result.find((c) => c.challengeId === 'b')?.neutralizedBy).toBe('issue-report');
    expect(result.find((c) => c.challengeId === 'a')?.remarkedOk).toBe(true);
    expect(result.filter((c) => c.neutralizedBy !== null)).toHaveLength(1);
  });

  it('keeps a neutralisation decided by the jury, and finalising again gives the same challenges', () => {
    const withJury = [{ ...challenges[0], neutralizedBy: 'jury' as const }, ...challenges.slice(1)].map((c) =>
      buildChallenge(c),
    );

    const once = applyFinalizationEffects(withJury, 'technical', [{ challengeId: 'b', effect: 'neutralise' }]);
    const twice = applyFinalizationEffects(once, 'technical', [{ challengeId: 'b', effect: 'neutralise' }]);

    expect(once[0]?.neutralizedBy).toBe('jury');
    expect(twice).toEqual(once);
  });
});
