import { collectAnswers, countsForCompetence, countsForReproducibilityRate } from './answer-collection';
import { competenceMarksAt, totalPixScore } from './competence-marks';
import { minimumNonNeutralizedChallengesToBeTrusted } from './reproducibility-rate';
import { scoreCertificationV2 } from './score-certification-v2';
import { buildCompetence, buildScoringV2Input, buildTest } from './scoring-v2.builders';

/**
 * The worked example of rules §10: a candidate certifiable on 6 competences is given 18 challenges; challenge 3 of
 * competence 2.1 was neutralised after an E1 report.
 */
const PROFILE = [
  buildCompetence({ code: '1.1', estimatedLevel: 3, pixScore: 27 }),
  buildCompetence({ code: '1.2', estimatedLevel: 2, pixScore: 18 }),
  buildCompetence({ code: '2.1', estimatedLevel: 4, pixScore: 35 }),
  buildCompetence({ code: '3.1', estimatedLevel: 1, pixScore: 10 }),
  buildCompetence({ code: '4.1', estimatedLevel: 2, pixScore: 20 }),
  buildCompetence({ code: '5.1', estimatedLevel: 3, pixScore: 24 }),
];
const TEST = buildTest({
  '1.1': ['ok', 'ok', 'ok'],
  '1.2': ['ok', 'ok', 'ko'],
  '2.1': ['ok', 'ko', 'neutralized'],
  '3.1': ['ko', 'ko', 'ok'],
  '4.1': ['ok', 'ok', 'ok'],
  '5.1': ['ok', 'ok', 'ko'],
});

describe('the worked example of rules §10', () => {
  it('gives 12 correct out of 17 challenges not neutralised, and 17 is enough to trust 18 challenges (12 needed)', () => {
    const collection = collectAnswers(TEST.challenges, TEST.answers);

    const counts = countsForReproducibilityRate(collection);

    expect(counts).toEqual({ correct: 12, nonNeutralized: 17 });
    expect(TEST.challenges).toHaveLength(18);
    expect(minimumNonNeutralizedChallengesToBeTrusted(18)).toBe(12);
  });

  it('reads C/K/N 3/3/0, 3/2/0, 3/1/1, 3/1/0, 3/3/0, 3/2/0', () => {
    const collection = collectAnswers(TEST.challenges, TEST.answers);

    const counts = PROFILE.map(({ code }) => countsForCompetence(collection, code));

    expect(counts).toEqual([
      { challenges: 3, correct: 3, neutralized: 0 },
      { challenges: 3, correct: 2, neutralized: 0 },
      { challenges: 3, correct: 1, neutralized: 1 },
      { challenges: 3, correct: 1, neutralized: 0 },
      { challenges: 3, correct: 3, neutralized: 0 },
      { challenges: 3, correct: 2, neutralized: 0 },
    ]);
  });

  it('validates 100 pix at R = 71', () => {
    const input = buildScoringV2Input({ competences: PROFILE, ...TEST, maxReachableLevel: 5 });

    const result = scoreCertificationV2(input);

    expect(result).toEqual({
      status: 'validated',
      pixScore: 100,
      reproducibilityRate: 71,
      competenceMarks: [
        { code: '1.1', areaCode: '1', level: 3, score: 27 },
        { code: '1.2', areaCode: '1', level: 1, score: 10 },
        { code: '2.1', areaCode: '2', level: 3, score: 27 },
        { code: '3.1', areaCode: '3', level: -1, score: 0 },
        { code: '4.1', areaCode: '4', level: 2, score: 20 },
        { code: '5.1', areaCode: '5', level: 2, score: 16 },
      ],
      commentKey: null,
      errorMessage: null,
      decidedBy: 'standard',
    });
  });

  it.each([80, 100])('would have kept the levels of 1.2, 2.1 and 5.1 at R = %p, for 124 pix', (rate) => {
    const collection = collectAnswers(TEST.challenges, TEST.answers);

    const marks = competenceMarksAt(rate, PROFILE, collection, 5);

    expect(marks).toEqual([
      { code: '1.1', areaCode: '1', level: 3, score: 27 },
      { code: '1.2', areaCode: '1', level: 2, score: 18 },
      { code: '2.1', areaCode: '2', level: 4, score: 35 },
      { code: '3.1', areaCode: '3', level: -1, score: 0 },
      { code: '4.1', areaCode: '4', level: 2, score: 20 },
      { code: '5.1', areaCode: '5', level: 3, score: 24 },
    ]);
    expect(totalPixScore(marks)).toBe(124);
  });
});
