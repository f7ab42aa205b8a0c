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
const CERTIFIABLE: readonly CompetenceCode[] = ['1.1', '1.2', '2.1', '3.1', '4.1'];
const PROFILE_DATE = '2026-02-01T08:00:00.000Z';
const SESSION = 70;

/** Skills of levels 1 and 2 of five competences, 8 pix each; plus what the profile date must leave out. */
function knowledgeElements(): KnowledgeElementInput[] {
  const certifiable = CERTIFIABLE.flatMap((competence) =>
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
  const [below] = bank.skillsOfCompetence('2.2');
  const [later] = bank.skillsOfCompetence('5.1');
  if (below === undefined || later === undefined) throw new Error('the bank has skills in 2.2 and 5.1');
  return [
    ...certifiable,
    // 4 pix: level 0, not certifiable.
    {
      competence: '2.2',
      skill: below.name,
      status: 'validated',
      challengeId: null,
      earnedPix: 4,
      createdAt: '2026-01-06T10:00:00Z',
    },
    // After the profile date: not part of the profile the test was generated from.
    {
      competence: '5.1',
      skill: later.name,
      status: 'validated',
      challengeId: null,
      earnedPix: 8,
      createdAt: '2026-03-01T10:00:00Z',
    },
  ];
}

describe('the end of a session’s tests at finalisation, and what scoring reads (testing service)', () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;
  let bus: MessageBus;
  let database: DatabaseHandle;
  let completed: StartedCourse;
  let running: StartedCourse;
  let ended: StartedCourse;

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
        { randomInt: seededRandomInt(11) },
      ),
      nats.url,
    );
    await app.listen();
    bus = app.get(MessageBus);
    database = app.get<DatabaseHandle>(DATABASE);
    await bus.request(TestingSubjects.importProfiles, {
      profiles: [301, 302, 303].map((userId) => ({ userId, knowledgeElements: knowledgeElements() })),
    });
    const start = (candidateId: number, userId: number) =>
      bus.request(TestingSubjects.startCourse, { sessionId: SESSION, candidateId, userId, profileDate: PROFILE_DATE });
    completed = await start(11, 301);
    running = await start(12, 302);
    ended = await start(13, 303);
    for (let number = 1; number <= completed.questionCount; number += 1) await answerCurrent(completed, 301, number);
    await answerCurrent(running, 302, 1);
    await answerCurrent(running, 302, 2, 'skip');
    await bus.request(TestingSubjects.endCourse, { sessionId: SESSION, candidateId: 13, endedBy: 900 });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  async function answerCurrent(course: StartedCourse, userId: number, number: number, how?: 'skip'): Promise<void> {
    const current = await bus.request(TestingSubjects.getCurrentQuestion, { courseId: course.courseId, userId });
    const challenge = bank.challengeById(current.question?.challenge.id ?? '');
    if (challenge === undefined) throw new Error('no current question');
    await bus.request(TestingSubjects.answer, {
      courseId: course.courseId,
      userId,
      challengeId: challenge.id,
      ...(how === 'skip'
        ? { skip: true }
        : { answer: number % 3 === 0 ? wrongAnswer(challenge) : referenceAnswer(challenge) }),
    });
  }

  async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
  }

  const endedEvents = () =>
    rows<{ state: string; candidate: number }>(
      sql`select payload->>'state' as state, (payload->>'candidateId')::int as candidate from outbox_events
          where subject = ${TestingEvents.courseEnded} and (payload->>'sessionId')::int = ${SESSION} order by created_at, candidate`,
    );

  const finalize = () =>
    bus.request(TestingSubjects.finalizeCourses, {
      sessionId: SESSION,
      abortReasons: [
        { candidateId: 12, abortReason: 'technical' },
        { candidateId: 13, abortReason: 'candidate' },
      ],
    });

  describe('finalizeCourses', () => {
    let first: Awaited<ReturnType<typeof finalize>>;
    let invigilatorEnd: string | null;

    beforeAll(async () => {
      invigilatorEnd =
        (await bus.request(TestingSubjects.getSessionCourses, { sessionId: SESSION })).courses.find(
          (course) => course.candidateId === 13,
        )?.endedAt ?? null;
      first = await finalize();
    });

    it('ends every unfinished test with its abort reason and replies with every test of the session', () => {
      expect(first.courses).toEqual([
        expect.objectContaining({
          courseId: completed.courseId,
          candidateId: 11,
          state: 'completed',
          abortReason: null,
          verificationCode: completed.verificationCode,
          answeredCount: completed.questionCount,
        }),
        expect.objectContaining({
          courseId: running.courseId,
          candidateId: 12,
          userId: 302,
          state: 'ended_due_to_finalization',
          abortReason: 'technical',
          verificationCode: running.verificationCode,
          answeredCount: 2,
          questionCount: running.questionCount,
          endedAt: expect.any(String),
        }),
        expect.objectContaining({
          courseId: ended.courseId,
          state: 'ended_due_to_finalization',
          abortReason: 'candidate',
          // The invigilator's end time is kept.
          endedAt: invigilatorEnd,
        }),
      ]);
      expect(invigilatorEnd).not.toBeNull();
    });

    it('stores the abort reason, and announces the two tests it ended', async () => {
      expect(
        await rows(
          sql`select candidate_id, state, abort_reason from certification_courses where session_id = ${SESSION} order by candidate_id`,
        ),
      ).toEqual([
        { candidate_id: 11, state: 'completed', abort_reason: null },
        { candidate_id: 12, state: 'ended_due_to_finalization', abort_reason: 'technical' },
        { candidate_id: 13, state: 'ended_due_to_finalization', abort_reason: 'candidate' },
      ]);
      expect(await endedEvents()).toEqual([
        { state: 'ended_by_invigilator', candidate: 13 },
        { state: 'ended_due_to_finalization', candidate: 12 },
        { state: 'ended_due_to_finalization', candidate: 13 },
      ]);
    });

    it('changes nothing and replies the same when called again', async () => {
      const again = await finalize();

      expect(again).toEqual(first);
      expect(await endedEvents()).toHaveLength(3);
    });

    it('accepts no answer any more on a test it ended', async () => {
      const current = await bus.request(TestingSubjects.getCurrentQuestion, {
        courseId: running.courseId,
        userId: 302,
      });
      const questions = await rows<{ challenge_id: string }>(
        sql`select challenge_id from certification_challenges where course_id = ${running.courseId} and number = 3`,
      );

      expect(current.question).toBeNull();
      await expect(
        bus.request(TestingSubjects.answer, {
          courseId: running.courseId,
          userId: 302,
          challengeId: questions[0]?.challenge_id ?? '',
          skip: true,
        }),
      ).rejects.toMatchObject({ code: TestingErrorCode.COURSE_ENDED, message: expect.stringContaining('finalisée') });
    });

    it('refuses an unknown abort reason as an invalid message', async () => {
      await expect(
        bus.request(TestingSubjects.finalizeCourses, {
          sessionId: SESSION,
          abortReasons: [{ candidateId: 12, abortReason: 'fatigue' as 'candidate' }],
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it('replies with no test for a session without any', async () => {
      await expect(bus.request(TestingSubjects.finalizeCourses, { sessionId: 71, abortReasons: [] })).resolves.toEqual({
        courses: [],
      });
    });
  });

  describe('getCourseForScoring', () => {
    it('gives the certifiable competences of the profile at its date, the questions with type and flags, the answers', async () => {
      const scoring = await bus.request(TestingSubjects.getCourseForScoring, { courseId: running.courseId });
      const stored = await rows<{ number: number; challenge_id: string; competence: string; skill: string }>(
        sql`select number, challenge_id, competence, skill from certification_challenges where course_id = ${running.courseId} order by number`,
      );

      expect(scoring.profileDate).toBe(PROFILE_DATE);
      expect(scoring.course).toMatchObject({
        courseId: running.courseId,
        candidateId: 12,
        userId: 302,
        verificationCode: running.verificationCode,
        state: 'ended_due_to_finalization',
        abortReason: 'technical',
      });
      expect(scoring.competences).toEqual(
        CERTIFIABLE.map((code) => {
          const skills = bank.skillsOfCompetence(code).filter((skill) => skill.level <= 2).length;
          return { code, estimatedLevel: skills, pixScore: 8 * skills };
        }),
      );
      expect(scoring.challenges).toEqual(
        stored.map((question) => {
          const challenge = bank.challengeById(question.challenge_id);
          return {
            number: question.number,
            challengeId: question.challenge_id,
            competence: question.competence,
            skill: question.skill,
            type: challenge?.type,
            flags: challenge?.flags,
          };
        }),
      );
      expect(scoring.answers).toEqual([
        {
          questionNumber: 1,
          challengeId: stored[0]?.challenge_id,
          status: expect.stringMatching(/^(ok|ko|partially)$/),
          answeredAt: expect.any(String),
        },
        { questionNumber: 2, challengeId: stored[1]?.challenge_id, status: 'aband', answeredAt: expect.any(String) },
      ]);
    });

    it('gives every answer of a completed test, in order', async () => {
      const scoring = await bus.request(TestingSubjects.getCourseForScoring, { courseId: completed.courseId });

      expect(scoring.course.state).toBe('completed');
      expect(scoring.answers.map((answer) => answer.questionNumber)).toEqual(
        Array.from({ length: completed.questionCount }, (_, index) => index + 1),
      );
      expect(scoring.answers.filter((answer) => answer.status === 'ok').length).toBeGreaterThan(0);
    });

    it('refuses an unknown test with COURSE_NOT_FOUND', async () => {
      await expect(bus.request(TestingSubjects.getCourseForScoring, { courseId: 999_999 })).rejects.toMatchObject({
        code: TestingErrorCode.COURSE_NOT_FOUND,
      });
    });
  });
});
