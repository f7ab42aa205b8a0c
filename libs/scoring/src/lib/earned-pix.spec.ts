import { competenceScore } from './competence-level';
import { sumEarnedPix } from './earned-pix';

const times = (count: number, pix: number) => Array.from({ length: count }, () => pix);

describe(sumEarnedPix.name, () => {
  it('adds 10 skills of 1.6 pix into 16 pix, where floating-point addition loses a level', () => {
    expect(times(10, 1.6).reduce((sum, pix) => sum + pix, 0)).toBeLessThan(16);
    expect(competenceScore(times(10, 1.6))).toEqual({ pixScore: 15, level: 1 });

    expect(sumEarnedPix(times(10, 1.6))).toBe(16);
    expect(competenceScore([sumEarnedPix(times(10, 1.6))])).toEqual({ pixScore: 16, level: 2 });
  });

  it.each([
    [[7.9, 0.2], 8.1],
    [times(3, 8 / 3), 8],
    [times(7, 8 / 7), 8],
    [times(6, 4 / 3), 8],
    [[0.1, 0.2], 0.3],
    [[7.999999], 7.999999],
    [[], 0],
  ])('adds %p into %p', (earnedPix, expected) => {
    expect(sumEarnedPix(earnedPix)).toBe(expected);
  });

  it('gives the same sum in any order', () => {
    const values = [1.6, 8 / 3, 0.8, 8 / 7, 4, 0.3, 1.6, 8 / 7, 8 / 3];

    expect(sumEarnedPix([...values].reverse())).toBe(sumEarnedPix(values));
  });

  it('refuses negative and non-finite pix', () => {
    expect(() => sumEarnedPix([1, -0.5])).toThrow(RangeError);
    expect(() => sumEarnedPix([Number.NaN])).toThrow(RangeError);
  });
});
