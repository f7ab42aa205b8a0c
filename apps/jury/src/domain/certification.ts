import type {
  AbortReason,
  CertificationStatus,
  CertifiedIdentity,
  CompetenceMark,
  JuryCommentKey,
  ResultEmitter,
} from '@pix/contracts';
import type { ChallengeFlags } from '@pix/referential';

/** A certifiable competence of the profile the test was generated from. */
export interface ProfileCompetence {
  readonly code: string;
  readonly estimatedLevel: number;
  readonly pixScore: number;
}

export type NeutralizedBy = 'technical-abort' | 'issue-report' | 'jury';

export interface CertificationChallenge {
  readonly number: number;
  readonly challengeId: string;
  readonly competence: string;
  readonly type: string;
  readonly flags: ChallengeFlags;
  /** Null when the candidate never answered it. */
  readonly answerStatus: string | null;
  readonly neutralizedBy: NeutralizedBy | null;
  readonly autoSkipped: boolean;
  readonly remarkedOk: boolean;
}

export interface Certification {
  /** The testing course id: the certification number. */
  readonly id: number;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly userId: number;
  readonly identity: CertifiedIdentity;
  readonly externalId: string | null;
  readonly division: string | null;
  readonly examinerComment: string | null;
  readonly abortReason: AbortReason | null;
  readonly courseState: string;
  readonly verificationCode: string;
  readonly startedAt: Date;
  readonly profileDate: Date;
  readonly maxReachableLevel: number;
  readonly competences: readonly ProfileCompetence[];
  readonly isCancelled: boolean;
  readonly isRejectedForFraud: boolean;
  readonly commentForCandidate: string | null;
  readonly commentForOrganization: string | null;
  readonly commentByJury: string | null;
  readonly challenges: readonly CertificationChallenge[];
}

export interface CertificationResult {
  readonly id?: number;
  readonly certificationId: number;
  readonly status: Exclude<CertificationStatus, 'started'>;
  readonly pixScore: number;
  readonly reproducibilityRate: number | null;
  readonly competenceMarks: readonly CompetenceMark[];
  readonly commentKey: JuryCommentKey | null;
  readonly emitter: ResultEmitter;
  readonly juryUserId: number | null;
  readonly errorMessage: string | null;
  readonly createdAt: Date;
}

/** What a resolved issue report does to one question. */
export interface ReportEffect {
  readonly challengeId: string;
  readonly effect: 'neutralise' | 'remark-ok';
}

/**
 * The finalisation's effects on the challenges (rules §8 auto-jury, §7): abort reason `candidate` skips every
 * unanswered challenge automatically, `technical` neutralises them; then the issue reports' resolutions neutralise
 * or re-mark. A neutralisation by the jury is kept as it is.
 */
export function applyFinalizationEffects(
  challenges: readonly CertificationChallenge[],
  abortReason: AbortReason | null,
  effects: readonly ReportEffect[],
): CertificationChallenge[] {
  const neutralised = new Set(effects.filter((e) => e.effect === 'neutralise').map((e) => e.challengeId));
  const remarked = new Set(effects.filter((e) => e.effect === 'remark-ok').map((e) => e.challengeId));
  return challenges.map((challenge) => {
    const unanswered = challenge.answerStatus === null;
    const byJury = challenge.neutralizedBy === 'jury';
    let neutralizedBy: NeutralizedBy | null = byJury ? 'jury' : null;
    if (!byJury && unanswered && abortReason === 'technical') neutralizedBy = 'technical-abort';
    if (!byJury && neutralizedBy === null && neutralised.has(challenge.challengeId)) neutralizedBy = 'issue-report';
    return {
      ...challenge,
      neutralizedBy,
      autoSkipped: unanswered && abortReason === 'candidate',
      remarkedOk: !unanswered && remarked.has(challenge.challengeId),
    };
  });
}
