import {
  areaCodeOf,
  certifiedCompetenceMark,
  certifiedLevelVerdict,
  type CertifiedLevelVerdict,
  uncertifiedCompetenceMark,
} from './certified-level';
import { buildCompetence } from './scoring-v2.builders';

/** The symbols of the rules' table. */
const VERDICT_OF_SYMBOL: Record<'✔' | '↓' | '✘', CertifiedLevelVerdict> = {
  '✔': 'kept',
  '↓': 'downgraded',
  '✘': 'uncertified',
};
type TableSymbol = keyof typeof VERDICT_OF_SYMBOL;

/**
 * The per-competence table of rules §10, copied by hand: C, K, N, then R ≥ 80, 70 ≤ R < 80, R < 70.
 * Rows where N is "any" (or "0–1") are written once per possible N.
 */
const TABLE_OF_THE_RULES: readonly (readonly [number, number, number, TableSymbol, TableSymbol, TableSymbol])[] = [
  [3, 3, 0, '✔', '✔', '✔'],
  [3, 2, 0, '✔', '↓', '↓'],
  [3, 2, 1, '✔', '✔', '✔'],
  [3, 1, 0, '✘', '✘', '✘'],
  [3, 1, 1, '✔', '↓', '✘'],
  [3, 1, 2, '✔', '✔', '↓'],
  [3, 0, 0, '✘', '✘', '✘'],
  [3, 0, 1, '✘', '✘', '✘'],
  [3, 0, 2, '✘', '✘', '✘'],
  [3, 0, 3, '✘', '✘', '✘'],
  [2, 2, 0, '✔', '✔', '✔'],
  [2, 1, 0, '✔', '↓', '✘'],
  [2, 1, 1, '✔', '✔', '↓'],
  [2, 0, 0, '✘', '✘', '✘'],
  [2, 0, 1, '✘', '✘', '✘'],
  [2, 0, 2, '✘', '✘', '✘'],
  [1, 1, 0, '✔', '✔', '↓'],
  [1, 0, 0, '✘', '✘', '✘'],
  [1, 0, 1, '✘', '✘', '✘'],
];

/** One rate inside each band of the table. */
const BANDS = [
  { band: 'R ≥ 80', rate: 85, column: 3 },
  { band: '70 ≤ R < 80', rate: 75, column: 4 },
  { band: 'R < 70', rate: 60, column: 5 },
] as const;

const CASES = TABLE_OF_THE_RULES.flatMap((tableRow) =>
  BANDS.map(({ band, rate, column }) => ({
    challenges: tableRow[0],
    correct: tableRow[1],
    neutralized: tableRow[2],
    band,
    rate,
    expected: tableRow[column],
  })),
);

describe(certifiedLevelVerdict.name, () => {
  it.each(CASES)(
    'C=$challenges K=$correct N=$neutralized at R=$rate ($band): $expected',
    ({ challenges, correct, neutralized, rate, expected }) => {
      const counts = { challenges, correct, neutralized };

      const verdict = certifiedLevelVerdict(counts, rate);

      expect(verdict).toBe(VERDICT_OF_SYMBOL[expected]);
    },
  );

  it.each([
    [100, '✔'],
    [80, '✔'],
    [79, '↓'],
    [70, '↓'],
    [69, '✘'],
    [50, '✘'],
  ] as const)('puts the band limits at 80 and 70: C=2 K=1 N=0 at R=%p gives %p', (rate, expected) => {
    const counts = { challenges: 2, correct: 1, neutralized: 0 };

    const verdict = certifiedLevelVerdict(counts, rate);

    expect(verdict).toBe(VERDICT_OF_SYMBOL[expected]);
  });

  it('certifies nothing below 50 %, not even 3 correct out of 3', () => {
    const counts = { challenges: 3, correct: 3, neutralized: 0 };

    const verdict = certifiedLevelVerdict(counts, 49);

    expect(verdict).toBe('uncertified');
  });

  it.each([
    ['no challenge at all', 0, 0, 0],
    ['4 challenges (two QROCM-dep counted twice), all correct', 4, 3, 0],
    ['4 plain challenges, 3 correct', 4, 3, 1],
    ['5 challenges', 5, 3, 0],
    ['more correct and neutralised challenges than challenges', 1, 1, 1],
  ])('does not certify counts the table does not cover: %s', (_, challenges, correct, neutralized) => {
    const counts = { challenges, correct, neutralized };

    const verdicts = [100, 75, 60].map((rate) => certifiedLevelVerdict(counts, rate));

    expect(verdicts).toEqual(['uncertified', 'uncertified', 'uncertified']);
  });
});

