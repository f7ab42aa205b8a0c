import { PIX_COUNT_BY_LEVEL } from '../competence-level';
import { MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED } from './reproducibility-rate';
import type { CompetenceMarkV2, ScoringCompetenceInput } from './scoring-v2.types';

/** What the per-competence table decides: ✔ keep the estimated level, ↓ one level less, ✘ not certified. */
export type CertifiedLevelVerdict = 'kept' | 'downgraded' | 'uncertified';

/** The level of a competence that is not certified (`UNCERTIFIED_LEVEL`). */
export const UNCERTIFIED_LEVEL = -1;

/**
 * A competence's counts as the table reads them (rules §10), after the QROCM-dep rule:
 * C the challenges, K the correct ones, N the neutralised ones.
 */
export interface CompetenceCounts {
  readonly challenges: number;
  readonly correct: number;
  readonly neutralized: number;
}

const KEEP: CertifiedLevelVerdict = 'kept';
const DOWN: CertifiedLevelVerdict = 'downgraded';
const FAIL: CertifiedLevelVerdict = 'uncertified';

interface TableRow {
  readonly challenges: number;
  readonly correct: number;
  /** The numbers of neutralised challenges the row covers. */
  readonly neutralized: readonly number[];
  readonly atLeast80: CertifiedLevelVerdict;
  readonly from70To80: CertifiedLevelVerdict;
  readonly below70: CertifiedLevelVerdict;
}

function row(
  challenges: number,
  correct: number,
  neutralized: readonly number[],
  atLeast80: CertifiedLevelVerdict,
  from70To80: CertifiedLevelVerdict,
  below70: CertifiedLevelVerdict,
): TableRow {
  return { challenges, correct, neutralized, atLeast80, from70To80, below70 };
}

/** "any" number of neutralised challenges: every number the row's C allows. */
const upTo = (max: number): readonly number[] => Array.from({ length: max + 1 }, (_, count) => count);

/** The per-competence table of rules §10, row by row. */
const CERTIFIED_LEVEL_TABLE: readonly TableRow[] = [
  // C, K, N, then R ≥ 80, 70 ≤ R < 80, R < 70
  row(3, 3, [0], KEEP, KEEP, KEEP),
  row(3, 2, [0], KEEP, DOWN, DOWN),
  row(3, 2, [1], KEEP, KEEP, KEEP),
  row(3, 1, [0], FAIL, FAIL, FAIL),
  row(3, 1, [1], KEEP, DOWN, FAIL),
  row(3, 1, [2], KEEP, KEEP, DOWN),
  row(3, 0, upTo(3), FAIL, FAIL, FAIL),
  row(2, 2, [0], KEEP, KEEP, KEEP),
  row(2, 1, [0], KEEP, DOWN, FAIL),
  row(2, 1, [1], KEEP, KEEP, DOWN),
  row(2, 0, upTo(2), FAIL, FAIL, FAIL),
  row(1, 1, [0], KEEP, KEEP, DOWN),
  row(1, 0, [0, 1], FAIL, FAIL, FAIL),
];

/**
 * The verdict of the per-competence table for the competence's counts at reproducibility rate `rate`.
 *
 * - Below 50 % no competence is certified (rules §10 step 4), whatever its counts.
 * - Counts that no row covers (C = 0: a certifiable competence that got no challenge; C ≥ 4: more than 3 challenges,
 *   or two QROCM-dep challenges counted twice each; K + N > C) are **not certified**: the table is silent there, and
 *   certifying a level the rules never describe would be the worse mistake.
 */
export function certifiedLevelVerdict(counts: CompetenceCounts, rate: number): CertifiedLevelVerdict {
  if (rate < MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED) return FAIL;
  const matching = CERTIFIED_LEVEL_TABLE.find(
    (candidate) =>
      candidate.challenges === counts.challenges &&
      candidate.correct === counts.correct &&
      candidate.neutralized.includes(counts.neutralized),
  );
  if (matching === undefined) return FAIL;
  if (rate >= 80) return matching.atLeast80;
  if (rate >= 70) return matching.from70To80;
  return matching.below70;
}

/**
 * The competence's mark for a verdict (rules §10 step 5), then capped at the highest level open on the certification
 * date and at that level × 8 pix:
 * - kept: `estimatedLevel` and `pixScore`;
 * - downgraded: `estimatedLevel − 1` and `pixScore − 8` (a level-1 competence gets level 0 and 0 to 7 pix); the score
 *   never goes below 0, should a profile hold fewer pix than its level is worth;
 * - uncertified: level −1, 0 pix.
 */
export function certifiedCompetenceMark(
  competence: ScoringCompetenceInput,
  verdict: CertifiedLevelVerdict,
  maxReachableLevel: number,
): CompetenceMarkV2 {
  const { level, score } = uncappedMark(competence, verdict);
  return {
    code: competence.code,
    areaCode: areaCodeOf(competence.code),
    level: Math.min(level, maxReachableLevel),
    score: Math.min(score, maxReachableLevel * PIX_COUNT_BY_LEVEL),
  };
}

/** The mark of a competence left uncertified by a decision taken for the whole test (level −1, 0 pix). */
export function uncertifiedCompetenceMark(competence: ScoringCompetenceInput): CompetenceMarkV2 {
  return { code: competence.code, areaCode: areaCodeOf(competence.code), level: UNCERTIFIED_LEVEL, score: 0 };
}

/** `1.1` → `1`: the area is the code's first digit. */
export function areaCodeOf(competenceCode: string): string {
  return competenceCode.charAt(0);
}

function uncappedMark(
  competence: ScoringCompetenceInput,
  verdict: CertifiedLevelVerdict,
): { level: number; score: number } {
  switch (verdict) {
    case 'kept':
      return { level: competence.estimatedLevel, score: competence.pixScore };
    case 'downgraded':
      return {
        level: competence.estimatedLevel - 1,
        score: Math.max(0, competence.pixScore - PIX_COUNT_BY_LEVEL),
      };
    case 'uncertified':
      return { level: UNCERTIFIED_LEVEL, score: 0 };
  }
}
