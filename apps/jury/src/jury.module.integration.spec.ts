import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import {
  type CourseForScoring,
  type FinalizedCandidate,
  type FinalizedCourse,
  IncidentsSubjects,
  type JuryAction,
  type JurySessionDetail,
  JurySubjects,
  type ResolvedIssueReport,
  type SessionFinalized,
  SessionsEvents,
  SessionsSubjects,
  TestingSubjects,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { createLogger, createServiceApp, JetStreamEvents, MessageBus } from '@pix/platform';
import { FakeRemoteError, NatsResponders, startNatsServer, type TestNatsServer } from '@pix/test-kit';
import { connect, type NatsConnection } from 'nats';
import { AUTO_JURY_CONSUMER } from './application/run-auto-jury.use-case';
import { juryConfigSchema } from './jury.config';
import { JuryModule } from './jury.module';
import { buildCandidate, buildCourse, buildFinalized, buildReport, NO_FLAGS } from './testing/builders';

const ALL_OK = Array.from({ length: 15 }, () => 'ok');
const EMBED = { ...NO_FLAGS, embed: { title: 'Simulateur', height: 400 } };

/** The other services, faked on NATS: what the jury asked, and what they hold. */
class FakeServices {
  readonly courses = new Map<number, CourseForScoring[]>();
  readonly reports = new Map<number, ResolvedIssueReport[]>();
  readonly calls: { subject: string; data: Record<string, unknown> }[] = [];
  /** When set, incidents' automatic resolution waits for it, and fails if it fails (the auto-jury cut in the middle). */
  holdResolution: Promise<void> | null = null;

  register(responders: NatsResponders): void {
    const record = (subject: string, data: Record<string, unknown>) => this.calls.push({ subject, data });
    responders.respond(TestingSubjects.finalizeCourses, (data) => {
      record(TestingSubjects.finalizeCourses, data);
      const courses: FinalizedCourse[] = (this.courses.get(data['sessionId'] as number) ?? []).map((c) => c.course);
      return { courses };
    });
    responders.respond(TestingSubjects.getCourseForScoring, (data) => {
      const found = [...this.courses.values()].flat().find((c) => c.course.courseId === data['courseId']);
      if (found === undefined) throw new FakeRemoteError('COURSE_NOT_FOUND', 'Test introuvable.');
      return found;
    });
    responders.respond(IncidentsSubjects.resolveAutomatically, async (data) => {
      record(IncidentsSubjects.resolveAutomatically, data);
      if (this.holdResolution !== null) await this.holdResolution;
      return { issueReports: this.reports.get(data['sessionId'] as number) ?? [] };
    });
    responders.respond(IncidentsSubjects.listIssueReports, (data) => ({
      issueReports: this.reports.get(data['sessionId'] as number) ?? [],
    }));
    responders.respond(IncidentsSubjects.resolveManually, (data) => {
      const reports = this.reports.get(data['sessionId'] as number) ?? [];
      const index = reports.findIndex((report) => report.id === data['issueReportId']);
      const report = reports[index];
      if (report === undefined) throw new FakeRemoteError('ISSUE_REPORT_NOT_FOUND', 'Signalement introuvable.');
      if (report.hasBeenAutomaticallyResolved) {
        throw new FakeRemoteError('ISSUE_REPORT_RESOLVED_AUTOMATICALLY', 'Résolu automatiquement.');
      }
      const resolved = { ...report, resolvedAt: '2027-03-17T09:00:00.000Z', resolution: data['resolution'] as string };
      reports[index] = resolved;
      return resolved;
    });
    responders.respond(SessionsSubjects.setJuryStatus, (data) => {
      record(SessionsSubjects.setJuryStatus, data);
      return { sessionId: data['sessionId'] };
    });
    responders.respond(SessionsSubjects.unfinalizeSession, (data) => {
      record(SessionsSubjects.unfinalizeSession, data);
      return { sessionId: data['sessionId'] };
    });
  }

  callsTo(subject: string, sessionId: number) {
    return this.calls.filter((call) => call.subject === subject && call.data['sessionId'] === sessionId);
  }
}

describe(`${JuryModule.name} on a real nats-server, JetStream and database`, () => {
  let nats: TestNatsServer;
  let responders: NatsResponders;
  let events: JetStreamEvents;
  let client: NatsConnection;
  let dataDir: string;
  let app: INestMicroservice | null = null;
  let bus: MessageBus;
  const fakes = new FakeServices();
  let published = 0;

  const startJury = async () => {
    const juryConfig = juryConfigSchema.parse({
      NATS_URL: nats.url,
      LOG_LEVEL: process.env['JURY_SPEC_LOG'] ?? 'silent',
      DATA_DIR: dataDir,
      MAX_REACHABLE_LEVEL: '5',
      AUTO_JURY_ACK_WAIT_MS: '3000',
    });
    app = await createServiceApp(
      'jury',
      JuryModule.forRoot({
        migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
        config: juryConfig,
        juryConfig,
      }),
      nats.url,
    );
    await app.listen();
    bus = app.get(MessageBus);
  };

  beforeAll(async () => {
    nats = await startNatsServer();
    dataDir = mkdtempSync(join(tmpdir(), 'jury-spec-'));
    responders = await NatsResponders.connect(nats.url);
    fakes.register(responders);
    events = await JetStreamEvents.connect(nats.url, 'jury-spec', createLogger('jury-spec', 'silent'));
    await events.ensureStream({ name: 'SESSIONS_EVENTS', subjects: ['sessions.evt.>'] });
    client = await connect({ servers: nats.url });
    await startJury();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await events?.close();
    await client?.drain();
    await responders?.close();
    await nats?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const finalize = async (event: SessionFinalized) => {
    published += 1;
    await events.publish(SessionsEvents.sessionFinalized, event, { messageId: `spec-${published}` });
  };

  /** The consumer has acknowledged everything published so far. */
  const drained = async () => {
    const manager = await client.jetstreamManager();
    let info: Awaited<ReturnType<typeof manager.consumers.info>> | null = null;
    for (let attempt = 0; attempt < 300; attempt += 1) {
      info = await manager.consumers.info('SESSIONS_EVENTS', AUTO_JURY_CONSUMER).catch(() => null);
      if (
        info !== null &&
        info.num_pending === 0 &&
        info.num_ack_pending === 0 &&
        info.ack_floor.stream_seq >= published
      ) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `the auto-jury did not acknowledge the events: ${JSON.stringify({ published, pending: info?.num_pending, ackPending: info?.num_ack_pending, floor: info?.ack_floor, redelivered: info?.num_redelivered })}`,
    );
  };

  const detail = (sessionId: number) => bus.request(JurySubjects.getSession, { sessionId });
  const act = (sessionId: number, action: JuryAction, userId = 77) =>
    bus.request(JurySubjects.act, { sessionId, actor: { userId, name: 'Camille Jury' }, action });
  const certificationOf = (session: JurySessionDetail, courseId: number) => {
    const found = session.certifications.find((certification) => certification.certificationId === courseId);
    if (found === undefined) throw new Error(`no certification ${courseId}`);
    return found;
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
    );

  describe('a session of five candidates', () => {
    const sessionId = 501;
    const candidates = [
      buildCandidate({ candidateId: 1, firstName: 'Lea', lastName: 'Martin' }),
      buildCandidate({ candidateId: 2, abortReason: 'candidate' }),
      buildCandidate({ candidateId: 3 }),
      buildCandidate({ candidateId: 4, abortReason: 'technical' }),
      buildCandidate({ candidateId: 5, division: '3eB' }),
    ];

    beforeAll(async () => {
      const answers3 = [...ALL_OK];
      answers3[1] = 'ko';
      fakes.courses.set(sessionId, [
        buildCourse({ courseId: 9001, sessionId, candidateId: 1, answers: ALL_OK }),
        buildCourse({
          courseId: 9002,
          sessionId,
          candidateId: 2,
          answers: ALL_OK.slice(0, 10),
          abortReason: 'candidate',
        }),
        buildCourse({ courseId: 9003, sessionId, candidateId: 3, answers: answers3, flags: { 2: EMBED } }),
        buildCourse({
          courseId: 9004,
          sessionId,
          candidateId: 4,
          answers: ALL_OK.slice(0, 4),
          abortReason: 'technical',
        }),
        buildCourse({ courseId: 9005, sessionId, candidateId: 5, answers: ALL_OK }),
      ]);
      fakes.reports.set(sessionId, [
        buildReport({
          id: 1,
          sessionId,
          candidateId: 3,
          code: 'E2',
          category: 'IN_CHALLENGE',
          subcategory: 'EMBED_NOT_WORKING',
          questionNumber: 2,
          isImpactful: true,
          resolvedAt: '2027-03-16T10:00:01.000Z',
          resolution: 'Question neutralisée automatiquement.',
          hasBeenAutomaticallyResolved: true,
          effect: 'neutralise',
          challengeId: 'rec9003q2',
        }),
        buildReport({ id: 2, sessionId, candidateId: 5, code: 'C6', category: 'FRAUD', isImpactful: true }),
        buildReport({
          id: 3,
          sessionId,
          candidateId: 1,
          code: 'C1',
          category: 'CANDIDATE_INFORMATIONS_CHANGES',
          subcategory: 'NAME_OR_BIRTHDATE',
          description: 'Prénom : Léa (avec accent)',
          isImpactful: true,
        }),
      ]);
      await finalize(buildFinalized({ sessionId, candidates }));
      await drained();
    }, 60_000);

    it('closes the unfinished tests with their abort reasons and hands incidents every question with its answer', () => {
      const [closing] = fakes.callsTo(TestingSubjects.finalizeCourses, sessionId);
      const [resolution] = fakes.callsTo(IncidentsSubjects.resolveAutomatically, sessionId);

      expect(closing?.data['abortReasons']).toEqual([
        { candidateId: 2, abortReason: 'candidate' },
        { candidateId: 4, abortReason: 'technical' },
      ]);
      const asked = resolution?.data['candidates'] as {
        candidateId: number;
        questions: { number: number; answerStatus: string | null }[];
      }[];
      expect(asked.map((candidate) => candidate.candidateId)).toEqual([1, 2, 3, 4, 5]);
      expect(asked[1]?.questions[10]).toMatchObject({ number: 11, answerStatus: null });
      expect(asked[2]?.questions[1]).toMatchObject({ number: 2, answerStatus: 'ko', flags: EMBED });
    });

    it('scores every certification (rules §10) with the finalisation and report effects', async () => {
      const session = await detail(sessionId);

      expect(session.autoJuryDone).toBe(true);
      // 27 + 20 + 35 + 12 + 18, capped at level 5 (40 pix): nothing capped here.
      expect(certificationOf(session, 9001)).toMatchObject({ status: 'validated', pixScore: 112 });
      const gaveUp = certificationOf(session, 9002);
      expect(gaveUp.questions.filter((q) => q.autoSkipped).map((q) => q.number)).toEqual([11, 12, 13, 14, 15]);
      // R = round(100 × 10 / 15) = 67: competences 1–3 kept (3/3), 4.1 (1/3) and 5.1 (0/3) not certified.
      expect(gaveUp).toMatchObject({ status: 'validated', pixScore: 27 + 20 + 35 });
      const neutralised = certificationOf(session, 9003);
      expect(neutralised.questions[1]).toMatchObject({ neutralized: true, neutralizedBy: 'issue-report' });
      // R = round(100 × 14 / 14) = 100: 1.1 with 2 right and 1 neutralised is kept.
      expect(neutralised).toMatchObject({ status: 'validated', pixScore: 112 });
      const technical = certificationOf(session, 9004);
      expect(technical.questions.filter((q) => q.neutralizedBy === 'technical-abort')).toHaveLength(11);
      expect(technical.results[0]).toMatchObject({
        status: 'cancelled',
        commentKey: 'CANCELLED_DUE_TO_NEUTRALIZATION',
      });
      expect(session.certifications.every((c) => c.results.length === 1 && c.results[0]?.emitter === 'PIX-ALGO')).toBe(
        true,
      );
    });

    it('puts the session in "to process", not "to publish", because of the fraud and identity reports', async () => {
      const toProcess = await bus.request(JurySubjects.listSessions, { list: 'to_process' });
      const toPublish = await bus.request(JurySubjects.listSessions, { list: 'to_publish' });

      const listed = toProcess.sessions.find((s) => s.sessionId === sessionId);
      expect(listed).toMatchObject({ publishable: false, unresolvedImpactfulReportCount: 2, certificationCount: 5 });
      expect(toPublish.sessions.map((s) => s.sessionId)).not.toContain(sessionId);
    });

    it('does not score twice when the finalised event is delivered again', async () => {
      const before = await detail(sessionId);

      await finalize(buildFinalized({ sessionId, candidates }));
      await drained();
      const after = await detail(sessionId);

      expect(after.certifications.map((c) => c.results.length)).toEqual(
        before.certifications.map((c) => c.results.length),
      );
      expect(fakes.callsTo(TestingSubjects.finalizeCourses, sessionId)).toHaveLength(1);
    });

    it('refuses to publish while the verification code of nobody resolves', async () => {
      expect(await refusal(bus.request(JurySubjects.verifyCertificate, { verificationCode: 'P-CDFGHJK2' }))).toBe(
        'CERTIFICATE_NOT_FOUND',
      );
      expect(await refusal(bus.request(JurySubjects.getResultsCsv, { sessionId, certificationCenterId: 12 }))).toBe(
        'RESULTS_NOT_PUBLISHED',
      );
    });

    it('lets a CERTIF member process it (assign, reject for fraud, correct the identity, resolve the reports), then the batch publishes it', async () => {
      await act(sessionId, { kind: 'assign' });
      const rejected = await act(sessionId, { kind: 'reject', certificationId: 9005 });
      await act(sessionId, {
        kind: 'correct-identity',
        certificationId: 9001,
        identity: { ...certificationOf(rejected, 9001).identity, firstName: '  Léa  ' },
      });
      await act(sessionId, {
        kind: 'resolve-report',
        certificationId: 9005,
        issueReportId: 2,
        resolution: 'Fraude avérée, rejet.',
      });
      await act(sessionId, {
        kind: 'resolve-report',
        certificationId: 9001,
        issueReportId: 3,
        resolution: 'Prénom corrigé.',
      });
      const toPublish = await bus.request(JurySubjects.listSessions, { list: 'to_publish' });
      const batch = await bus.request(JurySubjects.publishBatch, { actor: { userId: 77, name: 'Camille Jury' } });
      const processed = await detail(sessionId);

      expect(toPublish.sessions.map((s) => s.sessionId)).toContain(sessionId);
      expect(batch.published).toContain(sessionId);

      expect(certificationOf(rejected, 9005).results[0]).toMatchObject({
        status: 'rejected',
        commentKey: 'FRAUD',
        emitter: 'PIX-ALGO-FRAUD-REJECTION',
        juryUserId: 77,
      });
      expect(certificationOf(rejected, 9005).results).toHaveLength(2);
      expect(certificationOf(processed, 9001).identity.firstName).toBe('Léa');
      expect(processed).toMatchObject({ status: 'processed', unresolvedImpactfulReportCount: 0 });
      expect(processed.audit.map((entry) => entry.action)).toEqual([
        'publish',
        'resolve-report',
        'resolve-report',
        'correct-identity',
        'reject',
        'assign',
      ]);
      expect(processed.audit.find((entry) => entry.action === 'correct-identity')).toMatchObject({
        userId: 77,
        certificationId: 9001,
        before: expect.objectContaining({ firstName: 'Lea' }),
        after: expect.objectContaining({ firstName: 'Léa' }),
      });
      const statuses = fakes.callsTo(SessionsSubjects.setJuryStatus, sessionId).map((call) => call.data);
      expect(statuses[0]).toMatchObject({ assignedCertificationOfficerId: 77, publishedAt: null });
      expect(statuses.at(-1)).toMatchObject({ assignedCertificationOfficerId: 77, publishedAt: expect.any(String) });
    });

    it('resolves the verification code of a validated candidate, not of the rejected one, and shows no identifier', async () => {
      const session = await detail(sessionId);
      const validated = certificationOf(session, 9001);
      const rejected = certificationOf(session, 9005);

      const certificate = await bus.request(JurySubjects.verifyCertificate, {
        verificationCode: validated.verificationCode.toLowerCase(),
      });

      expect(certificate).toMatchObject({
        firstName: 'Léa',
        lastName: 'Martin',
        pixScore: 112,
        maxReachableScore: 640,
      });
      expect(Object.keys(certificate).sort()).toEqual(
        [
          'birthdate',
          'birthplace',
          'certificationCenter',
          'certificationDate',
          'competences',
          'deliveredAt',
          'firstName',
          'lastName',
          'maxReachableLevel',
          'maxReachableScore',
          'pixScore',
        ].sort(),
      );
      expect(certificate.competences).toHaveLength(16);
      expect(certificate.competences.find((c) => c.code === '3.1')?.level).toBe(4);
      expect(
        await refusal(bus.request(JurySubjects.verifyCertificate, { verificationCode: rejected.verificationCode })),
      ).toBe('CERTIFICATE_NOT_FOUND');
    });

    it('exports the results CSV for the centre (session and class) and the attestations of the validated', async () => {
      const csv = await bus.request(JurySubjects.getResultsCsv, { sessionId, certificationCenterId: 12 });
      const klass = await bus.request(JurySubjects.getResultsCsv, {
        sessionId,
        certificationCenterId: 12,
        division: '3eB',
      });
      const attestations = await bus.request(JurySubjects.getAttestations, { sessionId, certificationCenterId: 12 });

      const rows = csv.content.trimEnd().split('\r\n');
      expect(rows).toHaveLength(6);
      expect(rows.find((row) => row.startsWith('9005;'))).toContain(';Rejetée;0;');
      expect(rows.find((row) => row.startsWith('9004;'))).toContain(';Annulée;-;');
      expect(klass.content.trimEnd().split('\r\n')).toHaveLength(2);
      expect(attestations.total).toBe(3);
      expect(attestations.attestations.map((a) => a.certificationId).sort()).toEqual([9001, 9002, 9003]);
      expect(await refusal(bus.request(JurySubjects.getResultsCsv, { sessionId, certificationCenterId: 13 }))).toBe(
        'JURY_SESSION_NOT_FOUND',
      );
    });

    it('shows the candidate their result once published', async () => {
      const { certifications } = await bus.request(JurySubjects.listUserCertifications, { userId: 105 });

      expect(certifications).toEqual([
        expect.objectContaining({ certificationId: 9005, published: true, status: 'rejected', verificationCode: null }),
      ]);
      expect(certifications[0]?.commentForCandidate).toMatch(/fraude/);
    });

    it('refuses jury changes once published, until unpublished', async () => {
      expect(await refusal(act(sessionId, { kind: 'cancel', certificationId: 9001 }))).toBe('SESSION_PUBLISHED');
      expect(await refusal(act(sessionId, { kind: 'publish' }))).toBe('SESSION_ALREADY_PUBLISHED');

      const unpublished = await act(sessionId, { kind: 'unpublish' });
      const cancelled = await act(sessionId, { kind: 'cancel', certificationId: 9001 });

      expect(unpublished.publishedAt).toBeNull();
      expect(certificationOf(cancelled, 9001).results[0]).toMatchObject({
        status: 'cancelled',
        commentKey: 'CANCELLED_BY_JURY',
        emitter: 'Jury Pix',
      });
      expect(
        await refusal(
          bus.request(JurySubjects.verifyCertificate, {
            verificationCode: certificationOf(cancelled, 9001).verificationCode,
          }),
        ),
      ).toBe('CERTIFICATE_NOT_FOUND');
    });

    it('neutralises and de-neutralises a question with a rescore each time', async () => {
      const neutralised = await act(sessionId, { kind: 'neutralize', certificationId: 9002, challengeId: 'rec9002q1' });
      const restored = await act(sessionId, { kind: 'deneutralize', certificationId: 9002, challengeId: 'rec9002q1' });

      expect(certificationOf(neutralised, 9002).questions[0]).toMatchObject({
        neutralized: true,
        neutralizedBy: 'jury',
      });
      expect(certificationOf(restored, 9002).questions[0]).toMatchObject({ neutralized: false });
      expect(certificationOf(restored, 9002).results).toHaveLength(3);
      expect(await refusal(act(sessionId, { kind: 'neutralize', certificationId: 9002, challengeId: 'nope' }))).toBe(
        'JURY_ACTION_INVALID',
      );
      expect(await refusal(act(sessionId, { kind: 'reject', certificationId: 424242 }))).toBe(
        'CERTIFICATION_NOT_FOUND',
      );
    });
  });

  describe('unfinalised by the jury, finalised again by the centre', () => {
    const sessionId = 503;

    it('scores the new finalisation, appends its results and keeps the jury’s decisions', async () => {
      fakes.courses.set(sessionId, [
        buildCourse({ courseId: 9201, sessionId, candidateId: 21, answers: ALL_OK }),
        buildCourse({
          courseId: 9202,
          sessionId,
          candidateId: 22,
          answers: ALL_OK.slice(0, 12),
          abortReason: 'candidate',
        }),
      ]);
      fakes.reports.set(sessionId, []);
      const candidates = [
        buildCandidate({ candidateId: 21 }),
        buildCandidate({ candidateId: 22, abortReason: 'candidate' }),
      ];
      await finalize(buildFinalized({ sessionId, candidates }));
      await drained();
      await act(sessionId, { kind: 'reject', certificationId: 9201 });
      await act(sessionId, { kind: 'unfinalize' });

      expect(await refusal(detail(sessionId))).toBe('JURY_SESSION_NOT_FOUND');
      expect(fakes.callsTo(SessionsSubjects.unfinalizeSession, sessionId)).toHaveLength(1);

      // The centre corrects its abort reason: technical, not candidate.
      await finalize(
        buildFinalized({
          sessionId,
          finalization: 2,
          candidates: [
            candidates[0] as FinalizedCandidate,
            { ...(candidates[1] as FinalizedCandidate), abortReason: 'technical' },
          ],
        }),
      );
      await drained();
      const again = await detail(sessionId);

      expect(certificationOf(again, 9201).results.map((r) => [r.status, r.emitter])).toEqual([
        ['rejected', 'PIX-ALGO-FRAUD-REJECTION'],
        ['rejected', 'PIX-ALGO-FRAUD-REJECTION'],
        ['validated', 'PIX-ALGO'],
      ]);
      const technical = certificationOf(again, 9202);
      expect(technical.abortReason).toBe('technical');
      expect(technical.questions.filter((q) => q.neutralizedBy === 'technical-abort')).toHaveLength(3);
      expect(technical.questions.some((q) => q.autoSkipped)).toBe(false);
      expect(technical.results).toHaveLength(2);
    }, 60_000);
  });

  describe('a restart of the jury service in the middle of the auto-jury', () => {
    const sessionId = 502;

    it('scores every certification once, after the event comes back to the new process', async () => {
      fakes.courses.set(sessionId, [
        buildCourse({ courseId: 9101, sessionId, candidateId: 11, answers: ALL_OK }),
        buildCourse({
          courseId: 9102,
          sessionId,
          candidateId: 12,
          answers: ALL_OK.slice(0, 12),
          abortReason: 'candidate',
        }),
      ]);
      fakes.reports.set(sessionId, []);
      let fail: (error: Error) => void = () => undefined;
      fakes.holdResolution = new Promise<void>((_resolve, reject) => {
        fail = reject;
      });
      await finalize(
        buildFinalized({
          sessionId,
          candidates: [
            buildCandidate({ candidateId: 11 }),
            buildCandidate({ candidateId: 12, abortReason: 'candidate' }),
          ],
        }),
      );
      for (
        let attempt = 0;
        fakes.callsTo(IncidentsSubjects.resolveAutomatically, sessionId).length === 0;
        attempt += 1
      ) {
        if (attempt > 200) throw new Error('the auto-jury never reached incidents');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      // The process is stopping while incidents has not answered (it never will): nothing gets committed.
      const closing = app?.close();
      fakes.holdResolution = null;
      fail(new FakeRemoteError('SERVICE_UNAVAILABLE', 'Le service ne répond pas.'));
      await closing;
      await startJury();
      await drained();
      const session = await detail(sessionId);

      expect(fakes.callsTo(TestingSubjects.finalizeCourses, sessionId).length).toBeGreaterThanOrEqual(2);
      expect(session.certifications.map((c) => [c.certificationId, c.results.length])).toEqual([
        [9101, 1],
        [9102, 1],
      ]);
      expect(certificationOf(session, 9102).questions.filter((q) => q.autoSkipped)).toHaveLength(3);
    }, 60_000);
  });
});
