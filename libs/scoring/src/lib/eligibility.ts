/** `MINIMUM_COMPETENCE_LEVEL_FOR_CERTIFIABILITY` */
export const MINIMUM_COMPETENCE_LEVEL_FOR_CERTIFIABILITY = 1;
/** `MINIMUM_CERTIFIABLE_COMPETENCES_FOR_CERTIFIABILITY` */
export const MINIMUM_CERTIFIABLE_COMPETENCES_FOR_CERTIFIABILITY = 5;

export interface Eligibility {
  readonly certifiable: boolean;
  /** How many competences are at level 1 or more (what the console shows per pupil). */
  readonly competencesAtLevelOneOrMore: number;
}

/** A profile is certifiable with at least 5 competences at level ≥ 1 (rules §4). */
export function eligibility(competenceLevels: readonly number[]): Eligibility {
  const competencesAtLevelOneOrMore = competenceLevels.filter(
    (level) => level >= MINIMUM_COMPETENCE_LEVEL_FOR_CERTIFIABILITY,
  ).length;
  return {
    certifiable: competencesAtLevelOneOrMore >= MINIMUM_CERTIFIABLE_COMPETENCES_FOR_CERTIFIABILITY,
    competencesAtLevelOneOrMore,
  };
}
