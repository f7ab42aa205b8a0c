import type { ThrottleRule } from '@pix/kernel';

export { recordFailure, secondsBlocked, type ThrottleCounter, type ThrottleRule } from '@pix/kernel';

/**
 * Failed-login throttling. Counters are kept per (account, IP) and per IP, never per account alone:
 * an attacker hammering an account from elsewhere blocks only their own addresses, so the real user,
 * from their own network, can still sign in. A school's pupils share one public address, hence a
 * generous per-IP budget.
 */
export const ACCOUNT_AND_IP_RULE: ThrottleRule = { maxFailures: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
export const IP_RULE: ThrottleRule = { maxFailures: 100, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

export function accountAndIpKey(login: string, ip: string): string {
  return `login:${login.trim().toLowerCase()}|ip:${ip}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip}`;
}
