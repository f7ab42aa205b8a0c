import type { ThrottleCounter } from '@pix/kernel';

/** Port: who signed in as invigilator of which session, and the failed-password counters. */
export interface InvigilationRepository {
  recordAccess(sessionId: number, userId: number, now: Date): Promise<void>;
  hasAccess(sessionId: number, userId: number): Promise<boolean>;
  throttle(key: string): Promise<ThrottleCounter | null>;
  saveThrottle(key: string, counter: ThrottleCounter): Promise<void>;
  /** Sets the candidate's authorisation and records the action, together; false when no such candidate. */
  setAuthorization(action: InvigilatorAction, authorized: boolean): Promise<boolean>;
}

export type InvigilatorActionKind = 'confirm_presence' | 'withdraw_presence' | 'authorize_resume' | 'end_test';

export interface InvigilatorAction {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly action: InvigilatorActionKind;
  readonly invigilatorUserId: number;
  readonly at: Date;
}

export const INVIGILATION_REPOSITORY = Symbol('INVIGILATION_REPOSITORY');
