import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import {
  healthSubject,
  IncidentsEvents,
  IncidentsSubjects,
  type QuestionForResolution,
  type RecordIssueReportRequest,
  type ResolvedIssueReport,
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
import type { ChallengeFlags } from '@pix/referential';
import { sql } from 'drizzle-orm';
import { IncidentsModule } from './incidents.module';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR fake image body'),
]);
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

describe(`${IncidentsModule.name} on a real nats-server and database`, () => {
  let nats: TestNatsServer;
  let app: INestMicroservice;
  let bus: MessageBus;
  let database: DatabaseHandle;
  // Each test works in its own session, so that lists and counts are its own.
  let nextSessionId = 100;
  const newSession = () => (nextSessionId += 1);

  beforeAll(async () => {
    nats = await startNatsServer();
    const config = loadConfig(serviceConfigSchema, { NATS_URL: nats.url, LOG_LEVEL: 'silent' });
    app = await createServiceApp(
      'incidents',
      IncidentsModule.forRoot({
        migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'),
        config,
        inMemoryDatabase: true,
      }),
      nats.url,
    );
    await app.listen();
    bus = app.get(MessageBus);
    database = app.get<DatabaseHandle>(DATABASE);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  const rows = async <T>(query: ReturnType<typeof sql>): Promise<T[]> =>
    ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

  const eventsOf = (sessionId: number) =>
    rows<{ subject: string; payload: Record<string, unknown> }>(
      sql`select subject, payload from outbox_events where (payload->>'sessionId')::int = ${sessionId} order by created_at, subject`,
    );

  const countIn = async (table: string, sessionId: number) =>
    (
      await rows<{ count: number }>(
        sql`select count(*)::int as count from ${sql.identifier(table)} where session_id = ${sessionId}`,
      )
    )[0]?.count;

  const record = (overrides: Partial<RecordIssueReportRequest> & { sessionId: number }) =>
    bus.request(IncidentsSubjects.recordIssueReport, {
      candidateId: 7,
      code: 'C7',
      description: 'Coupure réseau de deux minutes',
      source: 'invigilator',
      recordedBy: 42,
      ...overrides,
    });

  it('answers incidents.qry.health.v1 with its database up', async () => {
    const reply = await bus.request(healthSubject('incidents'), {});

    expect(reply).toMatchObject({ service: 'incidents', database: { status: 'up', driver: 'pglite' } });
  });

  describe('issue reports', () => {
    it('records a report named by its code, as typed and trimmed, and announces it with its session and candidate', async () => {
      const sessionId = newSession();

      const view = await record({ sessionId, description: '  <b>Écran</b> figé  ', source: 'centre' });

      expect(view).toMatchObject({
        sessionId,
        candidateId: 7,
        code: 'C7',
        category: 'NON_BLOCKING_TECHNICAL_ISSUE',
        subcategory: null,
        description: '<b>Écran</b> figé',
        questionNumber: null,
        source: 'centre',
        recordedBy: 42,
        isImpactful: false,
        resolvedAt: null,
      });
      expect(await eventsOf(sessionId)).toEqual([
        {
          subject: 'incidents.evt.issue-report-recorded.v1',
          payload: expect.objectContaining({ issueReportId: view.id, sessionId, candidateId: 7, code: 'C7' }),
        },
      ]);
    });

    it('records a report named by category and subcategory, and lists the session’s reports in order', async () => {
      const sessionId = newSession();
      const first = await record({ sessionId, candidateId: 8, code: 'E3', description: null, questionNumber: 12 });
      const second = await record({
        sessionId,
        code: null,
        category: 'CANDIDATE_INFORMATIONS_CHANGES',
        subcategory: 'NAME_OR_BIRTHDATE',
        description: 'Né le 05/03/2011',
      });
      await record({ sessionId: newSession() });

      const { issueReports } = await bus.request(IncidentsSubjects.listIssueReports, { sessionId });

      expect(issueReports.map((report) => [report.id, report.code, report.candidateId, report.questionNumber])).toEqual(
        [
          [first.id, 'E3', 8, 12],
          [second.id, 'C1', 7, null],
        ],
      );
    });

    it('refuses an invalid report with every problem in French, and stores nothing', async () => {
      const sessionId = newSession();

      await expect(record({ sessionId, code: 'E3', description: 'x'.repeat(501) })).rejects.toMatchObject({
        code: 'ISSUE_REPORT_INVALID',
        details: {
          problems: [
            { field: 'description', message: 'La description ne doit pas dépasser 500 caractères.' },
            {
              field: 'questionNumber',
              message: 'Le numéro de question est obligatoire pour un problème sur une question.',
            },
          ],
        },
      });
      await expect(record({ sessionId, code: 'E7', questionNumber: 3 })).rejects.toMatchObject({
        code: 'ISSUE_REPORT_INVALID',
        details: { problems: [{ field: 'code', message: expect.stringContaining('n’est plus utilisé') }] },
      });
      await expect(record({ sessionId, source: 'fraud_report' as 'centre' })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
      expect(await countIn('issue_reports', sessionId)).toBe(0);
      expect(await eventsOf(sessionId)).toEqual([]);
    });

    it('deletes an unresolved report of the session only, and announces it', async () => {
      const sessionId = newSession();
      const report = await record({ sessionId });

      await expect(
        bus.request(IncidentsSubjects.deleteIssueReport, {
          sessionId: sessionId + 1000,
          issueReportId: report.id,
          deletedBy: 42,
        }),
      ).rejects.toMatchObject({ code: 'ISSUE_REPORT_NOT_FOUND', message: 'Signalement introuvable.' });
      const reply = await bus.request(IncidentsSubjects.deleteIssueReport, {
        sessionId,
        issueReportId: report.id,
        deletedBy: 43,
      });

      expect(reply).toEqual({ deleted: true });
      expect(await countIn('issue_reports', sessionId)).toBe(0);
      expect((await eventsOf(sessionId)).map((event) => event.subject)).toEqual([
        'incidents.evt.issue-report-recorded.v1',
        'incidents.evt.issue-report-deleted.v1',
      ]);
      expect((await eventsOf(sessionId))[1]?.payload).toEqual({
        issueReportId: report.id,
        sessionId,
        candidateId: 7,
        deletedBy: 43,
      });
    });

    it('refuses to delete a resolved report', async () => {
      const sessionId = newSession();
      const report = await record({ sessionId });
      await database.db.execute(
        sql`update issue_reports set resolved_at = now(), resolution = 'Vu' where id = ${report.id}`,
      );

      await expect(
        bus.request(IncidentsSubjects.deleteIssueReport, { sessionId, issueReportId: report.id, deletedBy: 42 }),
      ).rejects.toMatchObject({ code: 'ISSUE_REPORT_ALREADY_RESOLVED' });
      expect(await countIn('issue_reports', sessionId)).toBe(1);
    });
  });

  describe('fraud reports', () => {
    const fraud = (sessionId: number, files: { fileName: string; bytes: Buffer }[]) =>
      bus.request(IncidentsSubjects.fileFraudReport, {
        sessionId,
        candidateId: 9,
        occurredAt: '2020-03-14T09:42:00Z',
        description: 'Le candidat consultait son téléphone.',
        invigilatorName: 'Mme Martin',
        recordedBy: 42,
        files: files.map((file) => ({ fileName: file.fileName, base64: file.bytes.toString('base64') })),
      });

    it('stores the PV with its files typed by content, records its C6 in the same transaction, and announces both', async () => {
      const sessionId = newSession();

      const filed = await fraud(sessionId, [
        { fileName: 'capture.pdf', bytes: PNG },
        { fileName: '../PV signé.pdf', bytes: PDF },
      ]);

      expect(filed).toMatchObject({
        sessionId,
        candidateId: 9,
        occurredAt: '2020-03-14T09:42:00.000Z',
        description: 'Le candidat consultait son téléphone.',
        invigilatorName: 'Mme Martin',
      });
      expect(filed.evidence.map((file) => [file.fileName, file.contentType, file.sizeBytes])).toEqual([
        ['capture.png', 'image/png', PNG.length],
        ['PV signé.pdf', 'application/pdf', PDF.length],
      ]);
      const { issueReports } = await bus.request(IncidentsSubjects.listIssueReports, { sessionId });
      expect(issueReports).toEqual([
        expect.objectContaining({ id: filed.issueReportId, code: 'C6', candidateId: 9, source: 'fraud_report' }),
      ]);
      expect((await eventsOf(sessionId)).map((event) => [event.subject, event.payload['candidateId']])).toEqual([
        ['incidents.evt.fraud-report-filed.v1', 9],
        ['incidents.evt.issue-report-recorded.v1', 9],
      ]);
    });

    it('lists the PVs without contents and gives back one file byte for byte', async () => {
      const sessionId = newSession();
      const filed = await fraud(sessionId, [{ fileName: 'photo.png', bytes: PNG }]);
      const evidenceFileId = filed.evidence[0]?.id ?? 0;

      const { fraudReports } = await bus.request(IncidentsSubjects.listFraudReports, { sessionId });
      const file = await bus.request(IncidentsSubjects.getEvidenceFile, {
        sessionId,
        fraudReportId: filed.id,
        evidenceFileId,
      });

      expect(fraudReports).toEqual([filed]);
      expect(JSON.stringify(fraudReports)).not.toContain(PNG.toString('base64'));
      expect(Buffer.from(file.base64, 'base64').equals(PNG)).toBe(true);
      expect(file).toMatchObject({
        fileName: 'photo.png',
        contentType: 'image/png',
        sha256: filed.evidence[0]?.sha256,
      });
      await expect(
        bus.request(IncidentsSubjects.getEvidenceFile, {
          sessionId: sessionId + 1000,
          fraudReportId: filed.id,
          evidenceFileId,
        }),
      ).rejects.toMatchObject({ code: 'FRAUD_REPORT_NOT_FOUND' });
    });

    it('refuses a text file renamed .png and stores neither the PV nor its C6', async () => {
      const sessionId = newSession();

      await expect(
        fraud(sessionId, [
          { fileName: 'ok.png', bytes: PNG },
          { fileName: 'photo.png', bytes: Buffer.from('pas une image') },
        ]),
      ).rejects.toMatchObject({
        code: 'EVIDENCE_FILE_INVALID',
        message:
          'Le fichier « photo.png » n’est ni une image ni un PDF. Seules les images PNG, JPEG ou WebP et les documents PDF sont acceptés.',
      });
      expect(await countIn('fraud_reports', sessionId)).toBe(0);
      expect(await countIn('issue_reports', sessionId)).toBe(0);
      expect(await eventsOf(sessionId)).toEqual([]);
    });

    it('refuses a file over 2 MiB', async () => {
      const sessionId = newSession();
      const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);

      await expect(fraud(sessionId, [{ fileName: 'big.png', bytes: big }])).rejects.toMatchObject({
        code: 'EVIDENCE_FILE_TOO_LARGE',
      });
      expect(await countIn('fraud_reports', sessionId)).toBe(0);
    });

    it('refuses a PV without a precise description', async () => {
      const sessionId = newSession();

      await expect(
        bus.request(IncidentsSubjects.fileFraudReport, {
          sessionId,
          candidateId: 9,
          occurredAt: '2020-03-14T09:42:00Z',
          description: 'Triche',
          invigilatorName: '',
          recordedBy: 42,
          files: [],
        }),
      ).rejects.toMatchObject({
        code: 'FRAUD_REPORT_INVALID',
        details: {
          problems: [
            { field: 'description', message: 'La description des faits doit compter au moins 10 caractères.' },
            { field: 'invigilatorName', message: 'Le nom du surveillant est obligatoire.' },
          ],
        },
      });
    });

    it('keeps the C6 of a PV from being deleted on its own', async () => {
      const sessionId = newSession();
      const filed = await fraud(sessionId, []);

      await expect(
        bus.request(IncidentsSubjects.deleteIssueReport, {
          sessionId,
          issueReportId: filed.issueReportId,
          deletedBy: 42,
        }),
      ).rejects.toMatchObject({ code: 'ISSUE_REPORT_NOT_DELETABLE' });
      expect(await countIn('issue_reports', sessionId)).toBe(1);
    });
  });

  describe('candidate alerts', () => {
    const raise = (sessionId: number, questionNumber = 12) =>
      bus.request(IncidentsSubjects.raiseAlert, {
        sessionId,
        candidateId: 7,
        courseId: 31,
        questionNumber,
        challengeId: 'recChallenge1',
      });

    it('raises one ongoing alert per candidate: raising again returns the same one, announced once', async () => {
      const sessionId = newSession();

      const first = await raise(sessionId, 12);
      const again = await raise(sessionId, 13);

      expect(first).toMatchObject({
        sessionId,
        candidateId: 7,
        questionNumber: 12,
        status: 'ongoing',
        decidedAt: null,
      });
      expect(again).toEqual(first);
      expect(await countIn('candidate_alerts', sessionId)).toBe(1);
      expect(await eventsOf(sessionId)).toEqual([
        {
          subject: 'incidents.evt.alert-raised.v1',
          payload: expect.objectContaining({ alertId: first.id, sessionId, candidateId: 7, questionNumber: 12 }),
        },
      ]);
    });

    it('validates an alert with E3: an IN_CHALLENGE report on its question is recorded, then a new alert may be raised', async () => {
      const sessionId = newSession();
      const alert = await raise(sessionId);

      const decided = await bus.request(IncidentsSubjects.decideAlert, {
        sessionId,
        alertId: alert.id,
        decidedBy: 42,
        decision: 'validated',
        subcategory: 'E3',
      });
      const { issueReports } = await bus.request(IncidentsSubjects.listIssueReports, { sessionId });
      const next = await raise(sessionId, 20);

      expect(decided).toMatchObject({
        status: 'validated',
        subcategory: 'FILE_NOT_OPENING',
        code: 'E3',
        decidedBy: 42,
        issueReportId: issueReports[0]?.id,
      });
      expect(issueReports).toEqual([
        expect.objectContaining({
          candidateId: 7,
          code: 'E3',
          category: 'IN_CHALLENGE',
          subcategory: 'FILE_NOT_OPENING',
          questionNumber: 12,
          source: 'candidate_alert',
          recordedBy: 42,
        }),
      ]);
      expect(next.id).not.toBe(alert.id);
      const decidedEvent = (await eventsOf(sessionId)).find((event) => event.subject === IncidentsEvents.alertDecided);
      expect(decidedEvent?.payload).toEqual({
        alertId: alert.id,
        sessionId,
        candidateId: 7,
        status: 'validated',
        subcategory: 'FILE_NOT_OPENING',
        issueReportId: issueReports[0]?.id,
      });
    });

    it('dismisses an alert without any report, and refuses a second decision', async () => {
      const sessionId = newSession();
      const alert = await raise(sessionId);

      const dismissed = await bus.request(IncidentsSubjects.decideAlert, {
        sessionId,
        alertId: alert.id,
        decidedBy: 42,
        decision: 'dismissed',
      });

      expect(dismissed).toMatchObject({ status: 'dismissed', subcategory: null, issueReportId: null });
      await expect(
        bus.request(IncidentsSubjects.decideAlert, {
          sessionId,
          alertId: alert.id,
          decidedBy: 42,
          decision: 'validated',
          subcategory: 'E1',
        }),
      ).rejects.toMatchObject({ code: 'ALERT_ALREADY_DECIDED', message: 'Ce signalement a déjà été refusé.' });
      expect(await countIn('issue_reports', sessionId)).toBe(0);
      const { alerts } = await bus.request(IncidentsSubjects.listAlerts, { sessionId });
      expect(alerts.map((one) => one.status)).toEqual(['dismissed']);
    });

    it('refuses a validation with a deprecated subcategory and leaves the alert ongoing', async () => {
      const sessionId = newSession();
      const alert = await raise(sessionId);

      await expect(
        bus.request(IncidentsSubjects.decideAlert, {
          sessionId,
          alertId: alert.id,
          decidedBy: 42,
          decision: 'validated',
          subcategory: 'E7',
        }),
      ).rejects.toMatchObject({ code: 'ALERT_INVALID' });
      await expect(
        bus.request(IncidentsSubjects.decideAlert, {
          sessionId: sessionId + 1000,
          alertId: alert.id,
          decidedBy: 42,
          decision: 'dismissed',
        }),
      ).rejects.toMatchObject({ code: 'ALERT_NOT_FOUND' });
      const { alerts } = await bus.request(IncidentsSubjects.listAlerts, { sessionId });
      expect(alerts.map((one) => one.status)).toEqual(['ongoing']);
    });
  });
  describe('resolution of issue reports', () => {
    const plain: ChallengeFlags = {
      timedSeconds: null,
      focus: false,
      illustration: null,
      attachment: null,
      embed: null,
    };
    const question = (
      number: number,
      challengeId: string,
      flags: Partial<ChallengeFlags>,
      answerStatus: string | null,
    ): QuestionForResolution => ({ number, challengeId, flags: { ...plain, ...flags }, answerStatus });
    /** Candidate 7 answered questions 1 to 4 and never answered question 5. */
    const candidate7 = {
      candidateId: 7,
      questions: [
        question(1, 'recEmbed1', { embed: { title: 'Simulateur de tableur', height: 600 } }, 'ko'),
        question(2, 'recPlain2', {}, 'ko'),
        question(3, 'recFocus3', { focus: true }, 'focusedOut'),
        question(4, 'recPlain4', {}, 'ok'),
        question(5, 'recTimed5', { timedSeconds: 60 }, null),
      ],
    };
    const resolveAutomatically = (sessionId: number) =>
      bus.request(IncidentsSubjects.resolveAutomatically, { sessionId, candidates: [candidate7] });

    /** The resolution columns as stored, in recording order. */
    const storedResolutions = (sessionId: number) =>
      rows<Record<string, unknown>>(
        sql`select id, candidate_id, to_char(resolved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as resolved_at,
              resolution, has_been_automatically_resolved, resolution_effect, resolution_challenge_id, resolved_by
            from issue_reports where session_id = ${sessionId} order by recorded_at, id`,
      );

    const summary = (reports: readonly ResolvedIssueReport[]) =>
      reports.map((report) => [report.code, report.candidateId, report.effect, report.challengeId, report.resolution]);

    /** A session finalised with reports of every kind the rules name, and one about a candidate the request omits. */
    async function finalisedSession() {
      const sessionId = newSession();
      const e2 = await record({ sessionId, code: 'E2', description: null, questionNumber: 1 });
      const e1 = await record({ sessionId, code: 'E1', description: null, questionNumber: 2 });
      const e10 = await record({ sessionId, code: 'E10', description: null, questionNumber: 3 });
      const e4 = await record({ sessionId, code: 'E4', description: null, questionNumber: 4 });
      const c1 = await record({ sessionId, code: 'C1', description: 'Prénom : Zoé', source: 'centre' });
      const fraud = await bus.request(IncidentsSubjects.fileFraudReport, {
        sessionId,
        candidateId: 7,
        occurredAt: '2020-03-14T09:42:00Z',
        description: 'Le candidat consultait son téléphone.',
        invigilatorName: 'Mme Martin',
        recordedBy: 42,
        files: [],
      });
      const e3 = await record({ sessionId, code: 'E3', description: null, questionNumber: 40 });
      const e8 = await record({ sessionId, code: 'E8', description: null, questionNumber: 5 });
      const other = await record({ sessionId, candidateId: 8, code: 'E4', description: null, questionNumber: 1 });
      return { sessionId, e2, e1, e10, e4, c1, c6Id: fraud.issueReportId, e3, e8, other };
    }

    it('resolves what §7 resolves, with its effect and challenge, leaves C1, C6 and unlisted candidates for the jury, and stores it', async () => {
      const { sessionId, e2, c1, c6Id, other } = await finalisedSession();

      const reply = await resolveAutomatically(sessionId);

      expect(summary(reply.issueReports)).toEqual([
        ['E2', 7, 'neutralise', 'recEmbed1', 'Question neutralisée automatiquement.'],
        [
          'E1',
          7,
          'no-effect',
          'recPlain2',
          'Question non neutralisée : elle ne contient ni image ni application intégrée.',
        ],
        [
          'E10',
          7,
          'remark-ok',
          'recFocus3',
          'Réponse acceptée automatiquement : le candidat est sorti de la fenêtre involontairement.',
        ],
        ['E4', 7, 'no-effect', 'recPlain4', 'Question non neutralisée : la réponse est correcte.'],
        ['C1', 7, null, null, null],
        ['C6', 7, null, null, null],
        [
          'E3',
          7,
          'no-effect',
          null,
          'Aucune réponse ne correspond à la question n° 40 : signalement résolu sans effet.',
        ],
        [
          'E8',
          7,
          'no-effect',
          null,
          'Aucune réponse ne correspond à la question n° 5 : signalement résolu sans effet.',
        ],
        ['E4', 8, null, null, null],
      ]);
      const unresolved = reply.issueReports.filter((report) => report.resolvedAt === null).map((report) => report.id);
      expect(unresolved).toEqual([c1.id, c6Id, other.id]);
      expect(
        reply.issueReports.every((report) => report.hasBeenAutomaticallyResolved === (report.effect !== null)),
      ).toBe(true);
      const stored = await storedResolutions(sessionId);
      expect(stored[0]).toEqual({
        id: e2.id,
        candidate_id: 7,
        resolved_at: reply.issueReports[0]?.resolvedAt,
        resolution: 'Question neutralisée automatiquement.',
        has_been_automatically_resolved: true,
        resolution_effect: 'neutralise',
        resolution_challenge_id: 'recEmbed1',
        resolved_by: null,
      });
      expect(stored.map((row) => [row['resolution_effect'], row['resolution_challenge_id']])).toEqual(
        reply.issueReports.map((report) => [report.effect, report.challengeId]),
      );
      const { issueReports: listed } = await bus.request(IncidentsSubjects.listIssueReports, { sessionId });
      expect(listed.map((report) => [report.id, report.resolution, report.resolvedAt])).toEqual(
        reply.issueReports.map((report) => [report.id, report.resolution, report.resolvedAt]),
      );
    });

    it('replays to the same reply and changes nothing, even when two calls arrive together', async () => {
      const { sessionId } = await finalisedSession();
      const first = await resolveAutomatically(sessionId);
      const storedAfterFirst = await storedResolutions(sessionId);

      const replay = await resolveAutomatically(sessionId);
      const together = await Promise.all([resolveAutomatically(sessionId), resolveAutomatically(sessionId)]);

      expect(replay).toEqual(first);
      expect(together).toEqual([first, first]);
      expect(await storedResolutions(sessionId)).toEqual(storedAfterFirst);
    });

    it('gives two first calls arriving together the same outcome', async () => {
      const { sessionId } = await finalisedSession();

      const [one, two] = await Promise.all([resolveAutomatically(sessionId), resolveAutomatically(sessionId)]);

      expect(two).toEqual(one);
      expect(one.issueReports.filter((report) => report.effect !== null)).toHaveLength(6);
    });

    it('lets a jury member resolve C1 by hand, then correct it, and refuses an automatically resolved report', async () => {
      const { sessionId, e2, c1 } = await finalisedSession();
      await resolveAutomatically(sessionId);

      const resolved = await bus.request(IncidentsSubjects.resolveManually, {
        sessionId,
        issueReportId: c1.id,
        resolution: '  Prénom corrigé sur le certificat.  ',
        resolvedBy: 77,
      });
      const corrected = await bus.request(IncidentsSubjects.resolveManually, {
        sessionId,
        issueReportId: c1.id,
        resolution: 'Prénom et date de naissance corrigés.',
        resolvedBy: 78,
      });

      expect(resolved).toMatchObject({
        id: c1.id,
        code: 'C1',
        resolution: 'Prénom corrigé sur le certificat.',
        hasBeenAutomaticallyResolved: false,
      });
      expect(resolved.resolvedAt).not.toBeNull();
      expect(corrected.resolution).toBe('Prénom et date de naissance corrigés.');
      const storedC1 = (await storedResolutions(sessionId)).find((row) => row['id'] === c1.id);
      expect(storedC1).toMatchObject({
        resolution: 'Prénom et date de naissance corrigés.',
        resolved_by: 78,
        resolution_effect: null,
        has_been_automatically_resolved: false,
      });
      await expect(
        bus.request(IncidentsSubjects.resolveManually, {
          sessionId,
          issueReportId: e2.id,
          resolution: 'Autre décision',
          resolvedBy: 77,
        }),
      ).rejects.toMatchObject({ code: 'ISSUE_REPORT_RESOLVED_AUTOMATICALLY' });
      const replay = await resolveAutomatically(sessionId);
      expect(replay.issueReports.find((report) => report.id === c1.id)).toMatchObject({
        resolution: 'Prénom et date de naissance corrigés.',
        hasBeenAutomaticallyResolved: false,
        effect: null,
        challengeId: null,
      });
      expect(replay.issueReports.find((report) => report.id === e2.id)).toMatchObject({
        resolution: 'Question neutralisée automatiquement.',
        effect: 'neutralise',
      });
    });

    it('refuses a manual resolution of another session’s report, or with a blank text', async () => {
      const sessionId = newSession();
      const c1 = await record({ sessionId, code: 'C1', description: 'Prénom : Zoé' });

      await expect(
        bus.request(IncidentsSubjects.resolveManually, {
          sessionId: sessionId + 1000,
          issueReportId: c1.id,
          resolution: 'Vu.',
          resolvedBy: 77,
        }),
      ).rejects.toMatchObject({ code: 'ISSUE_REPORT_NOT_FOUND' });
      await expect(
        bus.request(IncidentsSubjects.resolveManually, {
          sessionId,
          issueReportId: c1.id,
          resolution: ' \n ',
          resolvedBy: 77,
        }),
      ).rejects.toMatchObject({
        code: 'ISSUE_REPORT_INVALID',
        details: { problems: [{ field: 'resolution', message: 'La résolution est obligatoire.' }] },
      });
      expect((await storedResolutions(sessionId))[0]).toMatchObject({ resolved_at: null, resolved_by: null });
    });

    it('refuses a request with an unknown answer status or two questions under one number, and resolves nothing', async () => {
      const sessionId = newSession();
      await record({ sessionId, code: 'E4', description: null, questionNumber: 1 });

      await expect(
        bus.request(IncidentsSubjects.resolveAutomatically, {
          sessionId,
          candidates: [{ candidateId: 7, questions: [question(1, 'recPlain1', {}, 'wrong')] }],
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(
        bus.request(IncidentsSubjects.resolveAutomatically, {
          sessionId,
          candidates: [
            { candidateId: 7, questions: [question(1, 'recPlain1', {}, 'ko'), question(1, 'recPlain2', {}, 'ok')] },
          ],
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      expect((await storedResolutions(sessionId))[0]).toMatchObject({ resolved_at: null });
    });
  });
});
