import type { AnswerRequest, CourseProgress, CourseState } from '@pix/contracts';
import { TestingErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { type CandidateAnswer, type Challenge, checkAnswer, SKIPPED_ANSWER } from '@pix/referential';
import type { CertificationChallenge } from './certification-challenges';

/** Statuses an answer can get here (rules §5); `ok` is the only right one, but for QROCM-dep scoring (§10). */
export type RecordedStatus = 'ok' | 'ko' | 'partially' | 'aband' | 'timedout' | 'focusedOut';

/** The longest text accepted in one field of a free-text answer. */
export const MAX_FIELD_LENGTH = 500;

export interface CourseQuestion extends CertificationChallenge {
  /** 1-based, in generation order. */
  readonly number: number;
}

export interface RecordedAnswer {
  readonly questionNumber: number;
  readonly challengeId: string;
  /** What the candidate sent, `#ABAND#` when skipped. */
  readonly value: CandidateAnswer;
  readonly status: RecordedStatus;
  readonly focusedOut: boolean;
  readonly timedOut: boolean;
  readonly answeredAt: Date;
}

/** Rules §8: given at the session's finalisation for an unfinished test. */
export type AbortReason = 'candidate' | 'technical';

export interface Course {
  readonly id: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly userId: number;
  readonly state: CourseState;
  readonly verificationCode: string;
  /** The date of the profile the test was generated from (the candidate's joining). */
  readonly profileDate: Date;
  /** Only once the finalisation ended an unfinished test. */
  readonly abortReason: AbortReason | null;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly questions: readonly CourseQuestion[];
  /** In question order: answers are only ever added to the end. */
  readonly answers: readonly RecordedAnswer[];
}

export function progressOf(course: Course): CourseProgress {
  return {
    courseId: course.id,
    sessionId: course.sessionId,
    candidateId: course.candidateId,
    userId: course.userId,
    state: course.state,
    answeredCount: course.answers.length,
    questionCount: course.questions.length,
    startedAt: course.startedAt.toISOString(),
    endedAt: course.endedAt?.toISOString() ?? null,
  };
}

/** The first unanswered question, or null when every question has an answer. */
export function currentQuestion(course: Course): CourseQuestion | null {
  return course.questions[course.answers.length] ?? null;
}

/** What to do with an answer: store it (and maybe complete the test), or reply with the one already stored. */
export type AnswerDecision =
  | { readonly kind: 'record'; readonly answer: RecordedAnswer; readonly completesCourse: boolean }
  | { readonly kind: 'already-recorded'; readonly answer: RecordedAnswer };

type ChallengeLookup = (challengeId: string) => Challenge | undefined;

/**
 * Decides on a candidate's answer (rules §5): only the current question may be answered, the test must be running,
 * the answer must fit the challenge. The same answer sent again (retry, double click, two tabs) is recognised and
 * never stored twice; a different answer to an answered question is refused.
 */
export function decideAnswer(
  course: Course,
  request: AnswerRequest,
  challengeOf: ChallengeLookup,
  at: Date,
): AnswerDecision {
  const question = course.questions.find((one) => one.challengeId === request.challengeId);
  const value = receivedValue(request);
  const existing = course.answers.find((answer) => answer.challengeId === request.challengeId);
  if (existing !== undefined) {
    if (sameValue(existing.value, value)) return { kind: 'already-recorded', answer: existing };
    throw new DomainError(
      TestingErrorCode.ANSWER_ALREADY_RECORDED,
      'Vous avez déjà répondu à cette question : une réponse enregistrée ne peut pas être modifiée.',
      { questionNumber: existing.questionNumber },
    );
  }
  // Once the test is over, nothing new is accepted, whatever it is.
  if (course.state !== 'started') throw courseEnded(course.state);
  if (question === undefined) {
    throw new DomainError(TestingErrorCode.CHALLENGE_NOT_IN_COURSE, 'Cette question ne fait pas partie de votre test.');
  }
  const current = currentQuestion(course);
  if (current === null || current.challengeId !== request.challengeId) {
    throw new DomainError(
      TestingErrorCode.CHALLENGE_NOT_CURRENT,
      'Les questions se font dans l’ordre : répondez d’abord à la question en cours.',
      { currentQuestionNumber: current?.number ?? null },
    );
  }
  const challenge = challengeOf(question.challengeId);
  if (challenge === undefined)
    throw new Error(`challenge ${question.challengeId} of course ${course.id} is not in the bank`);
  if (value !== SKIPPED_ANSWER) {
    const reason = shapeProblem(challenge, value);
    if (reason !== null) {
      throw new DomainError(TestingErrorCode.ANSWER_INVALID, `Réponse invalide : ${reason}`, { reason });
    }
  }
  const focusedOut = request.focusedOut === true && challenge.flags.focus;
  const timedOut = request.timedOut === true && challenge.flags.timedSeconds !== null;
  return {
    kind: 'record',
    answer: {
      questionNumber: question.number,
      challengeId: question.challengeId,
      value,
      status: statusOf(checkAnswer(challenge, value), { focusedOut, timedOut }),
      focusedOut,
      timedOut,
      answeredAt: at,
    },
    completesCourse: question.number === course.questions.length,
  };
}

const ENDED_MESSAGES: Readonly<Record<Exclude<CourseState, 'started'>, string>> = {
  completed: 'Votre test est terminé : aucune réponse ne peut plus être enregistrée.',
  ended_by_invigilator: 'Votre surveillant a mis fin à votre test : aucune réponse ne peut plus être enregistrée.',
  ended_due_to_finalization: 'La session est finalisée : aucune réponse ne peut plus être enregistrée.',
};

export function courseEnded(state: Exclude<CourseState, 'started'>): DomainError {
  return new DomainError(TestingErrorCode.COURSE_ENDED, ENDED_MESSAGES[state], { state });
}

/** What the session's finalisation does to a test (rules §8): null when nothing changes. */
export type FinalizationChange = {
  readonly state: 'ended_due_to_finalization';
  readonly abortReason: AbortReason | null;
};

/**
 * Every test that is not completed ends "due to finalisation" with the abort reason the centre gave (null if it gave
 * none). A completed test, or one already ended so with the same reason (or no reason now), is left as it is:
 * finalising twice changes nothing. A new finalisation after an unfinalisation may change the reason.
 */
export function finalizationChange(
  course: Pick<Course, 'state' | 'abortReason'>,
  abortReason: AbortReason | null,
): FinalizationChange | null {
  if (course.state === 'completed') return null;
  if (course.state === 'ended_due_to_finalization' && (abortReason === null || course.abortReason === abortReason)) {
    return null;
  }
  return { state: 'ended_due_to_finalization', abortReason };
}

function receivedValue(request: AnswerRequest): CandidateAnswer {
  if (request.skip === true) {
    if (request.answer !== undefined) {
      throw new DomainError(
        TestingErrorCode.ANSWER_INVALID,
        'Réponse invalide : une question passée n’a pas de réponse.',
        {
          reason: 'skip-with-answer',
        },
      );
    }
    return SKIPPED_ANSWER;
  }
  if (request.answer === undefined) {
    throw new DomainError(TestingErrorCode.ANSWER_INVALID, 'Réponse invalide : répondez à la question ou passez-la.', {
      reason: 'missing',
    });
  }
  return request.answer;
}

/** A timed-out answer is `timedout`; a right answer given after leaving a focus challenge is `focusedOut`. */
function statusOf(
  checked: ReturnType<typeof checkAnswer>,
  flags: { focusedOut: boolean; timedOut: boolean },
): RecordedStatus {
  if (checked === 'aband') return 'aband';
  if (flags.timedOut) return 'timedout';
  if (flags.focusedOut && checked === 'ok') return 'focusedOut';
  return checked;
}

/** Why the answer does not fit the challenge's type, in French, or null. */
export function shapeProblem(challenge: Challenge, value: CandidateAnswer): string | null {
  switch (challenge.type) {
    case 'QCU':
      return isChoice(value, challenge.proposals.length)
        ? null
        : `choisissez une des ${challenge.proposals.length} propositions.`;
    case 'QCM': {
      if (!Array.isArray(value) || value.length === 0) return 'choisissez au moins une proposition.';
      if (!value.every((choice) => isChoice(choice, challenge.proposals.length))) {
        return `les propositions vont de 1 à ${challenge.proposals.length}.`;
      }
      return new Set(value).size === value.length ? null : 'une proposition est choisie deux fois.';
    }
    case 'QROC':
    case 'QROCM-ind':
    case 'QROCM-dep': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'saisissez un texte dans chaque champ.';
      const keys = new Set(challenge.fields.map((field) => field.key));
      const entries = Object.entries(value as Readonly<Record<string, unknown>>);
      if (entries.some(([key]) => !keys.has(key))) return 'un champ inconnu a été reçu.';
      if (entries.some(([, text]) => typeof text !== 'string')) return 'chaque champ attend un texte.';
      if (entries.some(([, text]) => (text as string).length > MAX_FIELD_LENGTH)) {
        return `un champ dépasse ${MAX_FIELD_LENGTH} caractères.`;
      }
      return entries.length === keys.size ? null : 'un champ manque.';
    }
  }
}

function isChoice(value: unknown, count: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= count;
}

/** Same answer whatever the order of a QCM's choices or of a free-text answer's keys. */
export function sameValue(left: CandidateAnswer, right: CandidateAnswer): boolean {
  return canonical(left) === canonical(right);
}

function canonical(value: CandidateAnswer): string {
  if (Array.isArray(value)) return JSON.stringify([...(value as number[])].sort((a, b) => a - b));
  if (typeof value === 'object' && value !== null) {
    return JSON.stringify(Object.entries(value).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
  }
  return JSON.stringify(value);
}
