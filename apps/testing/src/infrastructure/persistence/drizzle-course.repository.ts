import { Injectable } from '@nestjs/common';
import type { CourseProgress, CourseState, FinalizedCourse } from '@pix/contracts';
import type { CandidateAnswer, CompetenceCode } from '@pix/referential';
import { asc, eq, sql } from 'drizzle-orm';
import type { AbortReason, Course, CourseQuestion, RecordedAnswer, RecordedStatus } from '../../domain/course';
import type { CourseOfSession, CourseRepository, NewCourse } from '../../domain/course.repository';
import { DrizzleTransactions } from './drizzle-transactions';
import { certificationAnswers, certificationChallenges, certificationCourses } from './schema';

type CourseRow = typeof certificationCourses.$inferSelect;

@Injectable()
export class DrizzleCourseRepository implements CourseRepository {
  constructor(private readonly transactions: DrizzleTransactions) {}

  async findByCandidate(candidateId: number): Promise<Course | null> {
    const [row] = await this.transactions
      .current()
      .select()
      .from(certificationCourses)
      .where(eq(certificationCourses.candidateId, candidateId));
    return row === undefined ? null : this.withQuestionsAndAnswers(row);
  }

  async findById(courseId: number, options: { lock?: boolean } = {}): Promise<Course | null> {
    const query = this.transactions
      .current()
      .select()
      .from(certificationCourses)
      .where(eq(certificationCourses.id, courseId));
    const [row] = options.lock === true ? await query.for('update') : await query;
    return row === undefined ? null : this.withQuestionsAndAnswers(row);
  }

  async create(course: NewCourse): Promise<Course | null> {
    const db = this.transactions.current();
    const [row] = await db
      .insert(certificationCourses)
      .values({
        sessionId: course.sessionId,
        candidateId: course.candidateId,
        userId: course.userId,
        state: 'started',
        verificationCode: course.verificationCode,
        profileDate: course.profileDate,
        startedAt: course.startedAt,
      })
      .onConflictDoNothing({ target: certificationCourses.candidateId })
      .returning();
    if (row === undefined) return null;
    await db
      .insert(certificationChallenges)
      .values(course.challenges.map((challenge, index) => ({ courseId: row.id, number: index + 1, ...challenge })));
    return this.withQuestionsAndAnswers(row);
  }

  async isVerificationCodeTaken(code: string): Promise<boolean> {
    const rows = await this.transactions
      .current()
      .select({ id: certificationCourses.id })
      .from(certificationCourses)
      .where(eq(certificationCourses.verificationCode, code));
    return rows.length > 0;
  }

  async addAnswer(courseId: number, answer: RecordedAnswer): Promise<void> {
    await this.transactions
      .current()
      .insert(certificationAnswers)
      .values({ courseId, ...answer, value: answer.value as object });
  }

  async markEnded(
    courseId: number,
    state: 'completed' | 'ended_by_invigilator',
    at: Date,
    endedBy: number | null,
  ): Promise<void> {
    await this.transactions
      .current()
      .update(certificationCourses)
      .set({ state, endedAt: at, endedBy })
      .where(eq(certificationCourses.id, courseId));
  }

  async progressOfSession(sessionId: number): Promise<readonly CourseProgress[]> {
    return (await this.coursesOfSession(sessionId)).map(({ course, questionCount, answeredCount }) =>
      toProgress(course, questionCount, answeredCount),
    );
  }

  async lockSession(sessionId: number): Promise<readonly CourseOfSession[]> {
    return this.transactions
      .current()
      .select({
        id: certificationCourses.id,
        candidateId: certificationCourses.candidateId,
        state: certificationCourses.state,
        abortReason: certificationCourses.abortReason,
      })
      .from(certificationCourses)
      .where(eq(certificationCourses.sessionId, sessionId))
      .orderBy(asc(certificationCourses.candidateId))
      .for('update');
  }

  async markEndedDueToFinalization(courseId: number, abortReason: AbortReason | null, at: Date): Promise<void> {
    await this.transactions
      .current()
      .update(certificationCourses)
      .set({
        state: 'ended_due_to_finalization',
        abortReason,
        endedAt: sql`coalesce(${certificationCourses.endedAt}, ${at.toISOString()}::timestamptz)`,
      })
      .where(eq(certificationCourses.id, courseId));
  }

  async finalizedOfSession(sessionId: number): Promise<readonly FinalizedCourse[]> {
    return (await this.coursesOfSession(sessionId)).map(({ course, questionCount, answeredCount }) => ({
      ...toProgress(course, questionCount, answeredCount),
      verificationCode: course.verificationCode,
      abortReason: course.abortReason,
    }));
  }

  private async coursesOfSession(sessionId: number) {
    return this.transactions
      .current()
      .select({
        course: certificationCourses,
        questionCount: sql<number>`(select count(*)::int from ${certificationChallenges} where ${certificationChallenges.courseId} = ${certificationCourses.id})`,
        answeredCount: sql<number>`(select count(*)::int from ${certificationAnswers} where ${certificationAnswers.courseId} = ${certificationCourses.id})`,
      })
      .from(certificationCourses)
      .where(eq(certificationCourses.sessionId, sessionId))
      .orderBy(asc(certificationCourses.candidateId));
  }

  private async withQuestionsAndAnswers(row: CourseRow): Promise<Course> {
    const db = this.transactions.current();
    const [questions, answers] = await Promise.all([
      db
        .select()
        .from(certificationChallenges)
        .where(eq(certificationChallenges.courseId, row.id))
        .orderBy(asc(certificationChallenges.number)),
      db
        .select()
        .from(certificationAnswers)
        .where(eq(certificationAnswers.courseId, row.id))
        .orderBy(asc(certificationAnswers.questionNumber)),
    ]);
    return {
      id: row.id,
      sessionId: row.sessionId,
      candidateId: row.candidateId,
      userId: row.userId,
      state: row.state as CourseState,
      verificationCode: row.verificationCode,
      profileDate: row.profileDate,
      abortReason: row.abortReason,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      questions: questions.map((question): CourseQuestion => ({
        number: question.number,
        challengeId: question.challengeId,
        competence: question.competence as CompetenceCode,
        skill: question.skill,
        tube: question.tube,
        level: question.level,
      })),
      answers: answers.map((answer): RecordedAnswer => ({
        questionNumber: answer.questionNumber,
        challengeId: answer.challengeId,
        value: answer.value as CandidateAnswer,
        status: answer.status as RecordedStatus,
        focusedOut: answer.focusedOut,
        timedOut: answer.timedOut,
        answeredAt: answer.answeredAt,
      })),
    };
  }
}

function toProgress(course: CourseRow, questionCount: number, answeredCount: number): CourseProgress {
  return {
    courseId: course.id,
    sessionId: course.sessionId,
    candidateId: course.candidateId,
    userId: course.userId,
    state: course.state as CourseState,
    answeredCount,
    questionCount,
    startedAt: course.startedAt.toISOString(),
    endedAt: course.endedAt?.toISOString() ?? null,
  };
}
