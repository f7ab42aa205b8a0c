import type { CandidateView } from '@pix/contracts';
import type { CandidateProps } from '../domain/candidate';

export function toCandidateView(candidate: CandidateProps): CandidateView {
  if (candidate.id === undefined) throw new Error('a candidate is shown only once stored');
  return {
    id: candidate.id,
    sessionId: candidate.sessionId,
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    sex: candidate.sex,
    birthdate: candidate.birthdate,
    birthCountry: candidate.birthCountry,
    birthINSEECode: candidate.birthINSEECode,
    birthPostalCode: candidate.birthPostalCode,
    birthCity: candidate.birthCity,
    externalId: candidate.externalId,
    division: candidate.division,
    pupilId: candidate.pupilId,
    email: candidate.email,
    resultRecipientEmail: candidate.resultRecipientEmail,
    extraTimePercentage: candidate.extraTimePercentage,
    billingMode: candidate.billingMode,
    prepaymentCode: candidate.prepaymentCode,
    userId: candidate.userId,
    reconciledAt: candidate.reconciledAt?.toISOString() ?? null,
  };
}
