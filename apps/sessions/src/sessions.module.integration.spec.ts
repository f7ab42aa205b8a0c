import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import {
  type CourseProgress,
  type CreateSessionRequest,
  type SessionView,
  healthSubject,
  IdentitySubjects,
  SessionsEvents,
  SessionsSubjects,
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
import { sessionsMassImportTemplate } from '@pix/imports';
import { connect, type NatsConnection } from 'nats';
import { startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { sql } from 'drizzle-orm';
import { SessionsModule } from './sessions.module';

describe(`${SessionsModule.name} on a real nats-server and database`, () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;

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
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  it('applies its own migrations at boot', async () => {
    const database = app.get<DatabaseHandle>(DATABASE);

    const result = await database.db.execute(sql`select count(*)::int as count from outbox_events`);

    expect((result as unknown as { rows: { count: number }[] }).rows[0]?.count).toBe(0);
  });

  it('answers sessions.qry.health.v1 in the sessions queue group', async () => {
    const reply = await app.get(MessageBus).request(healthSubject('sessions'), {});

    expect(reply).toMatchObject({ service: 'sessions', database: { status: 'up', driver: 'pglite' } });
  });

  const planning: CreateSessionRequest = {
    certificationCenterId: 12,
    certificationCenterName: 'Collège Victor Hugo',
    certificationCenterType: 'SCO',
    createdBy: 5,
    address: 'Bâtiment A',
    room: 'Salle 2',
    date: '2099-03-16',
    time: '08:30',
    examiner: 'Mme Martin',
  };

  it('creates a session with a number, an access code and a C- password, then reads it back', async () => {
    const bus = app.get(MessageBus);

    const created = await bus.request(SessionsSubjects.createSession, planning);
    const read = await bus.request(SessionsSubjects.getSession, { sessionId: created.id, certificationCenterId: 12 });

    expect(created).toMatchObject({
      certificationCenterId: 12,
      date: '2099-03-16',
      time: '08:30',
      status: 'created',
      description: null,
    });
    expect(created.id).toBeGreaterThan(0);
    expect(created.accessCode).toMatch(/^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/);
    expect(created.invigilatorPassword).toMatch(/^C-[2346789BCDFGHJKMPQRTVWXY]{5}$/);
    expect(read).toEqual(created);
  });

  it('numbers sessions in sequence', async () => {
    const bus = app.get(MessageBus);

    const first = await bus.request(SessionsSubjects.createSession, planning);
    const second = await bus.request(SessionsSubjects.createSession, planning);

    expect(second.id).toBe(first.id + 1);
  });

  it('hides a session from another centre as not found', async () => {
    const bus = app.get(MessageBus);
    const created = await bus.request(SessionsSubjects.createSession, planning);

    await expect(
      bus.request(SessionsSubjects.getSession, { sessionId: created.id, certificationCenterId: 99 }),
    ).rejects.toMatchObject({
      code: 'SESSION_NOT_FOUND',
      message: 'Session introuvable.',
    });
  });

  it('refuses an invalid session with every problem listed, and stores nothing', async () => {
    const bus = app.get(MessageBus);
    const database = app.get<DatabaseHandle>(DATABASE);
    const count = async () =>
      (
        (await database.db.execute(sql`select count(*)::int as count from sessions`)) as unknown as {
          rows: { count: number }[];
        }
      ).rows[0]?.count;
    const before = await count();

    const failure = bus.request(SessionsSubjects.createSession, { ...planning, room: '', date: '2020-01-01' });

    await expect(failure).rejects.toMatchObject({
      code: 'SESSION_INVALID',
      details: {
        problems: [
          { field: 'room', message: 'Le nom de la salle est obligatoire.' },
          { field: 'date', message: 'La date de début ne peut pas être dans le passé.' },
        ],
      },
    });
    expect(await count()).toBe(before);
  });

  it('refuses a malformed message with VALIDATION_FAILED instead of crashing', async () => {
    const bus = app.get(MessageBus);

    await expect(
      bus.request(SessionsSubjects.getSession, { sessionId: 'douze', certificationCenterId: 12 } as unknown as {
        sessionId: number;
        certificationCenterId: number;
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [expect.objectContaining({ path: 'sessionId' })] },
    });
  });

  describe('planning, editing and deleting', () => {
    it('warns outside the certification window and beyond 20 candidates per invigilator', async () => {
      const bus = app.get(MessageBus);
      await bus.request(SessionsSubjects.setCertificationWindow, {
        centreType: 'SUP',
        schoolYear: '2098-2099',
        startsOn: '2099-03-01',
        endsOn: '2099-06-15',
      });

      const inside = await bus.request(SessionsSubjects.createSession, {
        ...planning,
        certificationCenterId: 30,
        certificationCenterType: 'SUP',
      });
      const outside = await bus.request(SessionsSubjects.createSession, {
        ...planning,
        certificationCenterId: 30,
        certificationCenterType: 'SUP',
        date: '2099-07-01',
      });

      expect(inside.warnings).toEqual([]);
      expect(outside.warnings).toEqual([expect.objectContaining({ code: 'OUTSIDE_CERTIFICATION_WINDOW' })]);
      expect(inside).toMatchObject({ candidateCount: 0, expectedEndTime: '10:30', deletable: true });
    });

    it('refuses a window that ends before it starts', async () => {
      await expect(
        app.get(MessageBus).request(SessionsSubjects.setCertificationWindow, {
          centreType: 'SCO',
          schoolYear: '2098-2099',
          startsOn: '2099-06-01',
          endsOn: '2099-03-01',
        }),
      ).rejects.toMatchObject({ code: 'WINDOW_INVALID' });
    });

    it('edits a session, lists the centre’s sessions only, and deletes one without started tests', async () => {
      const bus = app.get(MessageBus);
      const created = await bus.request(SessionsSubjects.createSession, { ...planning, certificationCenterId: 31 });
      await bus.request(SessionsSubjects.createSession, { ...planning, certificationCenterId: 32 });

      const edited = await bus.request(SessionsSubjects.updateSession, {
        sessionId: created.id,
        certificationCenterId: 31,
        address: 'Bâtiment B',
        room: 'CDI',
        date: '2099-04-02',
        time: '13:30',
        examiner: 'M. Durand et Mme Petit',
      });
      const listed = await bus.request(SessionsSubjects.listSessions, { certificationCenterId: 31 });
      const otherCentre = bus.request(SessionsSubjects.updateSession, {
        sessionId: created.id,
        certificationCenterId: 32,
        address: 'x',
        room: 'x',
        date: '2099-04-02',
        time: '13:30',
        examiner: 'x',
      });

      expect(edited).toMatchObject({
        address: 'Bâtiment B',
        room: 'CDI',
        time: '13:30',
        accessCode: created.accessCode,
      });
      expect(listed.sessions.map((session) => session.id)).toEqual([created.id]);
      await expect(otherCentre).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
      await expect(
        bus.request(SessionsSubjects.deleteSession, { sessionId: created.id, certificationCenterId: 31 }),
      ).resolves.toEqual({ deleted: true });
      await expect(
        bus.request(SessionsSubjects.getSession, { sessionId: created.id, certificationCenterId: 31 }),
      ).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
    });
  });

  describe('enrolment', () => {
    const pupil = {
      pupilId: 1,
      firstName: 'Léa',
      lastName: 'Martin',
      sex: 'F' as const,
      birthdate: '2011-03-15',
      division: '3E1',
      birthCountry: 'FRANCE',
      birthINSEECode: '33063',
      birthCity: 'Bordeaux',
      userId: null,
    };

    it('enrols pupils by copying their identity, once', async () => {
      const bus = app.get(MessageBus);
      const session = await bus.request(SessionsSubjects.createSession, planning);
      const ref = { sessionId: session.id, certificationCenterId: 12 };

      const first = await bus.request(SessionsSubjects.enrolPupils, {
        ...ref,
        pupils: [pupil, { ...pupil, pupilId: 2, firstName: 'Noé', birthdate: '2011-07-01' }],
      });
      const again = await bus.request(SessionsSubjects.enrolPupils, { ...ref, pupils: [pupil] });
      const { candidates } = await bus.request(SessionsSubjects.listCandidates, ref);

      expect(first).toEqual({ enrolled: 2, alreadyEnrolled: 0, candidateCount: 2 });
      expect(again).toEqual({ enrolled: 0, alreadyEnrolled: 1, candidateCount: 2 });
      expect(candidates[0]).toMatchObject({ firstName: 'Léa', division: '3E1', pupilId: 1, billingMode: null });
    });

    it('checks a typed candidate (rules §3.1) and refuses the same person twice', async () => {
      const bus = app.get(MessageBus);
      const session = await bus.request(SessionsSubjects.createSession, {
        ...planning,
        certificationCenterId: 40,
        certificationCenterType: 'PRO',
      });
      const ref = { sessionId: session.id, certificationCenterId: 40 };
      const candidate = {
        firstName: 'Jean',
        lastName: 'Dupont',
        sex: 'M',
        birthdate: '1990-05-20',
        birthINSEECode: '75056',
        extraTimePercentage: '30 %',
        billingMode: 'Payante',
      };

      const added = await bus.request(SessionsSubjects.addCandidate, { ...ref, candidate });
      const duplicate = bus.request(SessionsSubjects.addCandidate, {
        ...ref,
        candidate: { ...candidate, firstName: 'JEAN', lastName: ' dupont ' },
      });
      const invalid = bus.request(SessionsSubjects.addCandidate, {
        ...ref,
        candidate: { ...candidate, firstName: 'Paul', birthINSEECode: '75999', billingMode: null },
      });

      expect(added).toMatchObject({ birthCity: 'Paris', extraTimePercentage: 0.3, billingMode: 'PAID' });
      await expect(duplicate).rejects.toMatchObject({ code: 'CANDIDATE_DUPLICATE' });
      const error = await invalid.then(
        () => null,
        (caught: { code: string; details: { problems: { field: string }[] } }) => caught,
      );
      expect(error?.code).toBe('CANDIDATE_INVALID');
      expect(error?.details.problems.map((problem) => problem.field).sort()).toEqual(['billingMode', 'birthINSEECode']);
      const view = await bus.request(SessionsSubjects.getSession, ref);
      expect(view).toMatchObject({ candidateCount: 1, expectedEndTime: '11:02' });
    });

    it('replaces the whole list from an import, and changes nothing when a line is wrong', async () => {
      const bus = app.get(MessageBus);
      const session = await bus.request(SessionsSubjects.createSession, {
        ...planning,
        certificationCenterId: 41,
        certificationCenterType: 'SUP',
      });
      const ref = { sessionId: session.id, certificationCenterId: 41 };
      await bus.request(SessionsSubjects.addCandidate, {
        ...ref,
        candidate: {
          firstName: 'Old',
          lastName: 'Timer',
          sex: 'M',
          birthdate: '1980-01-01',
          birthINSEECode: '75056',
          billingMode: 'FREE',
        },
      });
      const header =
        '* Nom de naissance;* Prénom;* Date de naissance (format : jj/mm/aaaa);* Sexe (M ou F);Nom de la commune;Code postal;Code Insee;Pays;E-mail de convocation;E-mail du destinataire des résultats (formateur, enseignant…);Identifiant local;Temps majoré ?;Tarification part Pix;Code de prépaiement';
      const good = [
        header,
        'Martin;Léa;15/03/2005;F;;;33063;FRANCE;;;E-001;30 %;Gratuite;',
        'Diallo;Awa;01/02/2004;F;Dakar;;;Sénégal;;;E-002;;Payante;',
      ].join('\n');
      const bad = [header, 'Martin;Léa;31/02/2005;F;;;33063;FRANCE;;;;;Gratuite;'].join('\n');

      const refused = bus.request(SessionsSubjects.importCandidates, {
        ...ref,
        fileName: 'liste.csv',
        base64: Buffer.from(bad).toString('base64'),
      });
      await expect(refused).rejects.toMatchObject({
        code: 'CANDIDATE_IMPORT_INVALID',
        details: { errors: [expect.objectContaining({ line: 2 })] },
      });
      expect((await bus.request(SessionsSubjects.listCandidates, ref)).candidates.map((one) => one.lastName)).toEqual([
        'Timer',
      ]);

      const report = await bus.request(SessionsSubjects.importCandidates, {
        ...ref,
        fileName: 'liste.csv',
        base64: Buffer.from(good).toString('base64'),
      });
      const { candidates } = await bus.request(SessionsSubjects.listCandidates, ref);

      expect(report).toEqual({ enrolled: 2, alreadyEnrolled: 0, candidateCount: 2 });
      expect(candidates.map((one) => [one.lastName, one.birthCity, one.birthINSEECode, one.externalId])).toEqual([
        ['Diallo', 'Dakar', '99341', 'E-002'],
        ['Martin', 'Bordeaux', '33063', 'E-001'],
      ]);
    });
  });

  describe('mass creation from a CSV', () => {
    const centre = {
      certificationCenterId: 50,
      certificationCenterName: 'Centre PRO',
      certificationCenterType: 'PRO' as const,
      createdBy: 5,
    };
    const file = (...rows: string[]) =>
      Buffer.from(sessionsMassImportTemplate('PRO') + rows.map((row) => `${row}\r\n`).join('')).toString('base64');
    const candidate = (lastName: string) => `${lastName};Jean;20/05/1990;M;;;75056;FRANCE;;;;;Gratuite;`;

    it('groups rows sharing site, room, date, time and invigilator into one session', async () => {
      const bus = app.get(MessageBus);

      const { sessions } = await bus.request(SessionsSubjects.importSessions, {
        ...centre,
        fileName: 'sessions.csv',
        base64: file(
          `;Site A;Salle 1;16/03/2099;08:30;Mme Martin;;${candidate('Alpha')}`,
          `;Site A;Salle 1;16/03/2099;08:30;Mme Martin;;${candidate('Bravo')}`,
          `;Site A;Salle 2;16/03/2099;08:30;M. Durand;;${candidate('Charlie')}`,
        ),
      });

      expect(sessions.map((session) => [session.room, session.candidateCount])).toEqual([
        ['Salle 1', 2],
        ['Salle 2', 1],
      ]);
    });

    it('creates nothing when one line is wrong', async () => {
      const bus = app.get(MessageBus);
      const before = (await bus.request(SessionsSubjects.listSessions, { certificationCenterId: 50 })).sessions.length;

      const failure = bus.request(SessionsSubjects.importSessions, {
        ...centre,
        fileName: 'sessions.csv',
        base64: file(
          `;Site A;Salle 3;16/03/2099;08:30;Mme Martin;;${candidate('Delta')}`,
          `;Site A;Salle 4;16/03/2001;25:00;;;`,
        ),
      });

      await expect(failure).rejects.toMatchObject({
        code: 'SESSION_IMPORT_INVALID',
        details: { errors: expect.arrayContaining([expect.objectContaining({ line: 3 })]) },
      });
      expect((await bus.request(SessionsSubjects.listSessions, { certificationCenterId: 50 })).sessions).toHaveLength(
        before,
      );
    });
  });

  describe('invigilator sign-in', () => {
    it('opens the space with the password typed with or without C-, in any case, and lists the candidates', async () => {
      const bus = app.get(MessageBus);
      const session = await bus.request(SessionsSubjects.createSession, { ...planning, certificationCenterId: 60 });
      await bus.request(SessionsSubjects.enrolPupils, {
        sessionId: session.id,
        certificationCenterId: 60,
        pupils: [
          {
            pupilId: 1,
            firstName: 'Killian',
            lastName: 'Latour',
            sex: 'M',
            birthdate: '2005-05-20',
            division: '3E1',
            birthCountry: 'FRANCE',
            birthINSEECode: '33063',
            birthCity: 'Bordeaux',
            userId: null,
          },
        ],
      });
      const bare = session.invigilatorPassword.slice(2);

      const space = await bus.request(SessionsSubjects.superviseSession, {
        sessionId: session.id,
        password: ` ${bare.toLowerCase()} `,
        userId: 77,
        ip: '10.9.0.1',
      });
      const withPrefix = await bus.request(SessionsSubjects.superviseSession, {
        sessionId: session.id,
        password: session.invigilatorPassword,
        userId: 78,
        ip: '10.9.0.1',
      });

      expect(space).toMatchObject({ sessionId: session.id, status: 'created' });
      expect(space.candidates).toEqual([
        expect.objectContaining({
          lastName: 'Latour',
          status: 'not_started',
          authorizedToStart: false,
          startedAt: null,
        }),
      ]);
      expect(JSON.stringify(space)).not.toContain(session.accessCode);
      // No testing service in this part of the suite: the space still works, without progress.
      expect(space.progressAvailable).toBe(false);
      expect(withPrefix.sessionId).toBe(session.id);
      await expect(
        bus.request(SessionsSubjects.getInvigilatedSession, { sessionId: session.id, userId: 77 }),
      ).resolves.toMatchObject({ sessionId: session.id });
      await expect(
        bus.request(SessionsSubjects.getInvigilatedSession, { sessionId: session.id, userId: 79 }),
      ).rejects.toMatchObject({ code: 'INVIGILATOR_ACCESS_REQUIRED' });
      const candidateId = space.candidates[0]?.id ?? 0;
      await expect(
        bus.request(SessionsSubjects.authorizeCandidate, {
          sessionId: session.id,
          candidateId,
          userId: 79,
          authorized: true,
        }),
      ).rejects.toMatchObject({ code: 'INVIGILATOR_ACCESS_REQUIRED' });
      await expect(
        bus.request(SessionsSubjects.authorizeCandidate, {
          sessionId: session.id,
          candidateId,
          userId: 77,
          authorized: true,
        }),
      ).resolves.toMatchObject({ id: candidateId, authorizedToStart: true });
      const after = await bus.request(SessionsSubjects.getInvigilatedSession, { sessionId: session.id, userId: 78 });
      expect(after.candidates[0]?.authorizedToStart).toBe(true);
      const database = app.get<DatabaseHandle>(DATABASE);
      const actions = (await database.db.execute(
        sql`select action, invigilator_user_id from invigilator_actions where session_id = ${session.id}`,
      )) as unknown as { rows: { action: string; invigilator_user_id: number }[] };
      expect(actions.rows).toEqual([{ action: 'confirm_presence', invigilator_user_id: 77 }]);
    });

    it('answers an unknown session like a wrong password, and blocks an address after 5 failures', async () => {
      const bus = app.get(MessageBus);
      const session = await bus.request(SessionsSubjects.createSession, { ...planning, certificationCenterId: 61 });
      const attempt = (password: string, ip: string, sessionId = session.id) =>
        bus.request(SessionsSubjects.superviseSession, { sessionId, password, userId: 5, ip });

      const unknown = attempt('C-BCDFG', '10.9.1.1', 999_999);
      await expect(unknown).rejects.toMatchObject({
        code: 'INVIGILATOR_SIGN_IN_REFUSED',
        message: 'Le numéro de session ou le mot de passe est incorrect.',
      });
      const wrong = session.invigilatorPassword === 'C-BCDFG' ? 'C-BCDFH' : 'C-BCDFG';
      for (let failure = 1; failure <= 5; failure += 1) {
        await expect(attempt(wrong, '10.9.2.2')).rejects.toMatchObject({ code: 'INVIGILATOR_SIGN_IN_REFUSED' });
      }

      // Even the right password is refused from that address now; another address still gets in.
      await expect(attempt(session.invigilatorPassword, '10.9.2.2')).rejects.toMatchObject({
        code: 'INVIGILATOR_THROTTLED',
      });
      await expect(attempt(session.invigilatorPassword, '10.9.3.3')).resolves.toMatchObject({
        sessionId: session.id,
      });
    });
  });

  describe('joining a session (rules §6.1)', () => {
    // identity and testing, as NATS responders speaking Nest's reply format.
    const accounts = new Map<number, number>();
    const certifiable = new Set<number>();
    const courses = new Map<number, CourseProgress>();
    const startRequests: Record<string, unknown>[] = [];
    let responders: NatsConnection;

    beforeAll(async () => {
      responders = await connect({ servers: nats.url });
      const respond = (subject: string, answer: (data: Record<string, unknown>) => unknown) => {
        const subscription = responders.subscribe(subject);
        void (async () => {
          for await (const message of subscription) {
            const { id, data } = message.json<{ id: string; data: Record<string, unknown> }>();
            const response = answer(data);
            message.respond(
              JSON.stringify(
                response === undefined
                  ? {
                      id,
                      err: { code: 'COURSE_NOT_FOUND', message: 'Ce candidat n’a pas commencé son test.' },
                      isDisposed: true,
                    }
                  : { id, response, isDisposed: true },
              ),
            );
          }
        })();
      };
      respond(IdentitySubjects.listPupils, (data) => ({
        pupils: (data['pupilIds'] as number[]).map((pupilId) => ({
          id: pupilId,
          userId: accounts.get(pupilId) ?? null,
        })),
      }));
      respond(TestingSubjects.startCourse, (data) => {
        const candidateId = data['candidateId'] as number;
        const existing = courses.get(candidateId);
        const course = existing ?? {
          courseId: 7000 + candidateId,
          sessionId: data['sessionId'] as number,
          candidateId,
          userId: data['userId'] as number,
          state: 'started' as const,
          answeredCount: 0,
          questionCount: 45,
          // Started a minute ago.
          startedAt: new Date(Date.now() - 60_000).toISOString(),
          endedAt: null,
        };
        courses.set(candidateId, course);
        startRequests.push(data);
        return { ...course, verificationCode: 'P-BCDFGHJK', created: existing === undefined };
      });
      respond(TestingSubjects.endCourse, (data) => {
        const course = courses.get(data['candidateId'] as number);
        if (course === undefined) return undefined;
        const ended = { ...course, state: 'ended_by_invigilator' as const, endedAt: '2026-03-10T09:00:00.000Z' };
        courses.set(course.candidateId, ended);
        return ended;
      });
      respond(TestingSubjects.getSessionCourses, (data) => ({
        courses: [...courses.values()].filter((course) => course.sessionId === data['sessionId']),
      }));
      respond(TestingSubjects.getEligibilities, (data) => ({
        eligibilities: (data['userIds'] as number[]).map((userId) => ({
          userId,
          certifiable: certifiable.has(userId),
          competencesAtLevelOneOrMore: certifiable.has(userId) ? 5 : 2,
          totalPix: 0,
        })),
      }));
    });

    afterAll(async () => {
      await responders?.close();
    });

    const pupil = (pupilId: number, firstName: string) => ({
      pupilId,
      firstName,
      lastName: 'Latour',
      sex: 'M' as const,
      birthdate: '2005-05-20',
      division: '3E1',
      birthCountry: 'FRANCE',
      birthINSEECode: '33063',
      birthCity: 'Bordeaux',
      userId: null,
    });

    it('links the pupil’s own certifiable account, idempotently, and refuses every other case with its code', async () => {
      const bus = app.get(MessageBus);
      const session = await bus.request(SessionsSubjects.createSession, { ...planning, certificationCenterId: 70 });
      await bus.request(SessionsSubjects.enrolPupils, {
        sessionId: session.id,
        certificationCenterId: 70,
        pupils: [pupil(501, 'Killian'), pupil(502, 'Hugo')],
      });
      accounts.set(501, 9001);
      accounts.set(502, 9002);
      certifiable.add(9001);
      const join = (userId: number, firstName: string, birthdate = '2005-05-20') =>
        bus.request(SessionsSubjects.joinSession, {
          sessionId: session.id,
          userId,
          firstName,
          lastName: 'LA TOUR',
          birthdate,
        });

      await expect(join(9001, 'killian', '2005-05-21')).rejects.toMatchObject({
        code: 'CANDIDATE_NOT_FOUND_IN_SESSION',
      });
      await expect(join(9002, 'Killian')).rejects.toMatchObject({ code: 'ACCOUNT_NOT_OF_THIS_PUPIL' });
      await expect(join(9002, 'Hugo')).rejects.toMatchObject({
        code: 'USER_NOT_CERTIFIABLE',
        message: expect.stringContaining('au moins 5 compétences'),
      });
      const joined = await join(9001, 'Killian');
      const again = await join(9001, 'KILLIAN');

      expect(joined).toMatchObject({ sessionId: session.id, firstName: 'Killian', authorizedToStart: false });
      expect(again.candidateId).toBe(joined.candidateId);
      await expect(join(9003, 'Killian')).rejects.toMatchObject({ code: 'CANDIDATE_LINKED_TO_ANOTHER_ACCOUNT' });
      const [linked] = (
        await bus.request(SessionsSubjects.listCandidates, { sessionId: session.id, certificationCenterId: 70 })
      ).candidates.filter((candidate) => candidate.firstName === 'Killian');
      expect(linked).toMatchObject({ userId: 9001, reconciledAt: expect.any(String) });
    });

    it('resets the invigilator’s authorisation at every entry', async () => {
      const bus = app.get(MessageBus);
      const session = await bus.request(SessionsSubjects.createSession, { ...planning, certificationCenterId: 71 });
      await bus.request(SessionsSubjects.enrolPupils, {
        sessionId: session.id,
        certificationCenterId: 71,
        pupils: [pupil(601, 'Nina')],
      });
      accounts.set(601, 9601);
      certifiable.add(9601);
      await bus.request(SessionsSubjects.superviseSession, {
        sessionId: session.id,
        password: session.invigilatorPassword,
        userId: 42,
        ip: '10.9.9.9',
      });
      const joined = await bus.request(SessionsSubjects.joinSession, {
        sessionId: session.id,
        userId: 9601,
        firstName: 'Nina',
        lastName: 'Latour',
        birthdate: '2005-05-20',
      });
      await bus.request(SessionsSubjects.authorizeCandidate, {
        sessionId: session.id,
        candidateId: joined.candidateId,
        userId: 42,
        authorized: true,
      });

      await bus.request(SessionsSubjects.joinSession, {
        sessionId: session.id,
        userId: 9601,
        firstName: 'Nina',
        lastName: 'Latour',
        birthdate: '2005-05-20',
      });

      const space = await bus.request(SessionsSubjects.getInvigilatedSession, { sessionId: session.id, userId: 42 });
      expect(space.candidates[0]).toMatchObject({ id: joined.candidateId, authorizedToStart: false });
    });

    /** A session of the centre with two certifiable pupils (account 9000 + pupil id), open in the invigilator space. */
    async function sessionOfTwo(
      centreId: number,
      first: [number, string],
      second: [number, string],
      invigilatorId: number,
    ): Promise<SessionView> {
      const bus = app.get(MessageBus);
      const session = await bus.request(SessionsSubjects.createSession, {
        ...planning,
        certificationCenterId: centreId,
      });
      await bus.request(SessionsSubjects.enrolPupils, {
        sessionId: session.id,
        certificationCenterId: centreId,
        pupils: [pupil(...first), pupil(...second)],
      });
      for (const [pupilId] of [first, second]) {
        accounts.set(pupilId, 9000 + pupilId);
        certifiable.add(9000 + pupilId);
      }
      await bus.request(SessionsSubjects.superviseSession, {
        sessionId: session.id,
        password: session.invigilatorPassword,
        userId: invigilatorId,
        ip: `10.9.9.${invigilatorId}`,
      });
      return session;
    }

    it('starts the test with the access code once presence is confirmed, and resumes only after a new authorisation', async () => {
      const bus = app.get(MessageBus);
      const database = app.get<DatabaseHandle>(DATABASE);
      const session = await sessionOfTwo(72, [701, 'Léa'], [702, 'Nour'], 43);
      const join = () =>
        bus.request(SessionsSubjects.joinSession, {
          sessionId: session.id,
          userId: 9701,
          firstName: 'Lea',
          lastName: 'Latour',
          birthdate: '2005-05-20',
        });
      const start = (accessCode: string, userId = 9701) =>
        bus.request(SessionsSubjects.startTest, { sessionId: session.id, userId, accessCode });
      const authorize = (candidateId: number) =>
        bus.request(SessionsSubjects.authorizeCandidate, {
          sessionId: session.id,
          candidateId,
          userId: 43,
          authorized: true,
        });

      await expect(start(session.accessCode)).rejects.toMatchObject({ code: 'CANDIDATE_NOT_JOINED' });
      const joined = await join();
      await expect(start('BCDF22')).rejects.toMatchObject({ code: 'ACCESS_CODE_INVALID' });
      await expect(start(session.accessCode)).rejects.toMatchObject({
        code: 'CANDIDATE_NOT_AUTHORIZED',
        message: expect.stringContaining('n’a pas confirmé votre présence'),
      });
      expect(startRequests).toHaveLength(0);
      await authorize(joined.candidateId);
      const first = await start(` ${session.accessCode.toLowerCase()} `);

      expect(first).toEqual({
        sessionId: session.id,
        candidateId: joined.candidateId,
        courseId: 7000 + joined.candidateId,
        resumed: false,
        answeredCount: 0,
        questionCount: 45,
      });
      // The profile the test is built from is the one at the candidate's joining.
      const [candidate] = (
        await bus.request(SessionsSubjects.listCandidates, { sessionId: session.id, certificationCenterId: 72 })
      ).candidates.filter((one) => one.id === joined.candidateId);
      expect(startRequests[0]).toMatchObject({
        userId: 9701,
        candidateId: joined.candidateId,
        profileDate: candidate?.reconciledAt,
      });
      const space = await bus.request(SessionsSubjects.getInvigilatedSession, { sessionId: session.id, userId: 43 });
      expect(space.progressAvailable).toBe(true);
      const started = space.candidates.find((one) => one.id === joined.candidateId);
      const startedAt = courses.get(joined.candidateId)?.startedAt ?? '';
      expect(started).toMatchObject({ status: 'in_progress', questionCount: 45, startedAt });
      // 105 min later: no extra time.
      expect(Date.parse(started?.theoreticalEndAt ?? '') - Date.parse(startedAt)).toBe(105 * 60_000);

      // The browser was closed: a new entry needs a new authorisation, then the same test goes on.
      await join();
      await expect(start(session.accessCode)).rejects.toMatchObject({
        code: 'CANDIDATE_NOT_AUTHORIZED',
        message: expect.stringContaining('autorise la reprise'),
      });
      await authorize(joined.candidateId);
      await expect(start(session.accessCode)).resolves.toMatchObject({ resumed: true, courseId: first.courseId });

      // The invigilator ends the test; a candidate who never started has nothing to end.
      const ended = await bus.request(SessionsSubjects.endCandidateTest, {
        sessionId: session.id,
        candidateId: joined.candidateId,
        userId: 43,
      });
      expect(ended).toMatchObject({ status: 'ended_by_invigilator', id: joined.candidateId });
      const other = space.candidates.find((one) => one.id !== joined.candidateId);
      await expect(
        bus.request(SessionsSubjects.endCandidateTest, {
          sessionId: session.id,
          candidateId: other?.id ?? 0,
          userId: 43,
        }),
      ).rejects.toMatchObject({ code: 'CANDIDATE_NOT_STARTED' });
      await expect(
        bus.request(SessionsSubjects.endCandidateTest, {
          sessionId: session.id,
          candidateId: joined.candidateId,
          userId: 44,
        }),
      ).rejects.toMatchObject({ code: 'INVIGILATOR_ACCESS_REQUIRED' });

      const actions = (await database.db.execute(
        sql`select action from invigilator_actions where session_id = ${session.id} order by id`,
      )) as unknown as { rows: { action: string }[] };
      expect(actions.rows.map((row) => row.action)).toEqual(['confirm_presence', 'authorize_resume', 'end_test']);
      const events = (await database.db.execute(
        sql`select payload->>'change' as change from outbox_events
            where subject = ${SessionsEvents.candidateChanged} and (payload->>'sessionId')::int = ${session.id}
            order by created_at`,
      )) as unknown as { rows: { change: string }[] };
      expect(events.rows.map((row) => row.change)).toEqual([
        'joined',
        'presence_confirmed',
        'started',
        'joined',
        'resume_authorized',
        'started',
        'test_ended',
      ]);
    });

    it('refuses any start more than 24 h after the session’s first start', async () => {
      const bus = app.get(MessageBus);
      const database = app.get<DatabaseHandle>(DATABASE);
      const session = await sessionOfTwo(73, [801, 'Adam'], [802, 'Inès'], 45);
      const ines = await bus.request(SessionsSubjects.joinSession, {
        sessionId: session.id,
        userId: 9802,
        firstName: 'Ines',
        lastName: 'Latour',
        birthdate: '2005-05-20',
      });
      await bus.request(SessionsSubjects.authorizeCandidate, {
        sessionId: session.id,
        candidateId: ines.candidateId,
        userId: 45,
        authorized: true,
      });
      // Adam started 24 h 1 min ago.
      await database.db.execute(
        sql`update candidates set started_at = now() - interval '24 hours 1 minute' where session_id = ${session.id} and first_name = 'Adam'`,
      );

      await expect(
        bus.request(SessionsSubjects.startTest, {
          sessionId: session.id,
          userId: 9802,
          accessCode: session.accessCode,
        }),
      ).rejects.toMatchObject({ code: 'START_WINDOW_CLOSED' });

      await database.db.execute(
        sql`update candidates set started_at = now() - interval '23 hours 59 minutes' where session_id = ${session.id} and first_name = 'Adam'`,
      );
      await expect(
        bus.request(SessionsSubjects.startTest, {
          sessionId: session.id,
          userId: 9802,
          accessCode: session.accessCode,
        }),
      ).resolves.toMatchObject({ candidateId: ines.candidateId, resumed: false });
    });
  });
});
