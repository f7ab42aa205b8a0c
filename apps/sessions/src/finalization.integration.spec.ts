import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import {
  type CourseProgress,
  type CourseState,
  type FinalizeSessionRequest,
  type SessionFinalized,
  SessionsEvents,
  SessionsSubjects,
  type SessionView,
  TestingSubjects,
} from '@pix/contracts';
import {
  createServiceApp,
  DATABASE,
  type DatabaseHandle,
  loadConfig,
  MessageBus,
  serviceConfigSchema,
} from '@pix/platform';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { sql } from 'drizzle-orm';
import { connect, type NatsConnection } from 'nats';
import { SESSION_REPOSITORY, type SessionRepository } from './domain/session.repository';
import { SessionsModule } from './sessions.module';

/** Finalisation (rules §8) and what it freezes (rules §2.4), with testing answering as a NATS responder. */
describe('session finalisation (sessions service) on a real nats-server and database', () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;
  let bus: MessageBus;
  let database: DatabaseHandle;
  // The testing service, as a responder speaking Nest's reply format: the tests of each session by candidate.
  const courses = new Map<number, CourseProgress>();
  let testing: NatsConnection | undefined;

  async function startTesting(): Promise<void> {
    testing = await connect({ servers: nats.url });
    const subscription = testing.subscribe(TestingSubjects.getSessionCourses, { queue: 'testing' });
    void (async () => {
      for await (const message of subscription) {
        const { id, data } = message.json<{ id: string; data: { sessionId: number } }>();
        const response = { courses: [...courses.values()].filter((course) => course.sessionId === data.sessionId) };
        message.respond(JSON.stringify({ id, response, isDisposed: true }));
      }
    })();
    await testing.flush();
  }

  beforeAll(async () => {
    nats = await startNatsServer();
    const config = loadConfig(serviceConfigSchema, { NATS_URL: nats.url, LOG_LEVEL: 'silent' });
    app = await createServiceApp(
      'sessions',
      SessionsModule.forRoot({
        migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
        config,
        inMemoryDatabase: true,
      }),
      nats.url,
    );
    await app.listen();
    bus = app.get(MessageBus);
    database = app.get<DatabaseHandle>(DATABASE);
    await startTesting();
  }, 60_000);

  afterAll(async () => {
    await testing?.close();
    await app?.close();
    await nats?.stop();
  });

  async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
  }

  let nextCentre = 500;
  let nextPupil = 1;

  interface ExamSession {
    readonly view: SessionView;
    readonly centreId: number;
    /** Candidate ids by first name. */
    readonly ids: Record<string, number>;
  }

  /**
   * A SCO session with these pupils; the ones given a course state have joined (account 7000 + id) and started an hour
   * ago, and testing knows their test in that state.
   */
  async function examSession(pupils: Record<string, CourseState | 'not_started'>): Promise<ExamSession> {
    const centreId = (nextCentre += 1);
    const view = await bus.request(SessionsSubjects.createSession, {
      certificationCenterId: centreId,
      certificationCenterName: 'Collège Victor Hugo',
      certificationCenterType: 'SCO',
      createdBy: 5,
      address: 'Bâtiment A',
      room: 'Salle 2',
      date: '2099-03-16',
      time: '08:30',
      examiner: 'Mme Martin',
    });
    await bus.request(SessionsSubjects.enrolPupils, {
      sessionId: view.id,
      certificationCenterId: centreId,
      pupils: Object.keys(pupils).map((firstName) => ({
        pupilId: (nextPupil += 1),
        firstName,
        lastName: 'Latour',
        sex: 'F' as const,
        birthdate: '2011-05-20',
        division: '3E1',
        birthCountry: 'FRANCE',
        birthINSEECode: '33063',
        birthCity: 'Bordeaux',
        userId: null,
      })),
    });
    const { candidates } = await bus.request(SessionsSubjects.listCandidates, {
      sessionId: view.id,
      certificationCenterId: centreId,
    });
    const ids = Object.fromEntries(candidates.map((candidate) => [candidate.firstName, candidate.id]));
    for (const [firstName, state] of Object.entries(pupils)) {
      const candidateId = ids[firstName] ?? 0;
      if (state === 'not_started') continue;
      await database.db.execute(
        sql`update candidates set user_id = ${7000 + candidateId}, reconciled_at = now() - interval '2 hours',
            started_at = now() - interval '1 hour' where id = ${candidateId}`,
      );
      courses.set(candidateId, {
        courseId: 90_000 + candidateId,
        sessionId: view.id,
        candidateId,
        userId: 7000 + candidateId,
        state,
        answeredCount: state === 'completed' ? 32 : 12,
        questionCount: 32,
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        endedAt: state === 'started' ? null : new Date().toISOString(),
      });
    }
    return { view, centreId, ids };
  }

  /** Reports as a caller may send them: a wrong abort reason reaches the service (its check 4 refuses it). */
  type SentReport = Omit<FinalizeSessionRequest['reports'][number], 'abortReason'> & { abortReason?: string | null };

  function finalize(
    exam: ExamSession,
    reports: readonly SentReport[],
    overrides: Partial<FinalizeSessionRequest> = {},
  ): Promise<SessionView> {
    return bus.request(SessionsSubjects.finalizeSession, {
      sessionId: exam.view.id,
      certificationCenterId: exam.centreId,
      finalizedBy: 5,
      hasIncident: false,
      hasJoiningIssue: false,
      reports: reports as FinalizeSessionRequest['reports'],
      ...overrides,
    });
  }

  async function finalizedEvents(sessionId: number): Promise<SessionFinalized[]> {
    return (
      await rows<{ payload: SessionFinalized }>(
        sql`select payload from outbox_events where subject = ${SessionsEvents.sessionFinalized}
            and (payload->>'sessionId')::int = ${sessionId} order by created_at`,
      )
    ).map((row) => row.payload);
  }

  async function storedState(sessionId: number) {
    const [session] = await rows<{ finalized_at: string | null; finalization: number }>(
      sql`select finalized_at, finalization from sessions where id = ${sessionId}`,
    );
    const reports = await rows<{ candidate_id: number }>(
      sql`select candidate_id from certification_reports where session_id = ${sessionId}`,
    );
    return { session, reports: reports.length, events: (await finalizedEvents(sessionId)).length };
  }

  const NOTHING_STORED = { session: { finalized_at: null, finalization: 0 }, reports: 0, events: 0 };

  it('finalises: stores the reports and the session’s answers, freezes the session and announces it with every started candidate', async () => {
    const exam = await examSession({ Léa: 'completed', Noé: 'ended_by_invigilator', Inès: 'not_started' });
    const lea = exam.ids['Léa'] ?? 0;
    const noe = exam.ids['Noé'] ?? 0;

    const view = await finalize(
      exam,
      [
        { candidateId: noe, abortReason: 'technical', examinerComment: ' Coupure réseau à 9 h 40. ' },
        { candidateId: lea, examinerComment: '   ' },
      ],
      { examinerGlobalComment: '  ', hasIncident: true },
    );

    expect(view).toMatchObject({ id: exam.view.id, status: 'finalized', finalizedAt: expect.any(String) });
    expect(
      await rows(
        sql`select candidate_id, examiner_comment, abort_reason from certification_reports
            where session_id = ${exam.view.id} order by candidate_id`,
      ),
    ).toEqual(
      [
        { candidate_id: lea, examiner_comment: null, abort_reason: null },
        { candidate_id: noe, examiner_comment: 'Coupure réseau à 9 h 40.', abort_reason: 'technical' },
      ].sort((left, right) => left.candidate_id - right.candidate_id),
    );
    const [event, ...others] = await finalizedEvents(exam.view.id);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      sessionId: exam.view.id,
      finalization: 1,
      certificationCenterId: exam.centreId,
      certificationCenterName: 'Collège Victor Hugo',
      certificationCenterType: 'SCO',
      address: 'Bâtiment A',
      room: 'Salle 2',
      date: '2099-03-16',
      time: '08:30',
      examiner: 'Mme Martin',
      finalizedAt: view.finalizedAt,
      finalizedBy: 5,
      examinerGlobalComment: null,
      hasIncident: true,
      hasJoiningIssue: false,
    });
    expect(event?.candidates).toEqual([
      {
        candidateId: lea,
        userId: 7000 + lea,
        firstName: 'Léa',
        lastName: 'Latour',
        sex: 'F',
        birthdate: '2011-05-20',
        birthCity: 'Bordeaux',
        birthCountry: 'FRANCE',
        birthINSEECode: '33063',
        birthPostalCode: null,
        externalId: null,
        division: '3E1',
        resultRecipientEmail: null,
        examinerComment: null,
        abortReason: null,
        startedAt: expect.any(String),
      },
      expect.objectContaining({
        candidateId: noe,
        userId: 7000 + noe,
        examinerComment: 'Coupure réseau à 9 h 40.',
        abortReason: 'technical',
      }),
    ]);
  });

  describe('checks, in the order of rules §8, storing nothing on a refusal', () => {
    it('1. refuses a session already finalised', async () => {
      const exam = await examSession({ Léa: 'completed' });
      await finalize(exam, [{ candidateId: exam.ids['Léa'] ?? 0 }]);

      await expect(finalize(exam, [{ candidateId: exam.ids['Léa'] ?? 0 }])).rejects.toMatchObject({
        code: 'SESSION_ALREADY_FINALIZED',
      });
      expect(await finalizedEvents(exam.view.id)).toHaveLength(1);
    });

    it('2. refuses a session where nobody started, before asking anything about reports', async () => {
      const exam = await examSession({ Léa: 'not_started' });

      await expect(finalize(exam, [{ candidateId: 999_999, abortReason: 'nonsense' }])).rejects.toMatchObject({
        code: 'SESSION_WITHOUT_STARTED_CERTIFICATION',
        message: expect.stringContaining('Supprimez-la'),
      });
      expect(await storedState(exam.view.id)).toEqual(NOTHING_STORED);
    });

    it('3. refuses an unfinished test without abort reason, naming the candidate', async () => {
      const exam = await examSession({ Léa: 'completed', Noé: 'started' });

      await expect(
        finalize(exam, [{ candidateId: exam.ids['Léa'] ?? 0 }, { candidateId: exam.ids['Noé'] ?? 0 }]),
      ).rejects.toMatchObject({
        code: 'ABORT_REASON_MISSING',
        details: { candidates: [{ candidateId: exam.ids['Noé'], firstName: 'Noé', lastName: 'Latour' }] },
      });
      expect(await storedState(exam.view.id)).toEqual(NOTHING_STORED);
    });

    it('3. refuses a reason on a test completed since the form was loaded, asking to refresh the page', async () => {
      const exam = await examSession({ Léa: 'completed' });

      await expect(
        finalize(exam, [{ candidateId: exam.ids['Léa'] ?? 0, abortReason: 'candidate' }]),
      ).rejects.toMatchObject({
        code: 'ABORT_REASON_ON_COMPLETED_TEST',
        message: expect.stringContaining('Rafraîchissez la page'),
      });
      expect(await storedState(exam.view.id)).toEqual(NOTHING_STORED);
    });

    it('4. refuses invalid reports with every problem in French', async () => {
      const exam = await examSession({ Léa: 'completed', Noé: 'started', Inès: 'not_started' });

      await expect(
        finalize(exam, [
          { candidateId: exam.ids['Léa'] ?? 0, examinerComment: 'x'.repeat(501) },
          { candidateId: exam.ids['Noé'] ?? 0, abortReason: 'fatigue' },
          { candidateId: exam.ids['Inès'] ?? 0 },
        ]),
      ).rejects.toMatchObject({
        code: 'FINALIZATION_INVALID',
        details: {
          problems: [
            { field: 'reports[0].examinerComment', message: expect.stringContaining('500 caractères') },
            { field: 'reports[1].abortReason', message: expect.stringContaining('Problème technique') },
            { field: 'reports[2].candidateId', message: expect.stringContaining('n’a pas commencé') },
          ],
        },
      });
      expect(await storedState(exam.view.id)).toEqual(NOTHING_STORED);
    });

    it('answers SERVICE_UNAVAILABLE when testing does not answer, and stores nothing', async () => {
      const exam = await examSession({ Léa: 'completed' });
      await testing?.close();

      try {
        await expect(finalize(exam, [{ candidateId: exam.ids['Léa'] ?? 0 }])).rejects.toMatchObject({
          code: 'SERVICE_UNAVAILABLE',
        });
        await expect(
          bus.request(SessionsSubjects.getFinalizationForm, {
            sessionId: exam.view.id,
            certificationCenterId: exam.centreId,
          }),
        ).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      } finally {
        await startTesting();
      }
      expect(await storedState(exam.view.id)).toEqual(NOTHING_STORED);
    });

    it('hides another centre’s session as not found', async () => {
      const exam = await examSession({ Léa: 'completed' });

      await expect(
        finalize({ ...exam, centreId: exam.centreId + 1000 }, [{ candidateId: exam.ids['Léa'] ?? 0 }]),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
    });
  });

  it('of two finalisations at once, exactly one succeeds and one event is recorded', async () => {
    const exam = await examSession({ Léa: 'completed', Noé: 'started' });
    const reports = [
      { candidateId: exam.ids['Léa'] ?? 0 },
      { candidateId: exam.ids['Noé'] ?? 0, abortReason: 'candidate' as const },
    ];

    const outcomes = await Promise.allSettled([finalize(exam, reports), finalize(exam, reports)]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refusal?.status === 'rejected' && refusal.reason).toMatchObject({ code: 'SESSION_ALREADY_FINALIZED' });
    expect(await storedState(exam.view.id)).toMatchObject({ session: { finalization: 1 }, reports: 2, events: 1 });
  });

  it('stores nothing for a finalisation decided on a stale read, once another one committed', async () => {
    const exam = await examSession({ Léa: 'completed' });
    const repository = app.get<SessionRepository>(SESSION_REPOSITORY);
    const read = await repository.findById(exam.view.id);
    if (read === null) throw new Error('session not stored');
    const answers = { finalizedBy: 5, examinerGlobalComment: null, hasIncident: false, hasJoiningIssue: false };
    const event = (finalizedBy: number) => ({
      subject: SessionsEvents.sessionFinalized,
      payload: { sessionId: exam.view.id, finalizedBy } as SessionFinalized,
    });
    const report = { candidateId: exam.ids['Léa'] ?? 0, examinerComment: null, abortReason: null };

    const first = await repository.finalize(read.finalize(answers, new Date()), [report], event(5));
    const second = await repository.finalize(
      read.finalize({ ...answers, finalizedBy: 6 }, new Date()),
      [{ ...report, examinerComment: 'second' }],
      event(6),
    );

    expect([first, second]).toEqual([true, false]);
    expect(await finalizedEvents(exam.view.id)).toEqual([expect.objectContaining({ finalizedBy: 5 })]);
    expect(
      await rows(sql`select examiner_comment from certification_reports where session_id = ${exam.view.id}`),
    ).toEqual([{ examiner_comment: null }]);
  });

  it('gives the form: every started test with its state, progress and whether it needs a reason', async () => {
    const exam = await examSession({ Léa: 'completed', Noé: 'started', Inès: 'not_started' });

    const form = await bus.request(SessionsSubjects.getFinalizationForm, {
      sessionId: exam.view.id,
      certificationCenterId: exam.centreId,
    });

    expect(form.session).toMatchObject({ id: exam.view.id, status: 'created', candidateCount: 3 });
    expect(form.candidates).toEqual([
      {
        candidateId: exam.ids['Léa'],
        firstName: 'Léa',
        lastName: 'Latour',
        division: '3E1',
        courseState: 'completed',
        answeredCount: 32,
        questionCount: 32,
        abortReasonRequired: false,
        examinerComment: null,
        abortReason: null,
      },
      expect.objectContaining({ candidateId: exam.ids['Noé'], courseState: 'started', abortReasonRequired: true }),
    ]);
    expect(form).toMatchObject({ examinerGlobalComment: null, hasIncident: false, hasJoiningIssue: false });
  });

  it('the jury takes, publishes, unpublishes; unfinalised, the form is pre-filled and the next finalisation is the second', async () => {
    const exam = await examSession({ Léa: 'completed', Noé: 'ended_by_invigilator' });
    const ref = { sessionId: exam.view.id, certificationCenterId: exam.centreId };
    const noe = exam.ids['Noé'] ?? 0;
    await finalize(
      exam,
      [
        { candidateId: exam.ids['Léa'] ?? 0 },
        { candidateId: noe, abortReason: 'candidate', examinerComment: 'Parti à 10 h.' },
      ],
      { examinerGlobalComment: 'Alarme incendie.', hasJoiningIssue: true },
    );

    await bus.request(SessionsSubjects.setJuryStatus, {
      sessionId: exam.view.id,
      assignedCertificationOfficerId: 31,
      publishedAt: null,
    });
    expect((await bus.request(SessionsSubjects.getSession, ref)).status).toBe('in_process');
    await bus.request(SessionsSubjects.setJuryStatus, {
      sessionId: exam.view.id,
      assignedCertificationOfficerId: 31,
      publishedAt: '2099-04-01T10:00:00.000Z',
    });
    expect(await bus.request(SessionsSubjects.getSession, ref)).toMatchObject({
      status: 'processed',
      publishedAt: '2099-04-01T10:00:00.000Z',
    });
    await expect(
      bus.request(SessionsSubjects.unfinalizeSession, { sessionId: exam.view.id, unfinalizedBy: 31 }),
    ).rejects.toMatchObject({ code: 'SESSION_NOT_UNFINALIZABLE' });
    await bus.request(SessionsSubjects.setJuryStatus, {
      sessionId: exam.view.id,
      assignedCertificationOfficerId: 31,
      publishedAt: null,
    });

    await expect(
      bus.request(SessionsSubjects.unfinalizeSession, { sessionId: exam.view.id, unfinalizedBy: 31 }),
    ).resolves.toEqual({ sessionId: exam.view.id });

    expect(await bus.request(SessionsSubjects.getSession, ref)).toMatchObject({ status: 'created', finalizedAt: null });
    const form = await bus.request(SessionsSubjects.getFinalizationForm, ref);
    expect(form).toMatchObject({
      examinerGlobalComment: 'Alarme incendie.',
      hasIncident: false,
      hasJoiningIssue: true,
    });
    expect(form.candidates.find((candidate) => candidate.candidateId === noe)).toMatchObject({
      abortReason: 'candidate',
      examinerComment: 'Parti à 10 h.',
    });
    await expect(
      bus.request(SessionsSubjects.unfinalizeSession, { sessionId: exam.view.id, unfinalizedBy: 31 }),
    ).rejects.toMatchObject({ code: 'SESSION_NOT_UNFINALIZABLE' });

    await finalize(exam, [{ candidateId: exam.ids['Léa'] ?? 0 }, { candidateId: noe, abortReason: 'technical' }]);

    const events = await finalizedEvents(exam.view.id);
    expect(events.map((event) => event.finalization)).toEqual([1, 2]);
    expect(events[1]?.candidates.find((candidate) => candidate.candidateId === noe)).toMatchObject({
      abortReason: 'technical',
      examinerComment: null,
    });
    expect((await bus.request(SessionsSubjects.getSession, ref)).status).toBe('finalized');
  });

  it('refuses a jury status on a session that is not finalised, and an unknown session', async () => {
    const exam = await examSession({ Léa: 'completed' });

    await expect(
      bus.request(SessionsSubjects.setJuryStatus, {
        sessionId: exam.view.id,
        assignedCertificationOfficerId: 31,
        publishedAt: null,
      }),
    ).rejects.toMatchObject({ code: 'SESSION_NOT_EDITABLE' });
    await expect(
      bus.request(SessionsSubjects.unfinalizeSession, { sessionId: 99_999_999, unfinalizedBy: 31 }),
    ).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
  });

  describe('a finalised session is frozen (rules §2.4)', () => {
    let exam: ExamSession;
    let ref: { sessionId: number; certificationCenterId: number };

    beforeAll(async () => {
      exam = await examSession({ Léa: 'completed', Noé: 'not_started' });
      ref = { sessionId: exam.view.id, certificationCenterId: exam.centreId };
      // The invigilator signed in during the exam.
      await bus.request(SessionsSubjects.superviseSession, {
        sessionId: exam.view.id,
        password: exam.view.invigilatorPassword,
        userId: 42,
        ip: '10.8.0.1',
      });
      await finalize(exam, [{ candidateId: exam.ids['Léa'] ?? 0 }]);
    });

    it('refuses a candidate joining', async () => {
      await expect(
        bus.request(SessionsSubjects.joinSession, {
          sessionId: exam.view.id,
          userId: 8888,
          firstName: 'Noé',
          lastName: 'Latour',
          birthdate: '2011-05-20',
        }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_ACCESSIBLE' });
    });

    it('refuses a test start', async () => {
      const userId = 7000 + (exam.ids['Léa'] ?? 0);

      await expect(
        bus.request(SessionsSubjects.startTest, { sessionId: exam.view.id, userId, accessCode: exam.view.accessCode }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_ACCESSIBLE' });
    });

    it('refuses the invigilator’s sign-in, presence confirmation and end of test', async () => {
      await expect(
        bus.request(SessionsSubjects.superviseSession, {
          sessionId: exam.view.id,
          password: exam.view.invigilatorPassword,
          userId: 42,
          ip: '10.8.0.1',
        }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_ACCESSIBLE' });
      await expect(
        bus.request(SessionsSubjects.authorizeCandidate, {
          sessionId: exam.view.id,
          candidateId: exam.ids['Noé'] ?? 0,
          userId: 42,
          authorized: true,
        }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_ACCESSIBLE' });
      await expect(
        bus.request(SessionsSubjects.endCandidateTest, {
          sessionId: exam.view.id,
          candidateId: exam.ids['Léa'] ?? 0,
          userId: 42,
        }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_ACCESSIBLE' });
    });

    it('refuses adding, removing, importing and enrolling candidates', async () => {
      await expect(
        bus.request(SessionsSubjects.addCandidate, {
          ...ref,
          candidate: { firstName: 'Jean', lastName: 'Dupont', sex: 'M', birthdate: '2011-05-20' },
        }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_EDITABLE' });
      await expect(
        bus.request(SessionsSubjects.removeCandidate, { ...ref, candidateId: exam.ids['Noé'] ?? 0 }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_EDITABLE' });
      await expect(
        bus.request(SessionsSubjects.importCandidates, {
          ...ref,
          fileName: 'liste.csv',
          base64: Buffer.from('x').toString('base64'),
        }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_EDITABLE' });
      await expect(
        bus.request(SessionsSubjects.enrolPupils, {
          ...ref,
          pupils: [
            {
              pupilId: 424242,
              firstName: 'Nina',
              lastName: 'Latour',
              sex: 'F',
              birthdate: '2011-05-21',
              division: '3E1',
              birthCountry: 'FRANCE',
              birthINSEECode: '33063',
              birthCity: 'Bordeaux',
              userId: null,
            },
          ],
        }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_EDITABLE' });
      expect((await bus.request(SessionsSubjects.listCandidates, ref)).candidates).toHaveLength(2);
    });

    it('refuses editing and deleting the session', async () => {
      await expect(
        bus.request(SessionsSubjects.updateSession, {
          ...ref,
          address: 'Bâtiment B',
          room: 'CDI',
          date: '2099-04-02',
          time: '13:30',
          examiner: 'M. Durand',
        }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_EDITABLE' });
      await expect(bus.request(SessionsSubjects.deleteSession, ref)).rejects.toMatchObject({
        code: 'SESSION_NOT_EDITABLE',
      });
      expect(await bus.request(SessionsSubjects.getSession, ref)).toMatchObject({
        status: 'finalized',
        address: 'Bâtiment A',
      });
    });
  });

  it('lists a session started more than 48 h ago and not finalised as overdue (rules §2.5)', async () => {
    const late = await examSession({ Léa: 'completed' });
    const recent = await examSession({ Léa: 'completed' });
    await database.db.execute(
      sql`update candidates set started_at = now() - interval '48 hours 1 minute' where session_id = ${late.view.id}`,
    );
    await database.db.execute(
      sql`update candidates set started_at = now() - interval '47 hours 59 minutes' where session_id = ${recent.view.id}`,
    );

    const [lateView] = (await bus.request(SessionsSubjects.listSessions, { certificationCenterId: late.centreId }))
      .sessions;
    const [recentView] = (await bus.request(SessionsSubjects.listSessions, { certificationCenterId: recent.centreId }))
      .sessions;

    expect(lateView).toMatchObject({ finalizationOverdue: true, firstStartedAt: expect.any(String) });
    expect(recentView?.finalizationOverdue).toBe(false);
    await finalize(late, [{ candidateId: late.ids['Léa'] ?? 0 }]);
    const [finalized] = (await bus.request(SessionsSubjects.listSessions, { certificationCenterId: late.centreId }))
      .sessions;
    expect(finalized?.finalizationOverdue).toBe(false);
  });
});
