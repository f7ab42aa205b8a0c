import type { AnswerStatus, ChallengeFlags } from '@pix/referential';
import type { IssueReportCategory, IssueReportSubcategory } from '@pix/contracts';

/** The status of a recorded answer: the graded ones, plus the time and focus outcomes the test records. */
export type RecordedAnswerStatus = AnswerStatus | 'timedout' | 'focusedOut';

export const RECORDED_ANSWER_STATUSES = [
  'ok',
  'ko',
  'partially',
  'aband',
  'timedout',
  'focusedOut',
] as const satisfies readonly RecordedAnswerStatus[];

/** The question a report's number points at: the flags of its challenge and the status of the candidate's answer. */
export interface ReportedQuestion {
  readonly flags: ChallengeFlags;
  readonly answerStatus: RecordedAnswerStatus;
}

/** What the automatic resolution needs of a report. */
export interface ReportToResolve {
  readonly category: IssueReportCategory;
  readonly subcategory: IssueReportSubcategory | null;
  readonly questionNumber: number | null;
}

/**
 * - `neutralise`: the question no longer counts for the candidate;
 * - `remark-ok`: the answer is re-marked `ok`;
 * - `no-effect`: the report is resolved and nothing changes;
 * - `left-for-jury`: the report stays unresolved, a jury member decides.
 */
export type AutomaticResolution =
  | {
      readonly kind: 'neutralise' | 'remark-ok' | 'no-effect';
      readonly resolutionText: string;
      readonly hasBeenAutomaticallyResolved: true;
    }
  | { readonly kind: 'left-for-jury'; readonly resolutionText: null; readonly hasBeenAutomaticallyResolved: false };

/** What a resolved report does to the candidate's test. */
export type ResolutionEffect = Exclude<AutomaticResolution['kind'], 'left-for-jury'>;

export const RESOLUTION_TEXTS = {
  neutralised: 'Question neutralisée automatiquement.',
  answerCorrect: 'Question non neutralisée : la réponse est correcte.',
  noIllustrationNorEmbed: 'Question non neutralisée : elle ne contient ni image ni application intégrée.',
  noAttachment: 'Question non neutralisée : elle ne contient pas de fichier à télécharger.',
  notTimed: 'Question non neutralisée : elle n’est pas chronométrée.',
  notFocus: 'Question non neutralisée : ce n’est pas une question « focus ».',
  remarkedOk: 'Réponse acceptée automatiquement : le candidat est sorti de la fenêtre involontairement.',
  focusAnswerUnchanged:
    'Réponse laissée telle quelle : elle n’a été ni abandonnée ni marquée comme sortie de la fenêtre.',
  noSuchQuestion: (questionNumber: number | null) =>
    questionNumber === null
      ? 'Aucune réponse ne correspond au numéro de question indiqué : signalement résolu sans effet.'
      : `Aucune réponse ne correspond à la question n° ${questionNumber} : signalement résolu sans effet.`,
} as const;

type Strategy = (question: ReportedQuestion) => AutomaticResolution;

/**
 * The automatic resolution of one report, run right after finalisation (rules §7, §8).
 *
 * `question` is null when the report's number matches no answer of the candidate: the report is then resolved with
 * no effect. Only the IN_CHALLENGE subcategories below have a strategy; every other kind (C1, C6…, deprecated ones
 * included) is left for the jury.
 */
export function resolveAutomatically(report: ReportToResolve, question: ReportedQuestion | null): AutomaticResolution {
  const strategy = report.category === 'IN_CHALLENGE' ? strategyOf(report.subcategory) : null;
  if (strategy === null) return leftForJury();
  if (question === null) return resolved('no-effect', RESOLUTION_TEXTS.noSuchQuestion(report.questionNumber));
  return strategy(question);
}

function strategyOf(subcategory: IssueReportSubcategory | null): Strategy | null {
  switch (subcategory) {
    case 'WEBSITE_BLOCKED':
    case 'WEBSITE_UNAVAILABLE':
    case 'SOFTWARE_NOT_WORKING':
    case 'SKIP_ON_OOPS':
    case 'ACCESSIBILITY_ISSUE':
      return neutraliseIfWrongOrSkipped;
    case 'IMAGE_NOT_DISPLAYING':
    case 'EMBED_NOT_WORKING':
      return ({ flags, answerStatus }) =>
        flags.illustration !== null || flags.embed !== null
          ? neutraliseIfWrongOrSkipped({ flags, answerStatus })
          : resolved('no-effect', RESOLUTION_TEXTS.noIllustrationNorEmbed);
    case 'FILE_NOT_OPENING':
      return ({ flags, answerStatus }) =>
        flags.attachment !== null
          ? neutraliseIfWrongOrSkipped({ flags, answerStatus })
          : resolved('no-effect', RESOLUTION_TEXTS.noAttachment);
    case 'EXTRA_TIME_EXCEEDED':
      return ({ flags, answerStatus }) =>
        flags.timedSeconds !== null
          ? neutraliseIfWrongOrSkipped({ flags, answerStatus })
          : resolved('no-effect', RESOLUTION_TEXTS.notTimed);
    case 'UNINTENTIONAL_FOCUS_OUT':
      return remarkOrNeutraliseFocusedOut;
    case 'NAME_OR_BIRTHDATE':
    case 'EXTRA_TIME_PERCENTAGE':
    case 'SIGNATURE_ISSUE':
    case 'LEFT_EXAM_ROOM':
    case 'LINK_NOT_WORKING':
    case 'OTHER':
    case null:
      return null;
  }
}

/**
 * "Neutralise" applies only to a wrong (`ko`) or skipped (`aband`) answer; a right one is resolved "answer correct".
 * §7 says nothing of `partially`, `timedout` and `focusedOut` here: the report is left for the jury rather than
 * resolved with a text that would not be true.
 */
function neutraliseIfWrongOrSkipped({ answerStatus }: ReportedQuestion): AutomaticResolution {
  switch (answerStatus) {
    case 'ko':
    case 'aband':
      return resolved('neutralise', RESOLUTION_TEXTS.neutralised);
    case 'ok':
      return resolved('no-effect', RESOLUTION_TEXTS.answerCorrect);
    case 'partially':
    case 'timedout':
    case 'focusedOut':
      return leftForJury();
  }
}

/** Focus challenges only: `focusedOut` is re-marked `ok`, `aband` neutralised, any other answer left as it is. */
function remarkOrNeutraliseFocusedOut({ flags, answerStatus }: ReportedQuestion): AutomaticResolution {
  if (!flags.focus) return resolved('no-effect', RESOLUTION_TEXTS.notFocus);
  switch (answerStatus) {
    case 'focusedOut':
      return resolved('remark-ok', RESOLUTION_TEXTS.remarkedOk);
    case 'aband':
      return resolved('neutralise', RESOLUTION_TEXTS.neutralised);
    case 'ok':
    case 'ko':
    case 'partially':
    case 'timedout':
      return resolved('no-effect', RESOLUTION_TEXTS.focusAnswerUnchanged);
  }
}

function resolved(kind: 'neutralise' | 'remark-ok' | 'no-effect', resolutionText: string): AutomaticResolution {
  return { kind, resolutionText, hasBeenAutomaticallyResolved: true };
}

function leftForJury(): AutomaticResolution {
  return { kind: 'left-for-jury', resolutionText: null, hasBeenAutomaticallyResolved: false };
}
