import { type CandidateProps, identityKey } from './candidate';

/** What a signed-in candidate types to join a session (rules §6.1). */
export interface JoinIdentity {
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
}

export type JoinOutcome =
  | { readonly kind: 'matched'; readonly candidate: CandidateProps; readonly alreadyLinked: boolean }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'several-matches' }
  | { readonly kind: 'linked-to-another-account' }
  | { readonly kind: 'user-already-linked-in-session' };

/**
 * Finds the enrolled candidate a signed-in user claims to be: first name, last name and birthdate compared
 * without case, accents or spaces. Linking the same account again is idempotent; a candidate linked to another
 * account, or a user already linked to another candidate of the session, is refused.
 */
export function matchCandidate(
  candidates: readonly CandidateProps[],
  identity: JoinIdentity,
  userId: number,
): JoinOutcome {
  const key = identityKey(identity);
  const matches = candidates.filter((candidate) => identityKey(candidate) === key);
  if (matches.length === 0) return { kind: 'not-found' };
  if (matches.length > 1) return { kind: 'several-matches' };
  const [candidate] = matches as [CandidateProps];
  if (candidate.userId !== null && candidate.userId !== userId) return { kind: 'linked-to-another-account' };
  if (candidate.userId === userId) return { kind: 'matched', candidate, alreadyLinked: true };
  const linkedElsewhere = candidates.some((other) => other.userId === userId && other.id !== candidate.id);
  if (linkedElsewhere) return { kind: 'user-already-linked-in-session' };
  return { kind: 'matched', candidate, alreadyLinked: false };
}
