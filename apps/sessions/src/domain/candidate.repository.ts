import type { CandidateChanged, CertificationWindowView, CentreType } from '@pix/contracts';
import type { PendingEvent } from '@pix/platform';
import type { CandidateProps } from './candidate';
import type { CertificationWindow } from './planning';

/** Port: candidates of sessions. Writes that replace a list happen in one transaction. */
export interface CandidateRepository {
  listOf(sessionId: number): Promise<CandidateProps[]>;
  /** How many candidates, the largest extra time and whether anyone started, per session. */
  statsOf(sessionIds: readonly number[]): Promise<Map<number, SessionCandidateStats>>;
  /** Adds the candidates not enrolled yet (same identity key) and returns those written. */
  add(candidates: readonly Omit<CandidateProps, 'id'>[], now: Date): Promise<CandidateProps[]>;
  /** Deletes every candidate of the session and inserts these instead. */
  replace(sessionId: number, candidates: readonly Omit<CandidateProps, 'id'>[], now: Date): Promise<void>;
  remove(sessionId: number, candidateId: number): Promise<boolean>;
  /**
   * Links the account (first time: `reconciledAt`) and resets the start authorisation (every entry); the event is
   * recorded in the same transaction.
   */
  link(candidateId: number, userId: number, now: Date, event: PendingEvent<CandidateChanged>): Promise<void>;
  /** Sets the start time, unless already set (a resume keeps the first one), with the event. */
  markStarted(candidateId: number, startedAt: Date, event: PendingEvent<CandidateChanged>): Promise<void>;
}

export interface SessionCandidateStats {
  readonly count: number;
  readonly largestExtraTime: number | null;
  readonly started: number;
  /** The first candidate's start, or null. */
  readonly firstStartedAt: Date | null;
}

/** Port: certification windows per centre type and school year. */
export interface WindowRepository {
  find(centreType: CentreType, schoolYear: string): Promise<CertificationWindow | null>;
  save(window: CertificationWindowView): Promise<void>;
  list(): Promise<CertificationWindowView[]>;
}

export const CANDIDATE_REPOSITORY = Symbol('CANDIDATE_REPOSITORY');
export const WINDOW_REPOSITORY = Symbol('WINDOW_REPOSITORY');
