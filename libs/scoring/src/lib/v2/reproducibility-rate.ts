/** Below this rate (in %), no competence is certified (`MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED`, rules §10 step 4). */
export const MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED = 50;

/** A result is trusted when at least 66 % of its challenges were not neutralised (rules §10 step 3). */
export const MINIMUM_PERCENT_OF_NON_NEUTRALIZED_CHALLENGES_TO_BE_TRUSTED = 66;

/**
 * `R = round(100 × correct / nonNeutralized)`, 0 when nothing counts (rules §10 step 2). Halves round up: 70.5 gives 71
 * and 49.5 gives 50. `100 × correct` is divided once, so an exact half stays exact in floating point.
 *
 * @param correct the `ok` answers on challenges that were not neutralised
 * @param nonNeutralized the challenges not neutralised that were answered or skipped automatically
 */
export function reproducibilityRate(correct: number, nonNeutralized: number): number {
  if (nonNeutralized === 0) return 0;
  return Math.round((100 * correct) / nonNeutralized);
}

/**
 * `ceil(0.66 × totalChallenges)`, computed on integers (`66 × total / 100`) so that no floating-point excess
 * (0.66 is not exact in binary) can push the ceiling one challenge too high.
 */
export function minimumNonNeutralizedChallengesToBeTrusted(totalChallenges: number): number {
  return Math.ceil((MINIMUM_PERCENT_OF_NON_NEUTRALIZED_CHALLENGES_TO_BE_TRUSTED * totalChallenges) / 100);
}

/** The trust check of rules §10 step 3: too many neutralised challenges cancel the result. */
export function hasEnoughNonNeutralizedChallengesToBeTrusted(nonNeutralized: number, totalChallenges: number): boolean {
  return nonNeutralized >= minimumNonNeutralizedChallengesToBeTrusted(totalChallenges);
}
