/** Inputs and outputs of v2 scoring (rules §10). Pure data: no framework, no I/O. */

/** A certifiable competence of the profile at `reconciledAt`. */
export interface ScoringCompetenceInput {
  /** `1.1` … `5.2` */
  readonly code: string;
  readonly estimatedLevel: number;
  readonly pixScore: number;
}

export interface ScoringChallengeInput {
  readonly challengeId: string;
  readonly competence: string;
  /** QCU, QCM, QROC, QROCM-ind, QROCM-dep. */
  readonly type: string;
  /** Neutralised (technical abort, issue report, jury). */
  readonly neutralized: boolean;
  /** Skipped automatically at finalisation (abort reason `candidate`): counts as wrong, needs no answer. */
  readonly autoSkipped: boolean;
}

/** ok, ko, partially, aband, timedout, focusedOut (a re-marked answer is passed as `ok`). */
export type ScoringAnswerStatus = 'ok' | 'ko' | 'partially' | 'aband' | 'timedout' | 'focusedOut';

export interface ScoringAnswerInput {
  readonly challengeId: string;
  readonly status: ScoringAnswerStatus;
}

export interface ScoringV2Input {
  readonly competences: readonly ScoringCompetenceInput[];
  readonly challenges: readonly ScoringChallengeInput[];
  readonly answers: readonly ScoringAnswerInput[];
  /** The abort reason given at finalisation, if the test was not completed. */
  readonly abortReason: 'candidate' | 'technical' | null;
  /** Jury decisions (precedence step 7). */
  readonly isCancelledByJury: boolean;
  readonly isRejectedForFraud: boolean;
  /** `MAX_REACHABLE_LEVEL` on the certification date (levels and scores are capped by it). */
  readonly maxReachableLevel: number;
}

export type ScoringV2Status = 'validated' | 'rejected' | 'cancelled' | 'error';

/** The automatic jury comment keys (rules §9). `REJECTED_DUE_TO_LACK_OF_ANSWERS` is a v3 key: v2 scoring never gives it. */
export type ScoringV2CommentKey =
  | 'FRAUD'
  | 'CANCELLED_BY_JURY'
  | 'CANCELLED_DUE_TO_NEUTRALIZATION'
  | 'CANCELLED_DUE_TO_LACK_OF_ANSWERS_FOR_TECHNICAL_REASON'
  | 'REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS'
  | 'REJECTED_DUE_TO_LACK_OF_ANSWERS';

export interface CompetenceMarkV2 {
  readonly code: string;
  /** `1` … `5` (the code's first digit). */
  readonly areaCode: string;
  /** −1 when not certified; 0 for a downgraded level 1. */
  readonly level: number;
  readonly score: number;
}

export interface ScoringV2Result {
  readonly status: ScoringV2Status;
  readonly pixScore: number;
  /** Null when not computed (contract error, jury cancel, fraud). */
  readonly reproducibilityRate: number | null;
  /**
   * One per certifiable competence, in the input order. Only the `standard` outcome reads the per-competence table;
   * every other outcome (jury cancel, fraud, contract error, not trusted, R < 50) gives each competence level −1, 0 pix.
   */
  readonly competenceMarks: readonly CompetenceMarkV2[];
  /** Null for the `standard` outcome (validated, or rejected with 0 pix at R = 50) and for `error`. */
  readonly commentKey: ScoringV2CommentKey | null;
  /** For `error`: why (e.g. "challenge rec123 has no answer"). */
  readonly errorMessage: string | null;
  /**
   * Which outcome decided, in precedence order: `jury-cancel`, `fraud`, `contract` (a missing or doubled answer; also
   * 0 pix with R > 50), `not-trusted`, `technical-lack-of-answers`, `insufficient-rate`, `standard`.
   * The PIX-ALGO-FRAUD-REJECTION emitter applies when the fraud branch decided.
   */
  readonly decidedBy: 'jury-cancel' | 'fraud' | 'not-trusted' | 'technical-lack-of-answers' | 'insufficient-rate' | 'standard' | 'contract';
}
