/** GET /api/centres/:centreId/divisions/:division/eligibility */
export interface PupilEligibility {
  readonly pupilId: number;
  readonly lastName: string;
  readonly firstName: string;
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
  readonly username: string | null;
  readonly hasAccount: boolean;
  /** At least 5 competences at level 1 or more (rules §4). */
  readonly certifiable: boolean;
  readonly competencesAtLevelOneOrMore: number;
  readonly totalPix: number;
}

export interface DivisionEligibility {
  readonly division: string;
  /** ISO date-time the profiles were read at. */
  readonly limitDate: string;
  readonly certifiableCount: number;
  readonly pupils: readonly PupilEligibility[];
}
