import { Inject, Injectable } from '@nestjs/common';
import { type FinalizeCoursesRequest, type FinalizedCourse, TestingEvents } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { finalizationChange } from '../domain/course';
import { COURSE_REPOSITORY, type CourseRepository } from '../domain/course.repository';
import { EVENT_OUTBOX, type EventOutbox } from './event-outbox';
import { CLOCK } from './tokens';
import { TRANSACTIONS, type Transactions } from './transactions';

/**
 * After the session's finalisation (rules §8), in one transaction: every test of the session that is not completed
 * ends `ended_due_to_finalization` with the abort reason the centre gave, and is announced as ended. Calling it again
 * changes nothing. Replies with every test of the session, completed ones included.
 */
@Injectable()
export class FinalizeCourses {
  constructor(
    @Inject(COURSE_REPOSITORY) private readonly courses: CourseRepository,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: FinalizeCoursesRequest): Promise<{ courses: readonly FinalizedCourse[] }> {
    const reasons = new Map(request.abortReasons.map((entry) => [entry.candidateId, entry.abortReason]));
    return this.transactions.run(async () => {
      const now = this.clock.now();
      const ended: number[] = [];
      for (const course of await this.courses.lockSession(request.sessionId)) {
        const change = finalizationChange(course, reasons.get(course.candidateId) ?? null);
        if (change === null) continue;
        await this.courses.markEndedDueToFinalization(course.id, change.abortReason, now);
        if (course.state !== 'ended_due_to_finalization') ended.push(course.id);
      }
      const courses = await this.courses.finalizedOfSession(request.sessionId);
      for (const course of courses.filter((one) => ended.includes(one.courseId))) {
        const { verificationCode: _code, abortReason: _reason, ...progress } = course;
        await this.outbox.enqueue(TestingEvents.courseEnded, progress);
      }
      return { courses };
    });
  }
}
