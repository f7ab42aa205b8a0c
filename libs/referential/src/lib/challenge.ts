import type { CompetenceCode } from './competences';

/** The five kinds of challenge (épreuve) of the bank. */
export const CHALLENGE_TYPES = ['QCU', 'QCM', 'QROC', 'QROCM-ind', 'QROCM-dep'] as const;
export type ChallengeType = (typeof CHALLENGE_TYPES)[number];

export const CHALLENGE_STATUSES = ['validé', 'archivé', 'périmé', 'proposé'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** Only these statuses make a challenge usable in a test (rules §0). */
export const OPERATIVE_STATUSES: readonly ChallengeStatus[] = ['validé', 'archivé'];

export function isOperative(challenge: { readonly status: ChallengeStatus }): boolean {
  return OPERATIVE_STATUSES.includes(challenge.status);
}

/** The locale of every challenge written so far. */
export const DEFAULT_LOCALE = 'fr-fr';

/**
 * Answer tolerances of the free-text types. They are cumulative: `t2` also does what `t1` does, `t3` what `t1` and
 * `t2` do.
 * - `t1`: ignore case, spaces at both ends and repeated spaces;
 * - `t2`: also ignore accents and punctuation;
 * - `t3`: also accept an edit (Levenshtein) distance of at most 25 % of the accepted answer's length.
 */
export const TOLERANCES = ['t1', 't2', 't3'] as const;
export type Tolerance = (typeof TOLERANCES)[number];

/** The lowest levels every tube must offer; levels 7 and 8 are optional. */
export const REQUIRED_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export const MAX_LEVEL = 8;

export interface ChallengeFlags {
  /** Time limit in seconds, or null when the challenge is not timed. */
  readonly timedSeconds: number | null;
  /** The candidate must not leave the page while answering (focus challenge). */
  readonly focus: boolean;
  readonly illustration: { readonly alt: string } | null;
  readonly attachment: { readonly name: string; readonly kind: string } | null;
  readonly embed: { readonly title: string; readonly height: number } | null;
}

/** An input of a free-text challenge: the key names its answer, the label is shown before the input. */
export interface AnswerField {
  readonly key: string;
  readonly label: string;
}

/** Accepted answers of one field, the first being the reference answer. */
export type AcceptedAnswers = readonly string[];

interface ChallengeCommon {
  /** Tube name without `@`, level, `-`, letter: `requeteWeb3-a` (a = main challenge, b, c… alternatives). */
  readonly id: string;
  readonly status: ChallengeStatus;
  readonly locale: string;
  /** French text; simple markdown (`**bold**`, line breaks). */
  readonly instruction: string;
  readonly flags: ChallengeFlags;
  /** Skill of the challenge, e.g. `@requeteWeb3` (filled by the loader from the challenge's place in its file). */
  readonly skill: string;
  readonly competence: CompetenceCode;
}

export interface QcuChallenge extends ChallengeCommon {
  readonly type: 'QCU';
  readonly proposals: readonly string[];
  /** 1-based index of the right proposal. */
  readonly solution: number;
}

export interface QcmChallenge extends ChallengeCommon {
  readonly type: 'QCM';
  readonly proposals: readonly string[];
  /** 1-based indexes of the right proposals: the answer is right iff exactly this set is chosen. */
  readonly solution: readonly number[];
}

export interface QrocChallenge extends ChallengeCommon {
  readonly type: 'QROC';
  /** Exactly one field. */
  readonly fields: readonly AnswerField[];
  /** Field key -> accepted answers. */
  readonly solution: Readonly<Record<string, AcceptedAnswers>>;
  readonly tolerance: readonly Tolerance[];
}

export interface QrocmIndChallenge extends ChallengeCommon {
  readonly type: 'QROCM-ind';
  /** 2 to 5 fields, each with its own accepted answers. */
  readonly fields: readonly AnswerField[];
  readonly solution: Readonly<Record<string, AcceptedAnswers>>;
  readonly tolerance: readonly Tolerance[];
}

export interface QrocmDepChallenge extends ChallengeCommon {
  readonly type: 'QROCM-dep';
  /** 2 to 5 fields whose answers are interchangeable. */
  readonly fields: readonly AnswerField[];
  /** One list of distinct accepted answers, under the key `*`. */
  readonly solution: { readonly '*': AcceptedAnswers };
  /** Right iff at least this many fields hold distinct accepted answers. */
  readonly expectedCount: number;
  readonly tolerance: readonly Tolerance[];
}

export type Challenge = QcuChallenge | QcmChallenge | QrocChallenge | QrocmIndChallenge | QrocmDepChallenge;
export type FreeTextChallenge = QrocChallenge | QrocmIndChallenge | QrocmDepChallenge;

/** An acquis such as `@requeteWeb3`: its trailing digit is its level, the rest is its tube. */
export interface Skill {
  readonly name: string;
  readonly tube: string;
  readonly level: number;
  readonly competence: CompetenceCode;
}

/** A sub-theme of a competence, with one skill per level. */
export interface Tube {
  readonly name: string;
  readonly title: string;
  readonly competence: CompetenceCode;
  /** By ascending level. */
  readonly skills: readonly Skill[];
}

export const TUBE_NAME_PATTERN = /^@[a-z][a-zA-Z]*$/;
const SKILL_NAME_PATTERN = /^(@[a-z][a-zA-Z]*)([1-8])$/;

export function skillNameOf(tube: string, level: number): string {
  return `${tube}${level}`;
}

/** `@requeteWeb3` -> `{ tube: '@requeteWeb', level: 3 }`; null when the name is not a skill name. */
export function parseSkillName(name: string): { readonly tube: string; readonly level: number } | null {
  const match = SKILL_NAME_PATTERN.exec(name);
  return match ? { tube: match[1], level: Number(match[2]) } : null;
}
