import { countsForCompetence, type CollectedChallenge } from './answer-collection';
import { certifiedCompetenceMark, certifiedLevelVerdict, uncertifiedCompetenceMark } from './certified-level';
import type { CompetenceMarkV2, ScoringCompetenceInput } from './scoring-v2.types';

/**
 * One mark per certifiable competence, in the profile's order, from the per-competence table at reproducibility rate
 * `rate` (rules §10 step 5). Challenges of a competence outside the profile give no mark (they still count in the
 * rate); a certifiable competence that got no challenge is not certified.
 */
export function competenceMarksAt(
  rate: number,
  competences: readonly ScoringCompetenceInput[],
  collection: readonly CollectedChallenge[],
  maxReachableLevel: number,
): readonly CompetenceMarkV2[] {
  return competences.map((competence) =>
    certifiedCompetenceMark(
      competence,
      certifiedLevelVerdict(countsForCompetence(collection, competence.code), rate),
      maxReachableLevel,
    ),
  );
}

/** Every competence at level −1 with 0 pix: the marks of a test decided as a whole (cancelled, rejected, in error). */
export function uncertifiedCompetenceMarks(
  competences: readonly ScoringCompetenceInput[],
): readonly CompetenceMarkV2[] {
  return competences.map(uncertifiedCompetenceMark);
}

export function totalPixScore(marks: readonly CompetenceMarkV2[]): number {
  return marks.reduce((total, { score }) => total + score, 0);
}
