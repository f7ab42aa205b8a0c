/**
 * Failed-login throttling. Counters are kept per (account, IP) and per IP, never per account alone:
 * an attacker hammering an account from elsewhere blocks only their own addresses, so the real user,
 * from their own network, can still sign in. A school's pupils share one public address, hence a
 * generous per-IP budget.
 */
export interface ThrottleRule {
  readonly maxFailures: number;
  readonly windowSeconds: number;
  readonly blockSeconds: number;
}

export const ACCOUNT_AND_IP_RULE: ThrottleRule = { maxFailures: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
export const IP_RULE: ThrottleRule = { maxFailures: 100, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

export interface ThrottleCounter {
  readonly failures: number;
  readonly windowStartedAt: Date;
  readonly blockedUntil: Date | null;
}

export function accountAndIpKey(login: string, ip: string): string {
  return `login:${login.trim().toLowerCase()}|ip:${ip}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip}`;
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
