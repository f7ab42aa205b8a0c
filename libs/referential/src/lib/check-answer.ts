import { matchesOneOf, normaliseAnswer } from './answer-matching';
import type {
  Challenge,
  FreeTextChallenge,
  QcmChallenge,
  QcuChallenge,
  QrocmDepChallenge,
  QrocmIndChallenge,
  QrocChallenge,
} from './challenge';

/** What "Je passe" records (rules §5). */
export const SKIPPED_ANSWER = '#ABAND#';

/**
 * A candidate's answer: QCU the 1-based index of the chosen proposal, QCM the chosen indexes, QROC / QROCM the text
 * typed in each field by field key, or `#ABAND#` when the challenge was skipped.
 */
export type CandidateAnswer = number | readonly number[] | Readonly<Record<string, string>> | typeof SKIPPED_ANSWER;

export type AnswerStatus = 'ok' | 'ko' | 'partially' | 'aband';

/**
 * Grades an answer. An answer whose shape does not fit the challenge's type (a number for a QROC, an unknown index…)
 * is wrong, never an error: it comes from the candidate's browser.
 */
export function checkAnswer(challenge: Challenge, answer: CandidateAnswer): AnswerStatus {
  if (answer === SKIPPED_ANSWER) return 'aband';
  switch (challenge.type) {
    case 'QCU':
      return checkQcu(challenge, answer);
    case 'QCM':
      return checkQcm(challenge, answer);
    case 'QROC':
      return checkQroc(challenge, answer);
    case 'QROCM-ind':
      return checkQrocmInd(challenge, answer);
    case 'QROCM-dep':
      return checkQrocmDep(challenge, answer);
  }
}

function checkQcu(challenge: QcuChallenge, answer: CandidateAnswer): AnswerStatus {
  return answer === challenge.solution ? 'ok' : 'ko';
}

function checkQcm(challenge: QcmChallenge, answer: CandidateAnswer): AnswerStatus {
  if (!Array.isArray(answer)) return 'ko';
  const chosen = new Set<unknown>(answer);
  const right = new Set(challenge.solution);
  const sameSet = chosen.size === right.size && [...right].every((index) => chosen.has(index));
  return sameSet ? 'ok' : 'ko';
}

/** The text typed in each field of the challenge, in field order ('' for a missing or non-text value). */
function fieldValues(challenge: FreeTextChallenge, answer: CandidateAnswer): string[] {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return challenge.fields.map(() => '');
  const record = answer as Readonly<Record<string, unknown>>;
  return challenge.fields.map(({ key }) => {
    const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
    return typeof value === 'string' ? value : '';
  });
}

function checkQroc(challenge: QrocChallenge, answer: CandidateAnswer): AnswerStatus {
  const [value] = fieldValues(challenge, answer);
  const [{ key }] = challenge.fields;
  return matchesOneOf(value, challenge.solution[key] ?? [], challenge.tolerance) ? 'ok' : 'ko';
}

function checkQrocmInd(challenge: QrocmIndChallenge, answer: CandidateAnswer): AnswerStatus {
  const values = fieldValues(challenge, answer);
  const rightCount = challenge.fields.filter(({ key }, index) =>
    matchesOneOf(values[index], challenge.solution[key] ?? [], challenge.tolerance),
  ).length;
  return gradeByCount(rightCount, challenge.fields.length);
}

/**
 * Each field may use each accepted answer once, and the same text typed in two fields counts once: the number of
 * right fields is the size of a maximum matching between the distinct texts typed and the accepted answers.
 */
function checkQrocmDep(challenge: QrocmDepChallenge, answer: CandidateAnswer): AnswerStatus {
  const accepted = challenge.solution['*'];
  const distinctTexts = new Map<string, string>();
  for (const value of fieldValues(challenge, answer)) {
    const normalised = normaliseAnswer(value, challenge.tolerance);
    if (normalised !== '' && !distinctTexts.has(normalised)) distinctTexts.set(normalised, value);
  }
  const candidates = [...distinctTexts.values()].map((value) =>
    accepted.flatMap((answerText, index) => (matchesOneOf(value, [answerText], challenge.tolerance) ? [index] : [])),
  );
  return gradeByCount(maximumMatching(candidates, accepted.length), challenge.expectedCount);
}

function gradeByCount(rightCount: number, expectedCount: number): AnswerStatus {
  if (rightCount >= expectedCount) return 'ok';
  return rightCount > 0 ? 'partially' : 'ko';
}

/** Size of a maximum bipartite matching (Kuhn's augmenting paths); `edges[i]` lists the targets of source i. */
function maximumMatching(edges: readonly (readonly number[])[], targetCount: number): number {
  const sourceOfTarget: (number | null)[] = Array.from({ length: targetCount }, () => null);
  const augment = (source: number, visited: Set<number>): boolean => {
    for (const target of edges[source]) {
      if (visited.has(target)) continue;
      visited.add(target);
      const holder = sourceOfTarget[target];
      if (holder === null || augment(holder, visited)) {
        sourceOfTarget[target] = source;
        return true;
      }
    }
    return false;
  };
  return edges.filter((_, source) => augment(source, new Set())).length;
}
