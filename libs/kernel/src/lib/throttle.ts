/**
 * Fixed-window failure counters, for throttling guesses (sign-in passwords, session passwords).
 * Pure: the caller keeps the counters where it wants (a table, memory) and passes the time.
 */
export interface ThrottleRule {
  readonly maxFailures: number;
  readonly windowSeconds: number;
  readonly blockSeconds: number;
}

export interface ThrottleCounter {
  readonly failures: number;
  readonly windowStartedAt: Date;
  readonly blockedUntil: Date | null;
}

/** Seconds until the key may try again, or 0 when it is not blocked. */
export function secondsBlocked(counter: ThrottleCounter | null, now: Date): number {
  if (counter?.blockedUntil == null || counter.blockedUntil <= now) return 0;
  return Math.ceil((counter.blockedUntil.getTime() - now.getTime()) / 1000);
}

/** The counter after one more failure: a new window when the last one is over, a block at the limit. */
export function recordFailure(counter: ThrottleCounter | null, rule: ThrottleRule, now: Date): ThrottleCounter {
  const windowOver = counter === null || now.getTime() - counter.windowStartedAt.getTime() >= rule.windowSeconds * 1000;
  const failures = windowOver ? 1 : counter.failures + 1;
  const windowStartedAt = windowOver ? now : counter.windowStartedAt;
  const blockedUntil =
    failures >= rule.maxFailures ? new Date(now.getTime() + rule.blockSeconds * 1000) : (counter?.blockedUntil ?? null);
  return { failures, windowStartedAt, blockedUntil };
}

/** The most guesses a rule lets one key make in `seconds`: what a brute force can try at best. */
export function maxGuesses(rule: ThrottleRule, seconds: number): number {
  // Worst case: the attacker uses every failure of a window, then waits out the block (or the window's end).
  const cycle = Math.max(rule.windowSeconds, rule.blockSeconds);
  return Math.ceil(seconds / cycle) * rule.maxFailures;
}
