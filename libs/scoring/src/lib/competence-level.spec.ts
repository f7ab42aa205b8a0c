import { competenceScore } from './competence-level';

describe(competenceScore.name, () => {
  it('floors the sum of earned pix, then divides by 8 for the level', () => {
    expect(competenceScore([4, 4, 5.5, 3.9])).toEqual({ pixScore: 17, level: 2 });
  });

  it.each([
    [[7.99], 7, 0],
    [[8], 8, 1],
    [[], 0, 0],
  ])('gives %p -> %p pix, level %p', (earned, pixScore, level) => {
    expect(competenceScore(earned)).toEqual({ pixScore, level });
  });

  it('does not cap a certification profile (excess pix and levels allowed)', () => {
    expect(competenceScore([40, 40])).toEqual({ pixScore: 80, level: 10 });
  });

  it('caps the level at the highest level open, not the pix', () => {
    expect(competenceScore([30, 30], 5)).toEqual({ pixScore: 60, level: 5 });
  });

  it('refuses negative pix and impossible caps', () => {
    expect(() => competenceScore([-1])).toThrow(RangeError);
    expect(() => competenceScore([1], 9)).toThrow(RangeError);
  });
});
