import type { CandidateView } from '@pix/contracts';
import type { CandidateProps } from '../domain/candidate';

export function toCandidateView(candidate: CandidateProps): CandidateView {
  const { id, reconciledAt, startedAt, authorizedToStart, ...fields } = candidate;
  if (id === undefined) throw new Error('a candidate is shown only once stored');
  return { ...fields, id, reconciledAt: reconciledAt?.toISOString() ?? null };
}
