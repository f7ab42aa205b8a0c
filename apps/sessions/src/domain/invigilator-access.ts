import { maxGuesses, type ThrottleRule } from '@pix/kernel';

/**
 * The session password has 5 characters from 24 (17 letters + 7 digits): 24^5 = 7 962 624 values. Guesses are
 * throttled per (session, IP), per session and per IP, so that a brute force is impossible in practice while an
 * invigilator who mistypes a few times, or a school whose rooms share one address, is not locked out.
 */
export const PASSWORD_SPACE = 24 ** 5;

export const SESSION_AND_IP_RULE: ThrottleRule = { maxFailures: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/** Every address together: what a botnet can try on one session. */
export const SESSION_RULE: ThrottleRule = { maxFailures: 10, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** One address across every session: a school sharing an address runs a few sessions at once. */
export const IP_RULE: ThrottleRule = { maxFailures: 50, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };

export function sessionAndIpKey(sessionId: number, ip: string): string {
  return `session:${sessionId}|ip:${ip}`;
}

export function sessionKey(sessionId: number): string {
  return `session:${sessionId}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip}`;
}

/** The best odds a brute force has against one session's password within `seconds`, whatever its addresses. */
export function bruteForceSuccessProbability(seconds: number): number {
  return Math.min(1, maxGuesses(SESSION_RULE, seconds) / PASSWORD_SPACE);
}
