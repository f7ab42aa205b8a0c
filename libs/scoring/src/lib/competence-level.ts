/** One level is worth 8 pix (`PIX_COUNT_BY_LEVEL`). */
export const PIX_COUNT_BY_LEVEL = 8;
export const MAX_LEVEL = 8;

export interface CompetenceScore {
  readonly pixScore: number;
  readonly level: number;
}

/**
 * A competence's score from the pix earned on its validated skills: `pixScore = floor(sum)`,
 * `level = floor(pixScore / 8)`. Certification profiles are not capped (excess pix and levels allowed);
 * pass `maxReachableLevel` to cap the level at the highest level open at that date.
 */
export function competenceScore(earnedPix: readonly number[], maxReachableLevel?: number): CompetenceScore {
  if (
    maxReachableLevel !== undefined &&
    (!Number.isInteger(maxReachableLevel) || maxReachableLevel < 1 || maxReachableLevel > MAX_LEVEL)
  ) {
    throw new RangeError(`maxReachableLevel must be an integer from 1 to ${MAX_LEVEL}`);
  }
  const sum = earnedPix.reduce((total, pix) => {
    if (!Number.isFinite(pix) || pix < 0) throw new RangeError(`earned pix must be a non-negative number, got ${pix}`);
    return total + pix;
  }, 0);
  const pixScore = Math.floor(sum);
  const level = Math.floor(pixScore / PIX_COUNT_BY_LEVEL);
  return { pixScore, level: maxReachableLevel === undefined ? level : Math.min(level, maxReachableLevel) };
}
