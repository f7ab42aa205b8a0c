import { Inject, Injectable } from '@nestjs/common';
import {
  type CourseForScoring,
  type FinalizeCoursesRequest,
  type FinalizedCourse,
  IncidentsSubjects,
  type IssueReportView,
  type ResolveAutomaticallyRequest,
  type ResolvedIssueReport,
  type ResolveManuallyRequest,
  SessionsSubjects,
  type SetJuryStatusRequest,
  TestingSubjects,
  type UnfinalizeSessionRequest,
} from '@pix/contracts';
import { MessageBus } from '@pix/platform';
import type { RemoteServices } from '../../application/remote-services';

/** Finalising or resolving a whole session takes longer than a click: a wider timeout than the default. */
const SESSION_WIDE_TIMEOUT_MS = 30_000;

@Injectable()
export class NatsRemoteServices implements RemoteServices {
  constructor(@Inject(MessageBus) private readonly bus: MessageBus) {}

  async finalizeCourses(request: FinalizeCoursesRequest): Promise<readonly FinalizedCourse[]> {
    const reply = await this.bus.request(TestingSubjects.finalizeCourses, request, {
      timeoutMs: SESSION_WIDE_TIMEOUT_MS,
    });
    return reply.courses;
  }

  courseForScoring(courseId: number): Promise<CourseForScoring> {
    return this.bus.request(TestingSubjects.getCourseForScoring, { courseId });
  }

  async resolveAutomatically(request: ResolveAutomaticallyRequest): Promise<readonly ResolvedIssueReport[]> {
    const reply = await this.bus.request(IncidentsSubjects.resolveAutomatically, request, {
      timeoutMs: SESSION_WIDE_TIMEOUT_MS,
    });
    return reply.issueReports;
  }

  resolveManually(request: ResolveManuallyRequest): Promise<IssueReportView> {
    return this.bus.request(IncidentsSubjects.resolveManually, request);
  }

  async issueReportsOf(sessionId: number): Promise<readonly IssueReportView[]> {
    const reply = await this.bus.request(IncidentsSubjects.listIssueReports, { sessionId });
    return reply.issueReports;
  }

  async setJuryStatus(request: SetJuryStatusRequest): Promise<void> {
    await this.bus.request(SessionsSubjects.setJuryStatus, request);
  }

  async unfinalizeSession(request: UnfinalizeSessionRequest): Promise<void> {
    await this.bus.request(SessionsSubjects.unfinalizeSession, request);
  }
}
