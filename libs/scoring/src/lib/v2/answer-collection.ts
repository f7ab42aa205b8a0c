import type { CompetenceCounts } from './certified-level';
import type { ScoringAnswerInput, ScoringChallengeInput } from './scoring-v2.types';

/** How a challenge of the test counts in scoring. */
export type ChallengeResult = 'neutralized' | 'correct' | 'partially-correct' | 'wrong' | 'unanswered';

export interface CollectedChallenge {
  readonly challengeId: string;
  readonly competence: string;
  readonly type: string;
  readonly result: ChallengeResult;
}

/** `MAX_CHALLENGES_PER_COMPETENCE_FOR_CERTIFICATION`: K is capped at it. */
export const MAX_CHALLENGES_PER_COMPETENCE_FOR_CERTIFICATION = 3;

const QROCM_DEP = 'QROCM-dep';

/**
 * Each challenge of the test with what its answer is worth, in the test's order.
 * - A neutralised challenge is `neutralized`, whatever its answer.
 * - A challenge skipped automatically is `wrong`, even should it carry an answer (rules §8: it stands for a question the
 *   candidate never answered).
 * - Otherwise `ok` is `correct`, `partially` is `partially-correct` (worth something only under the QROCM-dep rule),
 *   every other status is `wrong`, and no answer is `unanswered` (a breach of the contract).
 * The first answer given to a challenge is the one read; answers to challenges outside the test are ignored.
 */
export function collectAnswers(
  challenges: readonly ScoringChallengeInput[],
  answers: readonly ScoringAnswerInput[],
): readonly CollectedChallenge[] {
  const statusByChallenge = new Map<string, ScoringAnswerInput['status']>();
  for (const answer of answers) {
    if (!statusByChallenge.has(answer.challengeId)) statusByChallenge.set(answer.challengeId, answer.status);
  }
  return challenges.map((challenge) => ({
    challengeId: challenge.challengeId,
    competence: challenge.competence,
    type: challenge.type,
    result: resultOf(challenge, statusByChallenge.get(challenge.challengeId)),
  }));
}

function resultOf(challenge: ScoringChallengeInput, status: ScoringAnswerInput['status'] | undefined): ChallengeResult {
  if (challenge.neutralized) return 'neutralized';
  if (challenge.autoSkipped) return 'wrong';
  if (status === undefined) return 'unanswered';
  if (status === 'ok') return 'correct';
  if (status === 'partially') return 'partially-correct';
  return 'wrong';
}

/** What the reproducibility rate reads (rules §10 step 2), over every challenge of the test. */
export interface RateCounts {
  /** `ok` answers on challenges not neutralised. */
  readonly correct: number;
  /** Challenges not neutralised that were answered or skipped automatically. */
  readonly nonNeutralized: number;
}

export function countsForReproducibilityRate(collection: readonly CollectedChallenge[]): RateCounts {
  return {
    correct: collection.filter(({ result }) => result === 'correct').length,
    nonNeutralized: collection.filter(({ result }) => result !== 'neutralized' && result !== 'unanswered').length,
  };
}

/**
 * C, K and N of one competence for the per-competence table (rules §10), with the QROCM-dep rule: when the competence
 * has fewer than 3 challenges, a QROCM-dep challenge counts 2 in C (and in N when neutralised), a correct one 2 in K
 * and a partially correct one 1. K is capped at 3. A `partially` answer is worth nothing otherwise.
 */
export function countsForCompetence(
  collection: readonly CollectedChallenge[],
  competenceCode: string,
): CompetenceCounts {
  const ofCompetence = collection.filter(({ competence }) => competence === competenceCode);
  const qrocmDepCountsTwice = ofCompetence.length < MAX_CHALLENGES_PER_COMPETENCE_FOR_CERTIFICATION;
  const weightOf = ({ type }: CollectedChallenge) => (qrocmDepCountsTwice && type === QROCM_DEP ? 2 : 1);

  const challenges = sum(ofCompetence.map(weightOf));
  const neutralized = sum(ofCompetence.filter(({ result }) => result === 'neutralized').map(weightOf));
  const correct = sum(
    ofCompetence.map((challenge) => {
      if (challenge.result === 'correct') return weightOf(challenge);
      if (challenge.result === 'partially-correct' && weightOf(challenge) === 2) return 1;
      return 0;
    }),
  );
  return { challenges, correct: Math.min(correct, MAX_CHALLENGES_PER_COMPETENCE_FOR_CERTIFICATION), neutralized };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
