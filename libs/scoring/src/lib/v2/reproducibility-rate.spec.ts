import {
  hasEnoughNonNeutralizedChallengesToBeTrusted,
  minimumNonNeutralizedChallengesToBeTrusted,
  reproducibilityRate,
} from './reproducibility-rate';

describe(reproducibilityRate.name, () => {
  it('gives the share of correct answers in percent, rounded: 12 correct out of 17 make 71', () => {
    expect(reproducibilityRate(12, 17)).toBe(71);
  });

  it.each([
    [141, 200, 71],
    [99, 200, 50],
  ])('rounds an exact half up: %p out of %p make %p', (correct, nonNeutralized, expected) => {
    expect(reproducibilityRate(correct, nonNeutralized)).toBe(expected);
  });

  it.each([
    [352, 500, 70],
    [247, 500, 49],
  ])('rounds less than a half down: %p out of %p make %p', (correct, nonNeutralized, expected) => {
    expect(reproducibilityRate(correct, nonNeutralized)).toBe(expected);
  });

  it('gives 0 when no challenge counts', () => {
    expect(reproducibilityRate(0, 0)).toBe(0);
  });

  it('gives 100 when every counted challenge is correct', () => {
    expect(reproducibilityRate(15, 15)).toBe(100);
  });
});

describe(minimumNonNeutralizedChallengesToBeTrusted.name, () => {
  it.each([
    [18, 12],
    [15, 10],
    [48, 32],
    [50, 33],
    [3, 2],
    [0, 0],
  ])(
    'trusts a test of %p challenges from ceil(0.66 × total) = %p challenges not neutralised',
    (totalChallenges, expected) => {
      expect(minimumNonNeutralizedChallengesToBeTrusted(totalChallenges)).toBe(expected);
    },
  );
});

describe(hasEnoughNonNeutralizedChallengesToBeTrusted.name, () => {
  it('trusts exactly ceil(0.66 × total) challenges not neutralised', () => {
    expect(hasEnoughNonNeutralizedChallengesToBeTrusted(12, 18)).toBe(true);
  });

  it('does not trust one challenge less', () => {
    expect(hasEnoughNonNeutralizedChallengesToBeTrusted(11, 18)).toBe(false);
  });
});
