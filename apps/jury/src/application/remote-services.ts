import type {
  CourseForScoring,
  FinalizeCoursesRequest,
  FinalizedCourse,
  IssueReportView,
  ResolveAutomaticallyRequest,
  ResolvedIssueReport,
  ResolveManuallyRequest,
  SetJuryStatusRequest,
  UnfinalizeSessionRequest,
} from '@pix/contracts';

/** Port: what the jury asks the other contexts, over NATS request-reply. */
export interface RemoteServices {
  finalizeCourses(request: FinalizeCoursesRequest): Promise<readonly FinalizedCourse[]>;
  courseForScoring(courseId: number): Promise<CourseForScoring>;
  resolveAutomatically(request: ResolveAutomaticallyRequest): Promise<readonly ResolvedIssueReport[]>;
  resolveManually(request: ResolveManuallyRequest): Promise<IssueReportView>;
  issueReportsOf(sessionId: number): Promise<readonly IssueReportView[]>;
  setJuryStatus(request: SetJuryStatusRequest): Promise<void>;
  unfinalizeSession(request: UnfinalizeSessionRequest): Promise<void>;
}

export const REMOTE_SERVICES = Symbol('REMOTE_SERVICES');
