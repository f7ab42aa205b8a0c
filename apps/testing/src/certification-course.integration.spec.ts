import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import {
  type KnowledgeElementInput,
  type StartedCourse,
  TestingErrorCode,
  TestingEvents,
  TestingSubjects,
} from '@pix/contracts';
import { seededRandomInt } from '@pix/kernel';
import {
  createServiceApp,
  DATABASE,
  type DatabaseHandle,
  loadConfig,
  MessageBus,
  serviceConfigSchema,
} from '@pix/platform';
import { type CompetenceCode, loadChallengeBank, referenceAnswer, wrongAnswer } from '@pix/referential';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { sql } from 'drizzle-orm';
import { TestingModule } from './testing.module';

const bank = loadChallengeBank();
const COMPETENCES: readonly CompetenceCode[] = ['1.1', '1.2', '2.1', '3.1', '4.1'];

/** Every skill of levels 1 and 2 of five competences, 8 pix each: certifiable, 3 questions per competence. */
function profileOf(): KnowledgeElementInput[] {
  return COMPETENCES.flatMap((competence) =>
    bank
      .skillsOfCompetence(competence)
      .filter((skill) => skill.level <= 2)
      .map((skill) => ({
        competence,
        skill: skill.name,
        status: 'validated' as const,
        challengeId: null,
        earnedPix: 8,
        createdAt: '2026-01-05T10:00:00Z',
      })),
  );
}