describe(certifiedCompetenceMark.name, () => {
  const competence = buildCompetence({ code: '2.1', estimatedLevel: 4, pixScore: 35 });

  it('keeps the estimated level and its pix', () => {
    expect(certifiedCompetenceMark(competence, 'kept', 5)).toEqual({ code: '2.1', areaCode: '2', level: 4, score: 35 });
  });

  it('takes one level and 8 pix off a downgraded competence', () => {
    expect(certifiedCompetenceMark(competence, 'downgraded', 5)).toEqual({
      code: '2.1',
      areaCode: '2',
      level: 3,
      score: 27,
    });
  });

  it('gives level −1 and no pix to an uncertified competence', () => {
    expect(certifiedCompetenceMark(competence, 'uncertified', 5)).toEqual({
      code: '2.1',
      areaCode: '2',
      level: -1,
      score: 0,
    });
  });

  it('downgrades a level-1 competence to level 0 with its pix minus 8', () => {
    const levelOne = buildCompetence({ code: '3.1', estimatedLevel: 1, pixScore: 10 });

    const mark = certifiedCompetenceMark(levelOne, 'downgraded', 5);

    expect(mark).toEqual({ code: '3.1', areaCode: '3', level: 0, score: 2 });
  });

  it('never gives a negative score to a downgraded profile holding fewer pix than its level is worth', () => {
    const inconsistent = buildCompetence({ code: '3.1', estimatedLevel: 1, pixScore: 5 });

    const mark = certifiedCompetenceMark(inconsistent, 'downgraded', 5);

    expect(mark).toEqual({ code: '3.1', areaCode: '3', level: 0, score: 0 });
  });

  it('caps a kept level at the highest level open and its score at that level × 8', () => {
    const beyondTheCap = buildCompetence({ code: '5.2', estimatedLevel: 7, pixScore: 60 });

    const mark = certifiedCompetenceMark(beyondTheCap, 'kept', 5);

    expect(mark).toEqual({ code: '5.2', areaCode: '5', level: 5, score: 40 });
  });

  it('caps after downgrading: level 7 / 60 pix downgraded is 6 / 52, then 5 / 40 under a cap of 5', () => {
    const beyondTheCap = buildCompetence({ code: '5.2', estimatedLevel: 7, pixScore: 60 });

    const mark = certifiedCompetenceMark(beyondTheCap, 'downgraded', 5);

    expect(mark).toEqual({ code: '5.2', areaCode: '5', level: 5, score: 40 });
  });

  it('caps the score of a competence already at the highest level open: level 5 with 47 pix gives 40', () => {
    const atTheCap = buildCompetence({ code: '4.3', estimatedLevel: 5, pixScore: 47 });

    const mark = certifiedCompetenceMark(atTheCap, 'kept', 5);

    expect(mark).toEqual({ code: '4.3', areaCode: '4', level: 5, score: 40 });
  });

  it('follows the cap of the certification date: 6 lets level 6 and 48 pix through', () => {
    const levelSix = buildCompetence({ code: '1.3', estimatedLevel: 6, pixScore: 50 });

    const mark = certifiedCompetenceMark(levelSix, 'kept', 6);

    expect(mark).toEqual({ code: '1.3', areaCode: '1', level: 6, score: 48 });
  });
});

describe(uncertifiedCompetenceMark.name, () => {
  it('gives level −1 and no pix whatever the profile', () => {
    const competence = buildCompetence({ code: '4.2', estimatedLevel: 5, pixScore: 44 });

    expect(uncertifiedCompetenceMark(competence)).toEqual({ code: '4.2', areaCode: '4', level: -1, score: 0 });
  });
});

describe(areaCodeOf.name, () => {
  it.each([
    ['1.1', '1'],
    ['2.4', '2'],
    ['5.2', '5'],
  ])('puts %p in area %p', (code, area) => {
    expect(areaCodeOf(code)).toBe(area);
  });
});
