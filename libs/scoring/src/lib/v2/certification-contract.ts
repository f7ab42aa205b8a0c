import { MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED } from './reproducibility-rate';
import type { ScoringAnswerInput, ScoringChallengeInput } from './scoring-v2.types';

/**
 * The answers' contract (rules §10 step 1): every challenge neither neutralised nor skipped automatically has an
 * answer. Also refused: a challenge of the test answered more than once, which the candidate cannot do (a re-marked
 * answer replaces the first, it is not added), so scoring would have to guess which answer counts.
 *
 * @returns why the contract is broken, naming every challenge at fault; null when it holds
 */
export function answersContractBreach(
  challenges: readonly ScoringChallengeInput[],
  answers: readonly ScoringAnswerInput[],
): string | null {
  const answerCount = new Map<string, number>();
  for (const { challengeId } of answers) answerCount.set(challengeId, (answerCount.get(challengeId) ?? 0) + 1);

  const unanswered = challenges
    .filter(
      ({ challengeId, neutralized, autoSkipped }) => !neutralized && !autoSkipped && !answerCount.has(challengeId),
    )
    .map(({ challengeId }) => challengeId);
  const answeredTwice = challenges.filter(({ challengeId }) => (answerCount.get(challengeId) ?? 0) > 1);

  const breaches = [
    ...(unanswered.length === 0
      ? []
      : [`${challengeList(unanswered)} ${unanswered.length === 1 ? 'has' : 'have'} no answer`]),
    ...answeredTwice.map(({ challengeId }) => `challenge ${challengeId} has ${answerCount.get(challengeId)} answers`),
  ];
  return breaches.length === 0 ? null : breaches.join('; ');
}

/**
 * The score's contract (rules §10 step 6): a total of 0 pix with a rate above 50 % is held incoherent, and the
 * certification goes to `error` for a person to look at rather than being rejected. (It happens, for instance, when
 * every competence is downgraded from level 1 with 8 pix.) A rate of exactly 50 % with 0 pix is a plain rejection.
 *
 * @returns why the contract is broken; null when it holds
 */
export function scoreContractBreach(pixScore: number, reproducibilityRate: number): string | null {
  if (pixScore > 0 || reproducibilityRate <= MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED) return null;
  return `the score is 0 pix while the reproducibility rate is ${reproducibilityRate} %, above ${MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED} %`;
}

function challengeList(challengeIds: readonly string[]): string {
  return `${challengeIds.length === 1 ? 'challenge' : 'challenges'} ${challengeIds.join(', ')}`;
}
