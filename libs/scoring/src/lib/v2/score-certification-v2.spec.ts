import { scoreCertificationV2 } from './score-certification-v2';
import {
  buildAnswer,
  buildCompetence,
  buildScoringV2Input,
  buildTest,
  type ChallengeOutcome,
} from './scoring-v2.builders';

const ALL_OK: readonly ChallengeOutcome[] = ['ok', 'ok', 'ok'];

/** Five certifiable competences, one per area: 27 + 35 + 18 + 10 + 20 = 110 pix when all are kept. */
const PROFILE = [
  buildCompetence({ code: '1.1', estimatedLevel: 3, pixScore: 27 }),
  buildCompetence({ code: '2.1', estimatedLevel: 4, pixScore: 35 }),
  buildCompetence({ code: '3.1', estimatedLevel: 2, pixScore: 18 }),
  buildCompetence({ code: '4.1', estimatedLevel: 1, pixScore: 10 }),
  buildCompetence({ code: '5.1', estimatedLevel: 2, pixScore: 20 }),
];

/** The marks of PROFILE when the test is decided as a whole. */
const PROFILE_UNCERTIFIED = [
  { code: '1.1', areaCode: '1', level: -1, score: 0 },
  { code: '2.1', areaCode: '2', level: -1, score: 0 },
  { code: '3.1', areaCode: '3', level: -1, score: 0 },
  { code: '4.1', areaCode: '4', level: -1, score: 0 },
  { code: '5.1', areaCode: '5', level: -1, score: 0 },
];

/** The marks of PROFILE when every competence keeps its level. */
const PROFILE_KEPT = [
  { code: '1.1', areaCode: '1', level: 3, score: 27 },
  { code: '2.1', areaCode: '2', level: 4, score: 35 },
  { code: '3.1', areaCode: '3', level: 2, score: 18 },
  { code: '4.1', areaCode: '4', level: 1, score: 10 },
  { code: '5.1', areaCode: '5', level: 2, score: 20 },
];

/** 15 challenges, all answered ok: R = 100. */
const ALL_CORRECT = buildTest({ '1.1': ALL_OK, '2.1': ALL_OK, '3.1': ALL_OK, '4.1': ALL_OK, '5.1': ALL_OK });

/** 15 challenges, 6 answered ok: R = 40. */
const SIX_CORRECT_OUT_OF_FIFTEEN = buildTest({
  '1.1': ['ok', 'ok', 'ok'],
  '2.1': ['ok', 'ko', 'ko'],
  '3.1': ['ko', 'ko', 'ko'],
  '4.1': ['ok', 'ko', 'aband'],
  '5.1': ['ok', 'timedout', 'ko'],
});

/** 15 challenges, 6 of them neutralised: 9 left, under ceil(0.66 × 15) = 10. */
const NINE_LEFT_OUT_OF_FIFTEEN = buildTest({
  '1.1': ['ok', 'neutralized', 'neutralized'],
  '2.1': ['ok', 'neutralized', 'neutralized'],
  '3.1': ['ok', 'neutralized', 'neutralized'],
  '4.1': ALL_OK,
  '5.1': ALL_OK,
});

