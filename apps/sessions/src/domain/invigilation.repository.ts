import type { ThrottleCounter } from '@pix/kernel';

/** Port: who signed in as invigilator of which session, and the failed-password counters. */
export interface InvigilationRepository {
  recordAccess(sessionId: number, userId: number, now: Date): Promise<void>;
  hasAccess(sessionId: number, userId: number): Promise<boolean>;
  throttle(key: string): Promise<ThrottleCounter | null>;
  saveThrottle(key: string, counter: ThrottleCounter): Promise<void>;
}

export const INVIGILATION_REPOSITORY = Symbol('INVIGILATION_REPOSITORY');
