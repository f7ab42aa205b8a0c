import { Injectable } from '@nestjs/common';
import {
  CommonErrorCode,
  type CourseProgress,
  type StartedCourse,
  TestingErrorCode,
  TestingSubjects,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { MessageBus } from '@pix/platform';
import type { TestRunner } from '../../domain/test-runner';

/** Asks the testing service over NATS; never reads its tables. */
@Injectable()
export class NatsTestRunner implements TestRunner {
  constructor(private readonly bus: MessageBus) {}

  start(request: {
    sessionId: number;
    candidateId: number;
    userId: number;
    profileDate: Date;
  }): Promise<StartedCourse> {
    return this.bus.request(TestingSubjects.startCourse, {
      ...request,
      profileDate: request.profileDate.toISOString(),
    });
  }

  async end(request: { sessionId: number; candidateId: number; endedBy: number }): Promise<CourseProgress | null> {
    try {
      return await this.bus.request(TestingSubjects.endCourse, request);
    } catch (error) {
      if (error instanceof DomainError && error.code === TestingErrorCode.COURSE_NOT_FOUND) return null;
      throw error;
    }
  }

  async progressOf(sessionId: number): Promise<readonly CourseProgress[] | null> {
    try {
      return (await this.bus.request(TestingSubjects.getSessionCourses, { sessionId })).courses;
    } catch (error) {
      if (error instanceof DomainError && error.code === CommonErrorCode.SERVICE_UNAVAILABLE) return null;
      throw error;
    }
  }
}
