import type { CandidateChanged } from '@pix/contracts';
import type { ThrottleCounter } from '@pix/kernel';
import type { PendingEvent } from '@pix/platform';

/** Port: who signed in as invigilator of which session, and the failed-password counters. */
export interface InvigilationRepository {
  recordAccess(sessionId: number, userId: number, now: Date): Promise<void>;
  hasAccess(sessionId: number, userId: number): Promise<boolean>;
  throttle(key: string): Promise<ThrottleCounter | null>;
  saveThrottle(key: string, counter: ThrottleCounter): Promise<void>;
  /** Sets the candidate's authorisation and records the action and the event, together; false when no such candidate. */
  setAuthorization(
    action: InvigilatorAction,
    authorized: boolean,
    event: PendingEvent<CandidateChanged>,
  ): Promise<boolean>;
  /** Records an action that changes nothing here (the end of a test is the testing service's), with the event. */
  recordAction(action: InvigilatorAction, event: PendingEvent<CandidateChanged>): Promise<void>;
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