async function expectRefusal(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe('certification tests (testing service) on a real nats-server and database', () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;
  let bus: MessageBus;
  let database: DatabaseHandle;

  beforeAll(async () => {
    nats = await startNatsServer();
    const config = loadConfig(serviceConfigSchema, { NATS_URL: nats.url, LOG_LEVEL: 'silent' });
    app = await createServiceApp(
      'testing',
      TestingModule.forRoot(
        {
          migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
          config,
          inMemoryDatabase: true,
        },
        { randomInt: seededRandomInt(7) },
      ),
      nats.url,
    );
    await app.listen();
    bus = app.get(MessageBus);
    database = app.get<DatabaseHandle>(DATABASE);
    await bus.request(TestingSubjects.importProfiles, {
      profiles: [201, 202, 203].map((userId) => ({ userId, knowledgeElements: profileOf() })),
    });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    const result = await database.db.execute(query);
    return (result as unknown as { rows: T[] }).rows;
  }

  function start(candidateId: number, userId: number, sessionId = 50): Promise<StartedCourse> {
    return bus.request(TestingSubjects.startCourse, {
      sessionId,
      candidateId,
      userId,
      profileDate: '2026-02-01T08:00:00Z',
    });
  }

  async function currentChallenge(courseId: number, userId: number) {
    const current = await bus.request(TestingSubjects.getCurrentQuestion, { courseId, userId });
    const id = current.question?.challenge.id;
    const challenge = id === undefined ? undefined : bank.challengeById(id);
    if (current.question === null || challenge === undefined) throw new Error('no current question');
    return { number: current.question.number, challenge, view: current.question.challenge };
  }

  describe('a whole test', () => {
    let course: StartedCourse;

    beforeAll(async () => {
      course = await start(1, 201);
    });

    it('generates 15 questions (3 for each of the 5 competences) with a verification code, once', async () => {
      const again = await start(1, 201);
      const questions = await rows<{ competence: string; number: number }>(
        sql`select competence, number from certification_challenges where course_id = ${course.courseId} order by number`,
      );

      expect(course).toMatchObject({ state: 'started', answeredCount: 0, questionCount: 15, created: true });
      expect(course.verificationCode).toMatch(/^P-[2346789BCDFGHJKMPQRTVWXY]{8}$/);
      expect(new Set(course.verificationCode.slice(2)).size).toBe(8);
      expect(again).toEqual({ ...course, created: false });
      expect(questions.map((question) => question.competence)).toEqual(
        COMPETENCES.flatMap((code) => [code, code, code]),
      );
    });

    it('shows the first question without its solution', async () => {
      const { number, view, challenge } = await currentChallenge(course.courseId, 201);

      expect(number).toBe(1);
      expect(challenge.competence).toBe('1.1');
      expect(JSON.stringify(view)).not.toMatch(/solution|tolerance|expectedCount|skill/);
    });

    it('stores an answer once, whatever the retries and parallel tabs, and refuses to change it', async () => {
      const { challenge } = await currentChallenge(course.courseId, 201);
      const answer = {
        courseId: course.courseId,
        userId: 201,
        challengeId: challenge.id,
        answer: referenceAnswer(challenge),
      };

      const receipts = await Promise.all([1, 2, 3, 4, 5].map(() => bus.request(TestingSubjects.answer, answer)));
      const stored = await rows<{ status: string }>(
        sql`select status from certification_answers where course_id = ${course.courseId}`,
      );

      expect(receipts.map((receipt) => receipt.questionNumber)).toEqual([1, 1, 1, 1, 1]);
      expect(receipts.filter((receipt) => !receipt.alreadyRecorded)).toHaveLength(1);
      expect(receipts.every((receipt) => receipt.course.answeredCount === 1)).toBe(true);
      expect(stored).toEqual([{ status: 'ok' }]);
      await expectRefusal(
        bus.request(TestingSubjects.answer, { ...answer, answer: wrongAnswer(challenge) }),
        TestingErrorCode.ANSWER_ALREADY_RECORDED,
      );
    });

    it('refuses an answer to a later question, to a question of no test of theirs, and to a badly shaped answer', async () => {
      const questions = await rows<{ challenge_id: string }>(
        sql`select challenge_id from certification_challenges where course_id = ${course.courseId} order by number`,
      );
      const { challenge } = await currentChallenge(course.courseId, 201);
      const foreign = bank.challenges.find((one) => !questions.some((question) => question.challenge_id === one.id));

      await expectRefusal(
        bus.request(TestingSubjects.answer, {
          courseId: course.courseId,
          userId: 201,
          challengeId: questions[4]?.challenge_id ?? '',
          skip: true,
        }),
        TestingErrorCode.CHALLENGE_NOT_CURRENT,
      );
      await expectRefusal(
        bus.request(TestingSubjects.answer, {
          courseId: course.courseId,
          userId: 201,
          challengeId: foreign?.id ?? '',
          skip: true,
        }),
        TestingErrorCode.CHALLENGE_NOT_IN_COURSE,
      );
      await expectRefusal(
        bus.request(TestingSubjects.answer, { courseId: course.courseId, userId: 201, challengeId: challenge.id }),
        TestingErrorCode.ANSWER_INVALID,
      );
      await expectRefusal(
        bus.request(TestingSubjects.answer, {
          courseId: course.courseId,
          userId: 201,
          challengeId: challenge.id,
          answer: challenge.type === 'QCU' || challenge.type === 'QCM' ? 99 : { nope: 'x' },
        }),
        TestingErrorCode.ANSWER_INVALID,
      );
      // Another user cannot even see that the test exists.
      await expectRefusal(
        bus.request(TestingSubjects.getCurrentQuestion, { courseId: course.courseId, userId: 202 }),
        TestingErrorCode.COURSE_NOT_FOUND,
      );
      await expectRefusal(
        bus.request(TestingSubjects.answer, {
          courseId: course.courseId,
          userId: 202,
          challengeId: challenge.id,
          skip: true,
        }),
        TestingErrorCode.COURSE_NOT_FOUND,
      );
      const stored = await rows<{ count: number }>(
        sql`select count(*)::int as count from certification_answers where course_id = ${course.courseId}`,
      );
      expect(stored).toEqual([{ count: 1 }]);
    });

    it('skips with #ABAND#, answers the rest, completes the test at the last answer and then accepts nothing', async () => {
      const second = await currentChallenge(course.courseId, 201);
      await bus.request(TestingSubjects.answer, {
        courseId: course.courseId,
        userId: 201,
        challengeId: second.challenge.id,
        skip: true,
      });
      let last = second;
      for (let number = 3; number <= 15; number += 1) {
        last = await currentChallenge(course.courseId, 201);
        expect(last.number).toBe(number);
        const receipt = await bus.request(TestingSubjects.answer, {
          courseId: course.courseId,
          userId: 201,
          challengeId: last.challenge.id,
          answer: number % 2 === 0 ? wrongAnswer(last.challenge) : referenceAnswer(last.challenge),
        });
        expect(receipt.course.state).toBe(number === 15 ? 'completed' : 'started');
      }

      const after = await bus.request(TestingSubjects.getCurrentQuestion, { courseId: course.courseId, userId: 201 });
      const stored = await rows<{ question_number: number; status: string; value: unknown }>(
        sql`select question_number, status, value from certification_answers where course_id = ${course.courseId} order by question_number`,
      );

      expect(after.question).toBeNull();
      expect(after.course).toMatchObject({ state: 'completed', answeredCount: 15, questionCount: 15 });
      expect(after.course.endedAt).not.toBeNull();
      expect(stored).toHaveLength(15);
      expect(stored[1]).toEqual({ question_number: 2, status: 'aband', value: '#ABAND#' });
      expect(stored.filter((answer) => answer.status === 'ok').length).toBeGreaterThanOrEqual(7);
      // The last answer sent again is the same receipt; anything else is refused.
      const replay = await bus.request(TestingSubjects.answer, {
        courseId: course.courseId,
        userId: 201,
        challengeId: last.challenge.id,
        answer: referenceAnswer(last.challenge),
      });
      expect(replay).toMatchObject({ alreadyRecorded: true, questionNumber: 15 });
    });

    it('announces the start, each answer and the completion in the outbox, with the session and the candidate', async () => {
      const events = await rows<{
        subject: string;
        payload: { sessionId: number; candidateId: number; answeredCount: number };
      }>(
        sql`select subject, payload from outbox_events where payload->>'courseId' = ${String(course.courseId)} order by created_at`,
      );

      expect(events.map((event) => event.subject)).toEqual([
        TestingEvents.courseStarted,
        ...Array.from({ length: 15 }, () => TestingEvents.answerRecorded),
        TestingEvents.courseCompleted,
      ]);
      expect(events.every((event) => event.payload.sessionId === 50 && event.payload.candidateId === 1)).toBe(true);
      expect(events[15]?.payload.answeredCount).toBe(15);
    });
  });

  it('the invigilator ends a test: no answer is accepted after, ending again changes nothing', async () => {
    const course = await start(2, 202);
    const { challenge } = await currentChallenge(course.courseId, 202);

    const ended = await bus.request(TestingSubjects.endCourse, { sessionId: 50, candidateId: 2, endedBy: 900 });
    const again = await bus.request(TestingSubjects.endCourse, { sessionId: 50, candidateId: 2, endedBy: 901 });

    expect(ended).toMatchObject({ state: 'ended_by_invigilator', answeredCount: 0, candidateId: 2 });
    expect(again).toEqual(ended);
    await expectRefusal(
      bus.request(TestingSubjects.answer, {
        courseId: course.courseId,
        userId: 202,
        challengeId: challenge.id,
        skip: true,
      }),
      TestingErrorCode.COURSE_ENDED,
    );
    await expectRefusal(
      bus.request(TestingSubjects.endCourse, { sessionId: 51, candidateId: 2, endedBy: 900 }),
      TestingErrorCode.COURSE_NOT_FOUND,
    );
  });

  it('gives the progress of every test of a session', async () => {
    await start(3, 203, 60);
    const session50 = await bus.request(TestingSubjects.getSessionCourses, { sessionId: 50 });
    const session60 = await bus.request(TestingSubjects.getSessionCourses, { sessionId: 60 });

    expect(
      session50.courses.map(({ candidateId, state, answeredCount }) => ({ candidateId, state, answeredCount })),
    ).toEqual([
      { candidateId: 1, state: 'completed', answeredCount: 15 },
      { candidateId: 2, state: 'ended_by_invigilator', answeredCount: 0 },
    ]);
    expect(session60.courses).toMatchObject([
      { candidateId: 3, state: 'started', answeredCount: 0, questionCount: 15 },
    ]);
  });

  it('two first starts at once create one test', async () => {
    await bus.request(TestingSubjects.importProfiles, { profiles: [{ userId: 204, knowledgeElements: profileOf() }] });

    const [left, right] = await Promise.all([start(4, 204), start(4, 204)]);
    const courses = await rows<{ count: number }>(
      sql`select count(*)::int as count from certification_courses where candidate_id = 4`,
    );

    expect(left.courseId).toBe(right.courseId);
    expect([left.created, right.created].sort()).toEqual([false, true]);
    expect(courses).toEqual([{ count: 1 }]);
  });

  it('refuses to generate a test for a profile that is not certifiable', async () => {
    await expectRefusal(start(5, 299), TestingErrorCode.COURSE_CANNOT_BE_GENERATED);
  });
});
