/** Rules §6.2–6.3: a 2-hour slot, 15 minutes to settle the candidates in, then 1 h 45 of test. */
export const WELCOME_MINUTES = 15;
export const TEST_MINUTES = 105;

/**
 * The test duration of a candidate with extra time, given as a decimal fraction (0.3 = 30 %). Only shown:
 * the invigilator applies it, the test is never stopped automatically.
 */
export function testDurationWithExtraTime(extraTime: number | null): number {
  return Math.round(TEST_MINUTES * (1 + (extraTime ?? 0)));
}
