import { MAX_LEVEL } from '../competence-level';
import { collectAnswers, countsForReproducibilityRate } from './answer-collection';
import { answersContractBreach, scoreContractBreach } from './certification-contract';
import { competenceMarksAt, totalPixScore, uncertifiedCompetenceMarks } from './competence-marks';
import {
  hasEnoughNonNeutralizedChallengesToBeTrusted,
  MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED,
  reproducibilityRate,
} from './reproducibility-rate';
import type { ScoringV2CommentKey, ScoringV2Input, ScoringV2Result, ScoringV2Status } from './scoring-v2.types';

/**
 * Scores a v2 certification (rules §10). Outcomes, first match wins:
 *
 * 1. jury cancel → `cancelled`, `CANCELLED_BY_JURY`;
 * 2. fraud → `rejected`, `FRAUD`;
 * 3. a missing (or doubled) answer → `error`, no comment key, `errorMessage` naming the challenges;
 * 4. fewer than ceil(0.66 × challenges) challenges left after neutralisation → `cancelled`,
 *    `CANCELLED_DUE_TO_NEUTRALIZATION`;
 * 5. R < 50 after a technical abort → `cancelled`, `CANCELLED_DUE_TO_LACK_OF_ANSWERS_FOR_TECHNICAL_REASON`;
 * 6. R < 50 → `rejected`, `REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS`;
 * 7. otherwise each competence is marked from the per-competence table: `validated` when the total is above 0,
 *    `rejected` (no comment key) when it is 0 with R = 50, `error` when it is 0 with R > 50.
 *
 * Outcomes 1 to 6 and every `error` give 0 pix and every competence level −1 with 0 pix, so that a certification that
 * was not validated never shows a level. The reproducibility rate is given from outcome 4 on (it is not computed before,
 * and an `error` gives none). v2 never gives `REJECTED_DUE_TO_LACK_OF_ANSWERS` (a v3 key).
 *
 * Where the contract check sits: Pix checks the answers before the jury's decisions, because it computes the score
 * before reading them; a missing answer then leaves a certification the jury cancelled or rejected for fraud in
 * `error`. Here both jury decisions come first. They do not depend on the answers; a certification in `error` blocks
 * the whole session's publication (rules §9) until someone repairs the data, which would hold back a decision the jury
 * has already taken; and the result would no longer say what the jury decided. The check comes right after them, before
 * anything computed from the answers (trust, rate, levels), which would mean nothing with answers missing.
 *
 * @throws RangeError when `maxReachableLevel` is not an integer from 1 to 8 (a configuration error, not a result)
 */
export function scoreCertificationV2(input: ScoringV2Input): ScoringV2Result {
  assertIsALevel(input.maxReachableLevel);

  if (input.isCancelledByJury) {
    return decidedForTheWholeTest(input, 'cancelled', 'CANCELLED_BY_JURY', 'jury-cancel', null);
  }
  if (input.isRejectedForFraud) {
    return decidedForTheWholeTest(input, 'rejected', 'FRAUD', 'fraud', null);
  }

  const answersBreach = answersContractBreach(input.challenges, input.answers);
  if (answersBreach !== null) return contractError(input, answersBreach);

  const collection = collectAnswers(input.challenges, input.answers);
  const { correct, nonNeutralized } = countsForReproducibilityRate(collection);
  const rate = reproducibilityRate(correct, nonNeutralized);

  if (!hasEnoughNonNeutralizedChallengesToBeTrusted(nonNeutralized, input.challenges.length)) {
    return decidedForTheWholeTest(input, 'cancelled', 'CANCELLED_DUE_TO_NEUTRALIZATION', 'not-trusted', rate);
  }
  if (rate < MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED) {
    return input.abortReason === 'technical'
      ? decidedForTheWholeTest(
          input,
          'cancelled',
          'CANCELLED_DUE_TO_LACK_OF_ANSWERS_FOR_TECHNICAL_REASON',
          'technical-lack-of-answers',
          rate,
        )
      : decidedForTheWholeTest(
          input,
          'rejected',
          'REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS',
          'insufficient-rate',
          rate,
        );
  }

  const competenceMarks = competenceMarksAt(rate, input.competences, collection, input.maxReachableLevel);
  const pixScore = totalPixScore(competenceMarks);
  const scoreBreach = scoreContractBreach(pixScore, rate);
  if (scoreBreach !== null) return contractError(input, scoreBreach);

  return {
    status: pixScore > 0 ? 'validated' : 'rejected',
    pixScore,
    reproducibilityRate: rate,
    competenceMarks,
    commentKey: null,
    errorMessage: null,
    decidedBy: 'standard',
  };
}

function decidedForTheWholeTest(
  input: ScoringV2Input,
  status: Exclude<ScoringV2Status, 'error' | 'validated'>,
  commentKey: ScoringV2CommentKey,
  decidedBy: Exclude<ScoringV2Result['decidedBy'], 'contract' | 'standard'>,
  rate: number | null,
): ScoringV2Result {
  return {
    status,
    pixScore: 0,
    reproducibilityRate: rate,
    competenceMarks: uncertifiedCompetenceMarks(input.competences),
    commentKey,
    errorMessage: null,
    decidedBy,
  };
}

function contractError(input: ScoringV2Input, errorMessage: string): ScoringV2Result {
  return {
    status: 'error',
    pixScore: 0,
    reproducibilityRate: null,
    competenceMarks: uncertifiedCompetenceMarks(input.competences),
    commentKey: null,
    errorMessage,
    decidedBy: 'contract',
  };
}

function assertIsALevel(maxReachableLevel: number): void {
  if (!Number.isInteger(maxReachableLevel) || maxReachableLevel < 1 || maxReachableLevel > MAX_LEVEL) {
    throw new RangeError(`maxReachableLevel must be an integer from 1 to ${MAX_LEVEL}, got ${maxReachableLevel}`);
  }
}
