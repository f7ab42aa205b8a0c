import type { CourseProgress, StartedCourse } from '@pix/contracts';

/** Port: the tests themselves belong to the testing context (asked over NATS). */
export interface TestRunner {
  /** Generates the candidate's test at the first start, returns it as it stands afterwards. */
  start(request: { sessionId: number; candidateId: number; userId: number; profileDate: Date }): Promise<StartedCourse>;
  /** Ends a running test; a test already over is returned as it is. Null when the candidate has no test. */
  end(request: { sessionId: number; candidateId: number; endedBy: number }): Promise<CourseProgress | null>;
  /** Progress of the session's tests, or null when the testing service does not answer. */
  progressOf(sessionId: number): Promise<readonly CourseProgress[] | null>;
}

export const TEST_RUNNER = Symbol('TEST_RUNNER');
