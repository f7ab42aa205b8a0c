/** Error codes of the testing context (the gateway maps them in its testing status table). */
export const TestingErrorCode = {
  /** An import of profiles holds invalid knowledge elements; `details.problems` lists each one `{ path, message }`. */
  PROFILE_IMPORT_INVALID: 'PROFILE_IMPORT_INVALID',
  /** An import of profiles is over the per-call caps; `details` gives the caps and the counts received. */
  PROFILE_IMPORT_TOO_LARGE: 'PROFILE_IMPORT_TOO_LARGE',
  /** No test with this id for this candidate (another candidate's test is "not found" too). */
  COURSE_NOT_FOUND: 'COURSE_NOT_FOUND',
  /** The test is over (completed or ended by the invigilator): no answer is accepted any more. */
  COURSE_ENDED: 'COURSE_ENDED',
  /** The profile holds no challenge to ask: the test cannot be generated. */
  COURSE_CANNOT_BE_GENERATED: 'COURSE_CANNOT_BE_GENERATED',
  /** The challenge is not one of this test's questions. */
  CHALLENGE_NOT_IN_COURSE: 'CHALLENGE_NOT_IN_COURSE',
  /** The challenge is a later question: questions are answered one at a time, in order. */
  CHALLENGE_NOT_CURRENT: 'CHALLENGE_NOT_CURRENT',
  /** The question already has a different answer: an answer is never replaced. */
  ANSWER_ALREADY_RECORDED: 'ANSWER_ALREADY_RECORDED',
  /** The answer does not fit the challenge (unknown proposal, missing field, too long…); `details.reason` says why. */
  ANSWER_INVALID: 'ANSWER_INVALID',
} as const;

export type TestingErrorCode = (typeof TestingErrorCode)[keyof typeof TestingErrorCode];
