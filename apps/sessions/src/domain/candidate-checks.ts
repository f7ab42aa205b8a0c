/** Port: what joining needs from other contexts (identity for pupils' accounts, testing for eligibility). */
export interface CandidateChecks {
  /** The account linked to a pupil of the centre, or null when the pupil has none. */
  accountOfPupil(centreId: number, pupilId: number): Promise<number | null>;
  /** At least 5 competences at level 1 or more at that date (rules §4). */
  isCertifiable(userId: number, at: Date): Promise<boolean>;
}

export const CANDIDATE_CHECKS = Symbol('CANDIDATE_CHECKS');
