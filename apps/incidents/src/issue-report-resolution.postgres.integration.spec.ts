import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import { IncidentsSubjects, type IssueReportView, type QuestionForResolution } from '@pix/contracts';
import { createServiceApp, loadConfig, MessageBus, serviceConfigSchema } from '@pix/platform';
import type { ChallengeFlags } from '@pix/referential';
import { startNatsServer, startPostgresServer, type TestNatsServer, type TestPostgresServer } from '@pix/test-kit';
import { IncidentsModule } from './incidents.module';

/**
 * Resolutions arriving together on a PostgreSQL server, where transactions really run side by side (PGlite runs
 * them one after the other): the locked rows make them wait for each other.
 */
describe('resolution of issue reports on a PostgreSQL server, concurrently', () => {
  let nats: TestNatsServer;
  let postgres: TestPostgresServer;
  let app: INestMicroservice;
  let bus: MessageBus;
  let nextSessionId = 500;
  const newSession = () => (nextSessionId += 1);

  beforeAll(async () => {
    [nats, postgres] = await Promise.all([startNatsServer(), startPostgresServer()]);
    const config = loadConfig(serviceConfigSchema, {
      NATS_URL: nats.url,
      LOG_LEVEL: 'silent',
      DATABASE_URL: await postgres.createDatabase('incidents'),
      DATABASE_POOL_SIZE: '8',
    });
    app = await createServiceApp(
      'incidents',
      IncidentsModule.forRoot({ migrationsFolder: join(__dirname, 'infrastructure/persistence/migrations'), config }),
      nats.url,
    );
    await app.listen();
    bus = app.get(MessageBus);
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await Promise.all([nats?.stop(), postgres?.stop()]);
  }, 30_000);

  const plain: ChallengeFlags = { timedSeconds: null, focus: false, illustration: null, attachment: null, embed: null };
  const questions: QuestionForResolution[] = Array.from({ length: 32 }, (_, index) => ({
    number: index + 1,
    challengeId: `recQuestion${index + 1}`,
    flags: plain,
    answerStatus: index % 2 === 0 ? 'ko' : 'ok',
  }));
  const resolve = (sessionId: number) =>
    bus.request(IncidentsSubjects.resolveAutomatically, {
      sessionId,
      candidates: [7, 8, 9].map((candidateId) => ({ candidateId, questions })),
    });

  /** Reports of three candidates, one E4 on each of the first ten questions and a C1 each. */
  async function sessionWithReports(): Promise<{ sessionId: number; reports: IssueReportView[] }> {
    const sessionId = newSession();
    const reports: IssueReportView[] = [];
    for (const candidateId of [7, 8, 9]) {
      for (let questionNumber = 1; questionNumber <= 10; questionNumber += 1) {
        reports.push(
          await bus.request(IncidentsSubjects.recordIssueReport, {
            sessionId,
            candidateId,
            code: 'E4',
            questionNumber,
            source: 'invigilator',
            recordedBy: 42,
          }),
        );
      }
      reports.push(
        await bus.request(IncidentsSubjects.recordIssueReport, {
          sessionId,
          candidateId,
          code: 'C1',
          description: 'Nom : Martin',
          source: 'centre',
          recordedBy: 42,
        }),
      );
    }
    return { sessionId, reports };
  }

  it('gives calls arriving together one outcome: the same reply, every report resolved once', async () => {
    const { sessionId, reports } = await sessionWithReports();

    const replies = await Promise.all([resolve(sessionId), resolve(sessionId), resolve(sessionId), resolve(sessionId)]);
    const later = await resolve(sessionId);

    for (const reply of replies) expect(reply).toEqual(later);
    expect(later.issueReports.map((report) => report.id)).toEqual(reports.map((report) => report.id));
    expect(new Set(later.issueReports.map((report) => report.resolvedAt))).toEqual(
      new Set([null, later.issueReports[0]?.resolvedAt]),
    );
    expect(later.issueReports.map((report) => report.effect).filter((effect) => effect === 'neutralise')).toHaveLength(
      15,
    );
  }, 30_000);

  it('lets a manual and an automatic resolution of the same report arriving together agree', async () => {
    const { sessionId, reports } = await sessionWithReports();
    const target = reports[0]?.id ?? 0;

    const [manual, automatic] = await Promise.allSettled([
      bus.request(IncidentsSubjects.resolveManually, {
        sessionId,
        issueReportId: target,
        resolution: 'Vu avec le centre.',
        resolvedBy: 77,
      }),
      resolve(sessionId),
    ]);

    if (automatic.status !== 'fulfilled') throw automatic.reason;
    const resolvedTarget = automatic.value.issueReports.find((report) => report.id === target);
    if (manual.status === 'fulfilled') {
      expect(resolvedTarget).toMatchObject({ resolution: 'Vu avec le centre.', effect: null });
    } else {
      expect(manual.reason).toMatchObject({ code: 'ISSUE_REPORT_RESOLVED_AUTOMATICALLY' });
      expect(resolvedTarget).toMatchObject({
        resolution: 'Question neutralisée automatiquement.',
        effect: 'neutralise',
      });
    }
    expect(await resolve(sessionId)).toEqual(automatic.value);
  }, 30_000);
});
