/** Error codes of the sessions context (the gateway maps them in its sessions status table). */
export const SessionsErrorCode = {
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  SESSION_INVALID: 'SESSION_INVALID',
  SESSION_NOT_EDITABLE: 'SESSION_NOT_EDITABLE',
  SESSION_HAS_STARTED: 'SESSION_HAS_STARTED',
  SESSION_IMPORT_INVALID: 'SESSION_IMPORT_INVALID',
  CANDIDATE_INVALID: 'CANDIDATE_INVALID',
  CANDIDATE_DUPLICATE: 'CANDIDATE_DUPLICATE',
  CANDIDATE_NOT_FOUND: 'CANDIDATE_NOT_FOUND',
  CANDIDATE_ALREADY_JOINED: 'CANDIDATE_ALREADY_JOINED',
  CANDIDATE_IMPORT_INVALID: 'CANDIDATE_IMPORT_INVALID',
  CANDIDATES_ALREADY_JOINED: 'CANDIDATES_ALREADY_JOINED',
  PUPIL_NOT_ELIGIBLE_FOR_CENTRE: 'PUPIL_NOT_ELIGIBLE_FOR_CENTRE',
  WINDOW_INVALID: 'WINDOW_INVALID',
  INVIGILATOR_SIGN_IN_REFUSED: 'INVIGILATOR_SIGN_IN_REFUSED',
  INVIGILATOR_THROTTLED: 'INVIGILATOR_THROTTLED',
  SESSION_NOT_ACCESSIBLE: 'SESSION_NOT_ACCESSIBLE',
  INVIGILATOR_ACCESS_REQUIRED: 'INVIGILATOR_ACCESS_REQUIRED',
  CANDIDATE_NOT_FOUND_IN_SESSION: 'CANDIDATE_NOT_FOUND_IN_SESSION',
  CANDIDATE_SEVERAL_MATCHES: 'CANDIDATE_SEVERAL_MATCHES',
  CANDIDATE_LINKED_TO_ANOTHER_ACCOUNT: 'CANDIDATE_LINKED_TO_ANOTHER_ACCOUNT',
  USER_ALREADY_LINKED_IN_SESSION: 'USER_ALREADY_LINKED_IN_SESSION',
  ACCOUNT_NOT_OF_THIS_PUPIL: 'ACCOUNT_NOT_OF_THIS_PUPIL',
  USER_NOT_CERTIFIABLE: 'USER_NOT_CERTIFIABLE',
  /** The signed-in user has not joined this session as a candidate (identity step first). */
  CANDIDATE_NOT_JOINED: 'CANDIDATE_NOT_JOINED',
  /** The access code is not the session's. */
  ACCESS_CODE_INVALID: 'ACCESS_CODE_INVALID',
  /** The invigilator has not confirmed the candidate's presence (or, after an interruption, authorised the resume). */
  CANDIDATE_NOT_AUTHORIZED: 'CANDIDATE_NOT_AUTHORIZED',
  /** More than 24 h after the session's first start: no test can start or resume any more. */
  START_WINDOW_CLOSED: 'START_WINDOW_CLOSED',
  /** The candidate has not started: there is no test to end. */
  CANDIDATE_NOT_STARTED: 'CANDIDATE_NOT_STARTED',
  /** Finalisation check 1: already finalised. */
  SESSION_ALREADY_FINALIZED: 'SESSION_ALREADY_FINALIZED',
  /** Finalisation check 2: nobody started; delete the session instead. */
  SESSION_WITHOUT_STARTED_CERTIFICATION: 'SESSION_WITHOUT_STARTED_CERTIFICATION',
  /** Finalisation check 3: an unfinished test has no abort reason. */
  ABORT_REASON_MISSING: 'ABORT_REASON_MISSING',
  /** Finalisation check 3: an abort reason was given for a finished test ("refresh the page"). */
  ABORT_REASON_ON_COMPLETED_TEST: 'ABORT_REASON_ON_COMPLETED_TEST',
  /** Finalisation check 4: a report does not validate (comment too long, unknown candidate, reason value). */
  FINALIZATION_INVALID: 'FINALIZATION_INVALID',
  /** Unfinalise: the session is not finalised, or already published. */
  SESSION_NOT_UNFINALIZABLE: 'SESSION_NOT_UNFINALIZABLE',
} as const;

export type SessionsErrorCode = (typeof SessionsErrorCode)[keyof typeof SessionsErrorCode];
