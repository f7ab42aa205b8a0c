import type {
  ScoringAnswerInput,
  ScoringAnswerStatus,
  ScoringChallengeInput,
  ScoringCompetenceInput,
  ScoringV2Input,
} from './scoring-v2.types';

/** Test builders (for specs only; not exported by the library): every field defaulted. */

/** Competence 1.1 at level 3 with 27 pix. */
export function buildCompetence(overrides: Partial<ScoringCompetenceInput> = {}): ScoringCompetenceInput {
  return { code: '1.1', estimatedLevel: 3, pixScore: 27, ...overrides };
}

/** A QCU of competence 1.1, neither neutralised nor skipped automatically. */
export function buildChallenge(overrides: Partial<ScoringChallengeInput> = {}): ScoringChallengeInput {
  return {
    challengeId: 'rec1.1-1',
    competence: '1.1',
    type: 'QCU',
    neutralized: false,
    autoSkipped: false,
    ...overrides,
  };
}

export function buildAnswer(overrides: Partial<ScoringAnswerInput> = {}): ScoringAnswerInput {
  return { challengeId: 'rec1.1-1', status: 'ok', ...overrides };
}

/** A completed test, with no jury decision, on the date when level 5 was the highest open; no competence by default. */
export function buildScoringV2Input(overrides: Partial<ScoringV2Input> = {}): ScoringV2Input {
  return {
    competences: [],
    challenges: [],
    answers: [],
    abortReason: null,
    isCancelledByJury: false,
    isRejectedForFraud: false,
    maxReachableLevel: 5,
    ...overrides,
  };
}

/** How one challenge of a test went. */
export type ChallengeOutcome =
  /** Answered with this status. */
  | ScoringAnswerStatus
  /** Answered `ko`, then neutralised (an issue report, a jury decision). */
  | 'neutralized'
  /** Never answered, skipped automatically at finalisation (abort reason `candidate`). */
  | 'auto-skipped'
  /** Never answered, not neutralised, not skipped: breaks the contract. */
  | 'unanswered'
  /** Anything else, e.g. `{ type: 'QROCM-dep', answer: 'partially' }`; without `answer`, the challenge has none. */
  | {
      readonly type?: string;
      readonly answer?: ScoringAnswerStatus | null;
      readonly neutralized?: boolean;
      readonly autoSkipped?: boolean;
    };

/**
 * The challenges and answers of a test, competence by competence, in the notation of the rules' worked example:
 * `buildTest({ '1.1': ['ok', 'ok', 'ko'], '2.1': ['ok', 'ko', 'neutralized'] })`. Challenge ids are `rec<code>-<n>`
 * (`rec2.1-3` is the third challenge of 2.1); challenges are QCU unless told otherwise.
 */
export function buildTest(
  outcomesByCompetence: Readonly<Record<string, readonly ChallengeOutcome[]>>,
): Pick<ScoringV2Input, 'challenges' | 'answers'> {
  const challenges: ScoringChallengeInput[] = [];
  const answers: ScoringAnswerInput[] = [];
  for (const [competence, outcomes] of Object.entries(outcomesByCompetence)) {
    outcomes.forEach((outcome, index) => {
      const challengeId = `rec${competence}-${index + 1}`;
      const { type = 'QCU', answer = null, neutralized = false, autoSkipped = false } = detailsOf(outcome);
      challenges.push(buildChallenge({ challengeId, competence, type, neutralized, autoSkipped }));
      if (answer !== null) answers.push(buildAnswer({ challengeId, status: answer }));
    });
  }
  return { challenges, answers };
}

function detailsOf(outcome: ChallengeOutcome): Exclude<ChallengeOutcome, string> {
  switch (outcome) {
    case 'neutralized':
      return { answer: 'ko', neutralized: true };
    case 'auto-skipped':
      return { answer: null, autoSkipped: true };
    case 'unanswered':
      return { answer: null };
    case 'ok':
    case 'ko':
    case 'partially':
    case 'aband':
    case 'timedout':
    case 'focusedOut':
      return { answer: outcome };
    default:
      return outcome;
  }
}
