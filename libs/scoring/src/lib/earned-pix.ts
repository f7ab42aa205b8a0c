/** Sums of earned pix are rounded to the millionth of a pix. */
export const EARNED_PIX_PRECISION = 1_000_000;

/**
 * The sum of earned pix as a person would compute it: 10 skills of 1.6 pix make 16 pix and 7 skills of 8/7 pix make 8,
 * where floating-point addition gives 15.999999999999998 and 7.999999999999999 (and `floor` would then lose a pix,
 * sometimes a level). The total is rounded to the millionth: far above the floating-point error, far below the
 * smallest pix value of a skill. Pass the result to `competenceScore`.
 */
export function sumEarnedPix(earnedPix: readonly number[]): number {
  let sum = 0;
  for (const pix of earnedPix) {
    if (!Number.isFinite(pix) || pix < 0) throw new RangeError(`earned pix must be a non-negative number, got ${pix}`);
    sum += pix;
  }
  return Math.round(sum * EARNED_PIX_PRECISION) / EARNED_PIX_PRECISION;
}
