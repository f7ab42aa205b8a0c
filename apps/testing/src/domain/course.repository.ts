import type { CourseProgress, CourseState, FinalizedCourse } from '@pix/contracts';
import type { CertificationChallenge } from './certification-challenges';
import type { AbortReason, Course, RecordedAnswer } from './course';

export interface NewCourse {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly userId: number;
  readonly verificationCode: string;
  readonly profileDate: Date;
  readonly startedAt: Date;
  readonly challenges: readonly CertificationChallenge[];
}

/** Port: where tests, their questions and answers are kept. Every method joins the caller's transaction. */
export interface CourseRepository {
  findByCandidate(candidateId: number): Promise<Course | null>;
  /** With `lock`, the course row stays locked until the transaction ends (answers to one test are serialised). */
  findById(courseId: number, options?: { lock?: boolean }): Promise<Course | null>;
  /** Null when the candidate already has a test (a concurrent first start won): the caller reads that one. */
  create(course: NewCourse): Promise<Course | null>;
  isVerificationCodeTaken(code: string): Promise<boolean>;
  addAnswer(courseId: number, answer: RecordedAnswer): Promise<void>;
  markEnded(
    courseId: number,
    state: 'completed' | 'ended_by_invigilator',
    at: Date,
    endedBy: number | null,
  ): Promise<void>;
  progressOfSession(sessionId: number): Promise<readonly CourseProgress[]>;
  /** The state of every test of the session, locked until the transaction ends. */
  lockSession(sessionId: number): Promise<readonly CourseOfSession[]>;
  /** Ends an unfinished test at the session's finalisation; an earlier end time is kept. */
  markEndedDueToFinalization(courseId: number, abortReason: AbortReason | null, at: Date): Promise<void>;
  /** Every test of the session, by candidate, with its verification code and abort reason. */
  finalizedOfSession(sessionId: number): Promise<readonly FinalizedCourse[]>;
}

export interface CourseOfSession {
  readonly id: number;
  readonly candidateId: number;
  readonly state: CourseState;
  readonly abortReason: AbortReason | null;
}

export const COURSE_REPOSITORY = Symbol('COURSE_REPOSITORY');
