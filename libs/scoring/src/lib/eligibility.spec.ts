import { eligibility } from './eligibility';

describe(eligibility.name, () => {
  it('certifies a profile with exactly 5 competences at level 1 or more', () => {
    expect(eligibility([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
      certifiable: true,
      competencesAtLevelOneOrMore: 5,
    });
  });

  it('refuses 4 competences, however high their levels', () => {
    expect(eligibility([8, 7, 6, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
      certifiable: false,
      competencesAtLevelOneOrMore: 4,
    });
  });

  it('counts an empty profile as not certifiable', () => {
    expect(eligibility([])).toEqual({ certifiable: false, competencesAtLevelOneOrMore: 0 });
  });
});
