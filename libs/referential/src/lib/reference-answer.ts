import type { CandidateAnswer } from './check-answer';
import type { Challenge } from './challenge';

/**
 * The answer built from a challenge's solution (the first accepted text of each field): right by construction.
 * For simulations (benchmarks, demo data, end-to-end tests), never sent to a candidate.
 */
export function referenceAnswer(challenge: Challenge): Exclude<CandidateAnswer, '#ABAND#'> {
  switch (challenge.type) {
    case 'QCU':
      return challenge.solution;
    case 'QCM':
      return [...challenge.solution];
    case 'QROC':
    case 'QROCM-ind':
      return Object.fromEntries(challenge.fields.map(({ key }) => [key, challenge.solution[key]?.[0] ?? '']));
    case 'QROCM-dep': {
      const accepted = challenge.solution['*'];
      return Object.fromEntries(challenge.fields.map(({ key }, index) => [key, accepted[index] ?? '']));
    }
  }
}

/** A well-formed answer that the solution does not accept. */
export function wrongAnswer(challenge: Challenge): Exclude<CandidateAnswer, '#ABAND#'> {
  switch (challenge.type) {
    case 'QCU':
      return challenge.solution === 1 ? 2 : 1;
    case 'QCM':
      return challenge.solution.includes(1) && challenge.solution.length === 1 ? [2] : [1];
    case 'QROC':
    case 'QROCM-ind':
    case 'QROCM-dep':
      return Object.fromEntries(challenge.fields.map(({ key }) => [key, 'zzz réponse fausse']));
  }
}
