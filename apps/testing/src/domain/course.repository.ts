import type { CourseProgress } from '@pix/contracts';
import type { CertificationChallenge } from './certification-challenges';
import type { Course, RecordedAnswer } from './course';

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
}

export const COURSE_REPOSITORY = Symbol('COURSE_REPOSITORY');
