/**
 * Shapes of `ApiErrorResponse.details` the console shows to people.
 * Each message is French and can be shown as is.
 */

/** `details.problems` of a refused form (SESSION_INVALID, CANDIDATE_INVALID…): one entry per invalid field. */
export interface ApiFieldProblem {
  /** The request body's property, e.g. `address`, `birthINSEECode`. */
  readonly field: string;
  readonly code?: string;
  readonly message: string;
}

/** `details.issues` of a request the gateway refused before any service (VALIDATION_FAILED). */
export interface ApiValidationIssue {
  /** Dotted path in the body, e.g. `login`, `address.city`; empty for the body as a whole. */
  readonly path: string;
  readonly message: string;
}

/**
 * `details.errors` of a refused import (CANDIDATE_IMPORT_INVALID, PUPIL_IMPORT_INVALID, SESSION_IMPORT_INVALID).
 * `line` is the spreadsheet row (the header is line 1; 0 = the file as a whole); the message already names
 * the line and the column.
 */
export interface ApiLineError {
  readonly line: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}
