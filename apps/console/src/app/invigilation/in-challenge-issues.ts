import { CREATABLE_ISSUE_REPORT_KINDS } from '@pix/contracts';

/**
 * The issue kinds « problème technique sur une question » (category IN_CHALLENGE) an invigilator may give when
 * validating a candidate's alert, with the wording of the PV d'incident (the catalogue of @pix/contracts).
 */
export const IN_CHALLENGE_ISSUES = CREATABLE_ISSUE_REPORT_KINDS.filter((kind) => kind.category === 'IN_CHALLENGE').map(
  ({ code, label }) => ({ code, label }),
);

export type InChallengeIssueCode = (typeof IN_CHALLENGE_ISSUES)[number]['code'];
