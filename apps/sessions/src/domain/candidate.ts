import type { BillingMode } from '@pix/contracts';

/** A candidate of a session once every field is checked (rules §3.1). */
export interface CandidateProps {
  readonly id: number | undefined;
  readonly sessionId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: 'M' | 'F';
  readonly birthdate: string;
  readonly birthCountry: string;
  readonly birthINSEECode: string | null;
  readonly birthPostalCode: string | null;
  readonly birthCity: string;
  readonly externalId: string | null;
  readonly division: string | null;
  readonly pupilId: number | null;
  readonly email: string | null;
  readonly resultRecipientEmail: string | null;
  /** Decimal fraction: 0.3 = 30 %. */
  readonly extraTimePercentage: number | null;
  readonly billingMode: BillingMode | null;
  readonly prepaymentCode: string | null;
  readonly userId: number | null;
  readonly reconciledAt: Date | null;
  readonly startedAt: Date | null;
}

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
