/** Error codes of the jury context (the gateway maps them in its jury status table). */
export const JuryErrorCode = {
  JURY_SESSION_NOT_FOUND: 'JURY_SESSION_NOT_FOUND',
  CERTIFICATION_NOT_FOUND: 'CERTIFICATION_NOT_FOUND',
  /** The action does not validate (identity fields, comment length, unknown challenge…); `details.problems`. */
  JURY_ACTION_INVALID: 'JURY_ACTION_INVALID',
  /** The auto-jury has not finished scoring the session yet. */
  AUTO_JURY_PENDING: 'AUTO_JURY_PENDING',
  /** Publication refused: a certification is in error or has no result (rules §9). */
  SESSION_NOT_PUBLISHABLE: 'SESSION_NOT_PUBLISHABLE',
  SESSION_ALREADY_PUBLISHED: 'SESSION_ALREADY_PUBLISHED',
  SESSION_NOT_PUBLISHED: 'SESSION_NOT_PUBLISHED',
  /** Unfinalise after publication, or an action that needs an unpublished session. */
  SESSION_PUBLISHED: 'SESSION_PUBLISHED',
  /** The verification code is unknown, or its certificate is not published and validated. */
  CERTIFICATE_NOT_FOUND: 'CERTIFICATE_NOT_FOUND',
  /** Results and attestations exist only after publication. */
  RESULTS_NOT_PUBLISHED: 'RESULTS_NOT_PUBLISHED',
} as const;

export type JuryErrorCode = (typeof JuryErrorCode)[keyof typeof JuryErrorCode];
