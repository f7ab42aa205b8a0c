/** Kind of certification centre: school (SCO), higher education (SUP), professional (PRO). */
export type CentreType = 'SCO' | 'SUP' | 'PRO';
export type Sex = 'M' | 'F';
export type BillingMode = 'FREE' | 'PAID' | 'PREPAID';

/** A candidate whose every field has been checked (§3.1). Optional fields are null when empty. */
export interface Candidate {
  /** Birth name (« nom de naissance »). */
  readonly lastName: string;
  readonly firstName: string;
  /** `YYYY-MM-DD`. */
  readonly birthdate: string;
  readonly sex: Sex;
  readonly birthCountry: string;
  readonly birthINSEECode: string | null;
  readonly birthPostalCode: string | null;
  readonly birthCity: string;
  /** Convocation e-mail. */
  readonly email: string | null;
  /** The teacher or trainer who receives the results link. */
  readonly resultRecipientEmail: string | null;
  /** « Identifiant local ». */
  readonly externalId: string | null;
  /** Decimal fraction: 0.3 for 30 %; null when none (0 becomes null). */
  readonly extraTimePercentage: number | null;
  /** Null for SCO centres, required otherwise. */
  readonly billingMode: BillingMode | null;
  /** Only with `PREPAID`. */
  readonly prepaymentCode: string | null;
}

/** A candidate as typed in the console: free text everywhere, `birthdate` as `YYYY-MM-DD`. */
export interface CandidateInput {
  readonly lastName?: string | null;
  readonly firstName?: string | null;
  readonly birthdate?: string | null;
  readonly sex?: string | null;
  readonly birthCountry?: string | null;
  readonly birthINSEECode?: string | null;
  readonly birthPostalCode?: string | null;
  readonly birthCity?: string | null;
  readonly email?: string | null;
  readonly resultRecipientEmail?: string | null;
  readonly externalId?: string | null;
  /** A percentage (`30`, `"30 %"`, `"12,5"`), or a fraction below 1 (`0.3`). */
  readonly extraTimePercentage?: string | number | null;
  /** `FREE`, `PAID`, `PREPAID` or the labels `Gratuite`, `Payante`, `Prépayée`. */
  readonly billingMode?: string | null;
  readonly prepaymentCode?: string | null;
}

export type CandidateField = keyof CandidateInput;
