import type { CandidateView } from '@pix/contracts';

/** A candidate of a session once every field is checked (rules §3.1): what the console sees, plus the timestamps. */
export type CandidateProps = Omit<CandidateView, 'id' | 'reconciledAt'> & {
  readonly id: number | undefined;
  readonly reconciledAt: Date | null;
  /** Presence confirmed (or resume authorised) by the invigilator; every new entry resets it (rules §6.1). */
  readonly authorizedToStart: boolean;
  /** Set when the candidate's test starts: from then on the session cannot be deleted. */
  readonly startedAt: Date | null;
};

/**
 * Two candidates are the same person when first name, last name and birthdate match after
 * normalisation: case, accents, spaces, hyphens and apostrophes ignored (rules §3.1, §6.1).
 */
export function identityKey(candidate: { firstName: string; lastName: string; birthdate: string }): string {
  const fold = (value: string) =>
    value
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[^a-z0-9]/g, '');
  return `${fold(candidate.firstName)}|${fold(candidate.lastName)}|${candidate.birthdate}`;
}

/** Whether the candidate has linked a Pix account (joined the session). */
export function hasJoined(candidate: Pick<CandidateProps, 'userId' | 'reconciledAt'>): boolean {
  return candidate.reconciledAt !== null;
}
