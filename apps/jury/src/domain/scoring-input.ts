import {
  scoreCertificationV2,
  type ScoringAnswerStatus,
  type ScoringV2Input,
  type ScoringV2Result,
} from '@pix/scoring';
import type { Certification, CertificationResult } from './certification';

const ANSWER_STATUSES: readonly ScoringAnswerStatus[] = ['ok', 'ko', 'partially', 'aband', 'timedout', 'focusedOut'];

function answerStatus(value: string): ScoringAnswerStatus {
  return (ANSWER_STATUSES as readonly string[]).includes(value) ? (value as ScoringAnswerStatus) : 'ko';
}

/** The certification as v2 scoring reads it: a re-marked answer counts as `ok`. */
export function scoringInputOf(certification: Certification): ScoringV2Input {
  return {
    competences: certification.competences,
    challenges: certification.challenges.map((challenge) => ({
      challengeId: challenge.challengeId,
      competence: challenge.competence,
      type: challenge.type,
      neutralized: challenge.neutralizedBy !== null,
      autoSkipped: challenge.autoSkipped,
    })),
    answers: certification.challenges.flatMap((challenge) =>
      challenge.answerStatus === null
        ? []
        : [
            {
              challengeId: challenge.challengeId,
              status: challenge.remarkedOk ? 'ok' : answerStatus(challenge.answerStatus),
            },
          ],
    ),
    abortReason: certification.abortReason,
    isCancelledByJury: certification.isCancelled,
    isRejectedForFraud: certification.isRejectedForFraud,
    maxReachableLevel: certification.maxReachableLevel,
  };
}

/** Who scored: the jury's own actions are `Jury Pix`, a fraud rejection `PIX-ALGO-FRAUD-REJECTION`. */
export function scoreCertification(
  certification: Certification,
  by: { readonly juryUserId: number | null },
  now: Date,
): CertificationResult {
  const scored: ScoringV2Result = scoreCertificationV2(scoringInputOf(certification));
  const emitter =
    scored.decidedBy === 'fraud' ? 'PIX-ALGO-FRAUD-REJECTION' : by.juryUserId === null ? 'PIX-ALGO' : 'Jury Pix';
  return {
    certificationId: certification.id,
    status: scored.status,
    pixScore: scored.pixScore,
    reproducibilityRate: scored.reproducibilityRate,
    competenceMarks: scored.competenceMarks,
    commentKey: scored.commentKey,
    emitter,
    juryUserId: by.juryUserId,
    errorMessage: scored.errorMessage,
    createdAt: now,
  };
}