describe(scoreCertificationV2.name, () => {
  describe('contract', () => {
    it('puts in error a test where a challenge neither neutralised nor skipped automatically has no answer', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({ '1.1': ['ok', 'ok', 'unanswered'], '2.1': ALL_OK, '3.1': ALL_OK, '4.1': ALL_OK, '5.1': ALL_OK }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'error',
        pixScore: 0,
        reproducibilityRate: null,
        competenceMarks: PROFILE_UNCERTIFIED,
        commentKey: null,
        errorMessage: 'challenge rec1.1-3 has no answer',
        decidedBy: 'contract',
      });
    });

    it('scores a test whose only unanswered challenges were neutralised or skipped automatically', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ['ok', 'ok', { neutralized: true }],
          '2.1': ['ok', 'ok', 'auto-skipped'],
          '3.1': ALL_OK,
          '4.1': ALL_OK,
          '5.1': ALL_OK,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({ status: 'validated', reproducibilityRate: 93, decidedBy: 'standard' });
    });

    it('puts in error a test where a challenge was answered twice', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        challenges: ALL_CORRECT.challenges,
        answers: [...ALL_CORRECT.answers, buildAnswer({ challengeId: 'rec3.1-2', status: 'ko' })],
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'error',
        errorMessage: 'challenge rec3.1-2 has 2 answers',
        decidedBy: 'contract',
      });
    });

    it('puts in error a test scoring 0 pix with a rate above 50 %: five level-1 competences of 8 pix, all downgraded', () => {
      const competences = ['1.1', '2.1', '3.1', '4.1', '5.1'].map((code) =>
        buildCompetence({ code, estimatedLevel: 1, pixScore: 8 }),
      );
      const twoOutOfThree: readonly ChallengeOutcome[] = ['ok', 'ok', 'ko'];
      const input = buildScoringV2Input({
        competences,
        ...buildTest({
          '1.1': twoOutOfThree,
          '2.1': twoOutOfThree,
          '3.1': twoOutOfThree,
          '4.1': twoOutOfThree,
          '5.1': twoOutOfThree,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'error',
        pixScore: 0,
        reproducibilityRate: null,
        competenceMarks: PROFILE_UNCERTIFIED,
        commentKey: null,
        errorMessage: 'the score is 0 pix while the reproducibility rate is 67 %, above 50 %',
        decidedBy: 'contract',
      });
    });
  });

  describe('reproducibility rate', () => {
    it('counts a challenge skipped automatically as wrong: 14 correct out of 15 give 93', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ['ok', 'ok', 'auto-skipped'],
          '2.1': ALL_OK,
          '3.1': ALL_OK,
          '4.1': ALL_OK,
          '5.1': ALL_OK,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result.reproducibilityRate).toBe(93);
    });

    it('leaves a neutralised challenge out of the rate, even answered ok: 14 out of 14 give 100', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ['ok', 'ok', { answer: 'ok', neutralized: true }],
          '2.1': ALL_OK,
          '3.1': ALL_OK,
          '4.1': ALL_OK,
          '5.1': ALL_OK,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result.reproducibilityRate).toBe(100);
    });

    it('counts a partially correct QROCM-dep answer as not correct: 14 out of 15 give 93', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': [{ type: 'QROCM-dep', answer: 'partially' }, 'ok', 'ok'],
          '2.1': ALL_OK,
          '3.1': ALL_OK,
          '4.1': ALL_OK,
          '5.1': ALL_OK,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result.reproducibilityRate).toBe(93);
    });
  });

  describe('trust check', () => {
    it('trusts a test with exactly ceil(0.66 × 15) = 10 challenges not neutralised', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ['ok', 'neutralized', 'neutralized'],
          '2.1': ['ok', 'neutralized', 'neutralized'],
          '3.1': ['ok', 'ok', 'neutralized'],
          '4.1': ALL_OK,
          '5.1': ALL_OK,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'validated',
        pixScore: 110,
        reproducibilityRate: 100,
        competenceMarks: PROFILE_KEPT,
        commentKey: null,
        errorMessage: null,
        decidedBy: 'standard',
      });
    });

    it('cancels a test with one challenge less not neutralised (9 out of 15), with no score', () => {
      const input = buildScoringV2Input({ competences: PROFILE, ...NINE_LEFT_OUT_OF_FIFTEEN });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'cancelled',
        pixScore: 0,
        reproducibilityRate: 100,
        competenceMarks: PROFILE_UNCERTIFIED,
        commentKey: 'CANCELLED_DUE_TO_NEUTRALIZATION',
        errorMessage: null,
        decidedBy: 'not-trusted',
      });
    });

    it('cancels a test whose every challenge was neutralised, with a rate of 0', () => {
      const neutralized: readonly ChallengeOutcome[] = ['neutralized', 'neutralized', 'neutralized'];
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': neutralized,
          '2.1': neutralized,
          '3.1': neutralized,
          '4.1': neutralized,
          '5.1': neutralized,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'cancelled',
        reproducibilityRate: 0,
        commentKey: 'CANCELLED_DUE_TO_NEUTRALIZATION',
      });
    });
  });

  describe('rate below 50 %', () => {
    it('rejects the test for insufficient correct answers, certifying no competence, not even one fully correct', () => {
      const input = buildScoringV2Input({ competences: PROFILE, ...SIX_CORRECT_OUT_OF_FIFTEEN });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'rejected',
        pixScore: 0,
        reproducibilityRate: 40,
        competenceMarks: PROFILE_UNCERTIFIED,
        commentKey: 'REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS',
        errorMessage: null,
        decidedBy: 'insufficient-rate',
      });
    });

    it('cancels instead a test aborted for a technical reason', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...SIX_CORRECT_OUT_OF_FIFTEEN,
        abortReason: 'technical',
      });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'cancelled',
        pixScore: 0,
        reproducibilityRate: 40,
        competenceMarks: PROFILE_UNCERTIFIED,
        commentKey: 'CANCELLED_DUE_TO_LACK_OF_ANSWERS_FOR_TECHNICAL_REASON',
        errorMessage: null,
        decidedBy: 'technical-lack-of-answers',
      });
    });

    it('rejects a test the candidate abandoned, its remaining challenges skipped automatically, never with the v3 key', () => {
      const skipped: readonly ChallengeOutcome[] = ['auto-skipped', 'auto-skipped', 'auto-skipped'];
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ALL_OK,
          '2.1': ['ok', 'ok', 'auto-skipped'],
          '3.1': skipped,
          '4.1': skipped,
          '5.1': skipped,
        }),
        abortReason: 'candidate',
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'rejected',
        reproducibilityRate: 33,
        commentKey: 'REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS',
        decidedBy: 'insufficient-rate',
      });
    });

    it('rejects a test without any challenge (rate 0)', () => {
      const input = buildScoringV2Input({ competences: PROFILE });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({ status: 'rejected', reproducibilityRate: 0, decidedBy: 'insufficient-rate' });
    });
  });

  describe('rate of 50 % or more', () => {
    it('scores normally a test aborted for a technical reason whose rate reaches 50 %', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ALL_OK,
          '2.1': ALL_OK,
          '3.1': ALL_OK,
          '4.1': ['ok', 'neutralized', 'neutralized'],
          '5.1': ['neutralized', 'neutralized', 'neutralized'],
        }),
        abortReason: 'technical',
      });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'validated',
        pixScore: 27 + 35 + 18 + 10,
        reproducibilityRate: 100,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: 3, score: 27 },
          { code: '2.1', areaCode: '2', level: 4, score: 35 },
          { code: '3.1', areaCode: '3', level: 2, score: 18 },
          { code: '4.1', areaCode: '4', level: 1, score: 10 },
          { code: '5.1', areaCode: '5', level: -1, score: 0 },
        ],
        commentKey: null,
        errorMessage: null,
        decidedBy: 'standard',
      });
    });

    it('scores a rate of exactly 50 % by the table: R < 70 downgrades 2 out of 3 and fails 1 out of 3', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 3, pixScore: 27 }),
          buildCompetence({ code: '2.1', estimatedLevel: 2, pixScore: 20 }),
        ],
        ...buildTest({ '1.1': ['ok', 'ok', 'ko'], '2.1': ['ok', 'ko', 'ko'] }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'validated',
        pixScore: 19,
        reproducibilityRate: 50,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: 2, score: 19 },
          { code: '2.1', areaCode: '2', level: -1, score: 0 },
        ],
        commentKey: null,
        errorMessage: null,
        decidedBy: 'standard',
      });
    });

    it('rejects with no comment a test of exactly 50 % scoring 0 pix (an error only above 50 %)', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 1, pixScore: 8 }),
          buildCompetence({ code: '2.1', estimatedLevel: 2, pixScore: 20 }),
        ],
        ...buildTest({ '1.1': ['ok', 'ok', 'ko'], '2.1': ['ok', 'ko', 'ko'] }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'rejected',
        pixScore: 0,
        reproducibilityRate: 50,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: 0, score: 0 },
          { code: '2.1', areaCode: '2', level: -1, score: 0 },
        ],
        commentKey: null,
        errorMessage: null,
        decidedBy: 'standard',
      });
    });

    it('downgrades a level-1 competence to level 0 with its pix minus 8', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 1, pixScore: 10 }),
          buildCompetence({ code: '2.1', estimatedLevel: 3, pixScore: 27 }),
          buildCompetence({ code: '3.1', estimatedLevel: 2, pixScore: 20 }),
          buildCompetence({ code: '4.1', estimatedLevel: 2, pixScore: 18 }),
        ],
        ...buildTest({ '1.1': ['ok', 'ok', 'ko'], '2.1': ALL_OK, '3.1': ALL_OK, '4.1': ['ok', 'ko', 'ko'] }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'validated',
        pixScore: 2 + 27 + 20,
        reproducibilityRate: 75,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: 0, score: 2 },
          { code: '2.1', areaCode: '2', level: 3, score: 27 },
          { code: '3.1', areaCode: '3', level: 2, score: 20 },
          { code: '4.1', areaCode: '4', level: -1, score: 0 },
        ],
      });
    });

    it('caps levels at the highest level open on the certification date (5) and scores at 5 × 8 = 40 pix', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 7, pixScore: 60 }),
          buildCompetence({ code: '2.1', estimatedLevel: 6, pixScore: 50 }),
          buildCompetence({ code: '3.1', estimatedLevel: 5, pixScore: 47 }),
          buildCompetence({ code: '4.1', estimatedLevel: 3, pixScore: 27 }),
        ],
        ...buildTest({ '1.1': ALL_OK, '2.1': ALL_OK, '3.1': ALL_OK, '4.1': ALL_OK }),
        maxReachableLevel: 5,
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'validated',
        pixScore: 40 + 40 + 40 + 27,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: 5, score: 40 },
          { code: '2.1', areaCode: '2', level: 5, score: 40 },
          { code: '3.1', areaCode: '3', level: 5, score: 40 },
          { code: '4.1', areaCode: '4', level: 3, score: 27 },
        ],
      });
    });

    it('caps at 6 and 48 pix a certification taken once level 6 was open', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 7, pixScore: 60 }),
          buildCompetence({ code: '2.1', estimatedLevel: 6, pixScore: 50 }),
        ],
        ...buildTest({ '1.1': ALL_OK, '2.1': ALL_OK }),
        maxReachableLevel: 6,
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        pixScore: 96,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: 6, score: 48 },
          { code: '2.1', areaCode: '2', level: 6, score: 48 },
        ],
      });
    });

    it('marks every certifiable competence in the order of the profile, with the area of its code', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '5.2', estimatedLevel: 2, pixScore: 16 }),
          buildCompetence({ code: '1.3', estimatedLevel: 1, pixScore: 9 }),
          buildCompetence({ code: '3.4', estimatedLevel: 4, pixScore: 33 }),
        ],
        ...buildTest({ '1.3': ALL_OK, '3.4': ALL_OK, '5.2': ALL_OK }),
      });

      const result = scoreCertificationV2(input);

      expect(result.competenceMarks).toEqual([
        { code: '5.2', areaCode: '5', level: 2, score: 16 },
        { code: '1.3', areaCode: '1', level: 1, score: 9 },
        { code: '3.4', areaCode: '3', level: 4, score: 33 },
      ]);
    });

    it('does not certify a certifiable competence that got no challenge', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 3, pixScore: 27 }),
          buildCompetence({ code: '2.1', estimatedLevel: 2, pixScore: 20 }),
        ],
        ...buildTest({ '1.1': ALL_OK }),
      });

      const result = scoreCertificationV2(input);

      expect(result.competenceMarks).toEqual([
        { code: '1.1', areaCode: '1', level: 3, score: 27 },
        { code: '2.1', areaCode: '2', level: -1, score: 0 },
      ]);
    });

    it('gives no mark to the challenges of a competence outside the profile, but counts them in the rate', () => {
      const input = buildScoringV2Input({
        competences: [buildCompetence({ code: '1.1', estimatedLevel: 3, pixScore: 27 })],
        ...buildTest({ '1.1': ALL_OK, '2.1': ['ko', 'ko', 'ko'] }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'validated',
        pixScore: 27,
        reproducibilityRate: 50,
        competenceMarks: [{ code: '1.1', areaCode: '1', level: 3, score: 27 }],
      });
    });

    it('certifies a competence of two challenges whose QROCM-dep is fully correct as 3 correct out of 3', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 3, pixScore: 27 }),
          buildCompetence({ code: '2.1', estimatedLevel: 2, pixScore: 20 }),
        ],
        ...buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'ok' }, 'ok'], '2.1': ['ok', 'ko', 'ko'] }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        reproducibilityRate: 60,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: 3, score: 27 },
          { code: '2.1', areaCode: '2', level: -1, score: 0 },
        ],
      });
    });

    it('certifies a competence of two challenges whose QROCM-dep is partially correct as 2 correct out of 3 (kept at 80 %)', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 3, pixScore: 27 }),
          buildCompetence({ code: '2.1', estimatedLevel: 2, pixScore: 20 }),
        ],
        ...buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'partially' }, 'ok'], '2.1': ALL_OK }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        reproducibilityRate: 80,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: 3, score: 27 },
          { code: '2.1', areaCode: '2', level: 2, score: 20 },
        ],
      });
    });

    it('does not certify a competence whose two QROCM-dep challenges count 4, a count the table does not cover', () => {
      const input = buildScoringV2Input({
        competences: [
          buildCompetence({ code: '1.1', estimatedLevel: 3, pixScore: 27 }),
          buildCompetence({ code: '2.1', estimatedLevel: 2, pixScore: 20 }),
        ],
        ...buildTest({
          '1.1': [
            { type: 'QROCM-dep', answer: 'ok' },
            { type: 'QROCM-dep', answer: 'ok' },
          ],
          '2.1': ALL_OK,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'validated',
        pixScore: 20,
        reproducibilityRate: 100,
        competenceMarks: [
          { code: '1.1', areaCode: '1', level: -1, score: 0 },
          { code: '2.1', areaCode: '2', level: 2, score: 20 },
        ],
      });
    });
  });

  describe('precedence: jury cancel, fraud, contract, not trusted, technical lack of answers, rate below 50 %, standard', () => {
    it('cancels a certification the jury cancelled, with no score and no rate', () => {
      const input = buildScoringV2Input({ competences: PROFILE, ...ALL_CORRECT, isCancelledByJury: true });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'cancelled',
        pixScore: 0,
        reproducibilityRate: null,
        competenceMarks: PROFILE_UNCERTIFIED,
        commentKey: 'CANCELLED_BY_JURY',
        errorMessage: null,
        decidedBy: 'jury-cancel',
      });
    });

    it('rejects a certification for fraud, with no score and no rate', () => {
      const input = buildScoringV2Input({ competences: PROFILE, ...ALL_CORRECT, isRejectedForFraud: true });

      const result = scoreCertificationV2(input);

      expect(result).toEqual({
        status: 'rejected',
        pixScore: 0,
        reproducibilityRate: null,
        competenceMarks: PROFILE_UNCERTIFIED,
        commentKey: 'FRAUD',
        errorMessage: null,
        decidedBy: 'fraud',
      });
    });

    it('puts the jury cancel before fraud', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...ALL_CORRECT,
        isCancelledByJury: true,
        isRejectedForFraud: true,
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({ status: 'cancelled', commentKey: 'CANCELLED_BY_JURY', decidedBy: 'jury-cancel' });
    });

    it('puts the jury cancel before a missing answer (the jury decision must not wait for a data repair)', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({ '1.1': ['unanswered'], '2.1': ALL_OK }),
        isCancelledByJury: true,
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({ status: 'cancelled', commentKey: 'CANCELLED_BY_JURY', decidedBy: 'jury-cancel' });
    });

    it('puts fraud before a missing answer', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({ '1.1': ['unanswered'], '2.1': ALL_OK }),
        isRejectedForFraud: true,
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({ status: 'rejected', commentKey: 'FRAUD', decidedBy: 'fraud' });
    });

    it('puts fraud before a test not trusted', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...NINE_LEFT_OUT_OF_FIFTEEN,
        isRejectedForFraud: true,
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({ status: 'rejected', commentKey: 'FRAUD', decidedBy: 'fraud' });
    });

    it('puts a missing answer before a test not trusted', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ['unanswered', 'neutralized', 'neutralized'],
          '2.1': ['ok', 'neutralized', 'neutralized'],
          '3.1': ['ok', 'neutralized', 'neutralized'],
          '4.1': ALL_OK,
          '5.1': ALL_OK,
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'error',
        commentKey: null,
        errorMessage: 'challenge rec1.1-1 has no answer',
        decidedBy: 'contract',
      });
    });

    it('puts a test not trusted before a technical lack of answers', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ['ko', 'neutralized', 'neutralized'],
          '2.1': ['ko', 'neutralized', 'neutralized'],
          '3.1': ['ko', 'neutralized', 'neutralized'],
          '4.1': ['ok', 'ko', 'ko'],
          '5.1': ['ok', 'ko', 'ko'],
        }),
        abortReason: 'technical',
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({
        status: 'cancelled',
        reproducibilityRate: 22,
        commentKey: 'CANCELLED_DUE_TO_NEUTRALIZATION',
        decidedBy: 'not-trusted',
      });
    });

    it('puts a test not trusted before a rate below 50 %', () => {
      const input = buildScoringV2Input({
        competences: PROFILE,
        ...buildTest({
          '1.1': ['ko', 'neutralized', 'neutralized'],
          '2.1': ['ko', 'neutralized', 'neutralized'],
          '3.1': ['ko', 'neutralized', 'neutralized'],
          '4.1': ['ok', 'ko', 'ko'],
          '5.1': ['ok', 'ko', 'ko'],
        }),
      });

      const result = scoreCertificationV2(input);

      expect(result).toMatchObject({ status: 'cancelled', decidedBy: 'not-trusted' });
    });
  });

  it.each([0, 9, 5.5, Number.NaN])('refuses a highest level open of %p', (maxReachableLevel) => {
    const input = buildScoringV2Input({ competences: PROFILE, ...ALL_CORRECT, maxReachableLevel });

    expect(() => scoreCertificationV2(input)).toThrow(RangeError);
  });
});
