import type { Tolerance } from './challenge';

/** The strongest tolerance listed: tolerances are cumulative (`t3` does what `t1` and `t2` do). */
function toleranceLevel(tolerance: readonly Tolerance[]): 0 | 1 | 2 | 3 {
  if (tolerance.includes('t3')) return 3;
  if (tolerance.includes('t2')) return 2;
  if (tolerance.includes('t1')) return 1;
  return 0;
}

const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4`]/g;

function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * What is compared of a free-text answer. Whatever the tolerance, the text is put in Unicode composed form and
 * typographic apostrophes become `'` (the same answer typed on two keyboards must compare equal). Then:
 * - `t1`: lower case, no spaces at both ends, one space for any run of spaces (including non-breaking ones);
 * - `t2`: also no accents (`é` -> `e`, `œ` -> `oe`) and every punctuation mark read as a space.
 */
export function normaliseAnswer(value: string, tolerance: readonly Tolerance[]): string {
  const level = toleranceLevel(tolerance);
  let result = value.normalize('NFC').replace(APOSTROPHES, "'");
  if (level >= 1) {
    result = collapseSpaces(result.toLowerCase());
  }
  if (level >= 2) {
    result = result
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/\p{P}/gu, ' ');
    result = collapseSpaces(result);
  }
  return result;
}

/** Edit distance (insertions, deletions, substitutions) between two strings, counted in Unicode code points. */
export function levenshtein(left: string, right: string): number {
  const a = Array.from(left);
  const b = Array.from(right);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Whether a candidate's text matches one accepted answer under the challenge's tolerance. An answer that is empty
 * once normalised never matches. With `t3`, a distance of at most 25 % of the (normalised) accepted answer's length
 * is accepted: 1 typo in 4 to 7 characters, 2 in 8 to 11…
 */
export function matchesAcceptedAnswer(value: string, accepted: string, tolerance: readonly Tolerance[]): boolean {
  const candidate = normaliseAnswer(value, tolerance);
  const reference = normaliseAnswer(accepted, tolerance);
  if (candidate === '') return false;
  if (candidate === reference) return true;
  if (toleranceLevel(tolerance) < 3) return false;
  return 4 * levenshtein(candidate, reference) <= Array.from(reference).length;
}

export function matchesOneOf(value: string, accepted: readonly string[], tolerance: readonly Tolerance[]): boolean {
  return accepted.some((answer) => matchesAcceptedAnswer(value, answer, tolerance));
}
