/** Error codes of the testing context (the gateway maps them in its testing status table). */
export const TestingErrorCode = {
  /** An import of profiles holds invalid knowledge elements; `details.problems` lists each one `{ path, message }`. */
  PROFILE_IMPORT_INVALID: 'PROFILE_IMPORT_INVALID',
  /** An import of profiles is over the per-call caps; `details` gives the caps and the counts received. */
  PROFILE_IMPORT_TOO_LARGE: 'PROFILE_IMPORT_TOO_LARGE',
} as const;

export type TestingErrorCode = (typeof TestingErrorCode)[keyof typeof TestingErrorCode];
