import type {
  CentreView,
  CurrentQuestion,
  EnrolmentReport,
  FinalizationForm,
  JoinedSession,
  JurySessionSummary,
  PupilCredentials,
  PupilView,
  SessionView,
  StartedTest,
  UserCertificationView,
} from '@pix/contracts';
import { type Challenge, loadChallengeBank, referenceAnswer } from '@pix/referential';
import { type Browser, type HTTPResponse, type Page } from 'puppeteer-core';
import { ApiClient, ok } from './support/api-client';
import { launchTestBrowser, type ResponseSeen, scenarioSteps, squash } from './support/browser-steps';
import { csvFile } from './support/files';
import { E2E_ADMIN, type RunningPlatform, startPlatformForTests } from './support/platform-harness';
import { knowledgeElementsEarning, readReferentialSkills } from './support/referential';

/**
 * After the session, in Chromium: a CERTIF member of the jury publishes it from the console, a visitor without an
 * account checks the validated pupil's certificate on the public verification page, and the pupil reads their
 * result. The collège, the session, the test and the finalisation happen through the API. The steps build on each
 * other.
 */

/** Generous: the machine may be busy with another build. */
const WAIT_MS = 20_000;
const CLASS = '3e E';
const CENTRE = 'Collège Jules Verne';
const SESSION = {
  address: 'Collège Jules Verne – CDI',
  room: 'Salle 8',
  date: '2099-03-19',
  time: '14:00',
  examiner: 'Mme Roux',
  description: null,
};
const INVIGILATOR = {
  email: 'surveillante.roux@college-verne.example',
  password: 'Surveiller la session de certification de jeudi',
  firstName: 'Claire',
  lastName: 'Roux',
  staffRole: null,
};
const CERTIF = {
  email: 'jury.publication@pix.example',
  password: 'Publier les sessions de certification du jury',
  firstName: 'Paul',
  lastName: 'Jury',
  staffRole: 'CERTIF',
};
const PUPILS = [
  { ine: '3434567890E', lastName: 'LEROY', firstName: 'Inès', birthdate: '2011-05-21', sex: 'F' },
  { ine: '3534567890F', lastName: 'GARNIER', firstName: 'Tom', birthdate: '2011-09-04', sex: 'M' },
] as const;
const passwordOf = (firstName: string) => `${firstName} a passé sa certification Pix`;
/** Level 1 kept on five competences (12 pix each), out of level 7 on 16 competences (7 × 128). */
const SCORE = '60 / 896';

describe('the console in Chromium — the jury publishes, a visitor verifies, the pupil reads their result', () => {
  let running: RunningPlatform;
  let api: string;
  let browser: Browser;
  let session: SessionView;
  let ines: { account: PupilCredentials; client: ApiClient };
  let verificationCode: string;

  const pageErrors: string[] = [];
  const errorResponses: ResponseSeen[] = [];
  const step = scenarioSteps();
  const url = (path: string) => `${running.gatewayUrl}${path}`;

  /** A person at their own computer: an incognito context of its own. */
  async function openPage(name: string): Promise<Page> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${String((error as Error).stack ?? error)}`));
    page.on('response', (response: HTTPResponse) => {
      if (response.status() < 400) return;
      const { pathname } = new URL(response.url());
      errorResponses.push({ method: response.request().method(), path: pathname, status: response.status() });
    });
    return page;
  }

  /** Waits until `read` (run in the page) returns something other than null, and returns it. */
  async function until<T>(page: Page, what: string, read: (arg: string) => T | null, arg = ''): Promise<T> {
    try {
      const handle = await page.waitForFunction(read, { timeout: WAIT_MS }, arg);
      return (await handle.jsonValue()) as T;
    } catch (error) {
      const shown = squash(await page.$eval('main, body', (element) => element.textContent));
      throw new Error(`${what} never showed on ${page.url()} (page: « ${shown.slice(0, 600)} »): ${String(error)}`);
    }
  }

  const heading = (page: Page, text: string) =>
    until(
      page,
      `the heading « ${text} »`,
      (wanted) =>
        Array.from(document.querySelectorAll('h1')).some(
          (h1) => (h1.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted,
        ) || null,
      text,
    );

  /** The `dt → dd` pairs of the page's facts lists, once `label` is among them. */
  const facts = (page: Page, label: string) =>
    until(
      page,
      `the fact « ${label} »`,
      (wanted) => {
        const pairs: Record<string, string> = {};
        for (const dt of Array.from(document.querySelectorAll('dl.pix-facts dt'))) {
          pairs[(dt.textContent ?? '').replace(/\s+/g, ' ').trim()] = (dt.nextElementSibling?.textContent ?? '')
            .replace(/\s+/g, ' ')
            .trim();
        }
        return wanted in pairs ? pairs : null;
      },
      label,
    );

  const button = (page: Page, name: string) => page.locator(`::-p-aria([name="${name}"][role="button"])`);

  async function signIn(page: Page, login: string, password: string): Promise<void> {
    await heading(page, 'Connexion à Pix Certif');
    await page.locator('#login').fill(login);
    await page.locator('#password-input').fill(password);
    await button(page, 'Se connecter').click();
  }

  async function waitForPath(page: Page, path: string): Promise<void> {
    await until(page, `the address ${path}`, (wanted) => location.pathname === wanted || null, path);
  }

  beforeAll(async () => {
    running = await startPlatformForTests();
    api = `${running.gatewayUrl}/api`;
    browser = await launchTestBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  }, 60_000);

  step('API: 2 pupils of a collège sit the whole test right, the session is finalised and auto-juried', async () => {
    const staff = await ApiClient.login(api, E2E_ADMIN.email, E2E_ADMIN.password);
    const college = await ok(
      staff.post<CentreView>('/centres', {
        json: {
          type: 'SCO',
          name: CENTRE,
          uai: '0440088L',
          address: { street: '2 rue de la Loire', postalCode: '44000', city: 'Nantes' },
        },
      }),
      201,
    );
    const centrePath = `/centres/${college.id}`;
    const header = ['Identifiant national', 'Nom de famille', 'Prénom', 'Date de naissance', 'Sexe', 'Division'];
    const rows = PUPILS.map((one) => {
      const [year, month, day] = one.birthdate.split('-');
      return [one.ine, one.lastName, one.firstName, `${day}/${month}/${year}`, one.sex, CLASS];
    });
    await ok(
      staff.upload(`${centrePath}/pupils/import`, {
        name: 'eleves-3eE.csv',
        bytes: csvFile([
          [...header, 'Code commune de naissance', 'Commune de naissance', 'Pays de naissance'],
          ...rows.map((row) => [...row, '44109', '', 'FRANCE']),
        ]),
        type: 'text/csv',
      }),
    );
    const { pupils: imported } = await ok(staff.get<{ pupils: PupilView[] }>(`${centrePath}/pupils`));
    expect(imported).toHaveLength(2);
    const candidates: { account: PupilCredentials; client: ApiClient; pupil: (typeof PUPILS)[number] }[] = [];
    for (const pupil of PUPILS) {
      const view = imported.find((one) => one.firstName === pupil.firstName) as PupilView;
      const account = await ok(staff.post<PupilCredentials>(`${centrePath}/pupils/${view.id}/account`), 201);
      const first = await ApiClient.login(api, account.username, account.temporaryPassword);
      await ok(
        first.post('/auth/password', {
          json: { currentPassword: account.temporaryPassword, newPassword: passwordOf(pupil.firstName) },
        }),
      );
      candidates.push({
        account,
        pupil,
        client: await ApiClient.login(api, account.username, passwordOf(pupil.firstName)),
      });
    }
    ines = candidates[0] as (typeof candidates)[number];
    const profile = knowledgeElementsEarning(
      readReferentialSkills(),
      { '1.1': 12, '2.1': 12, '3.1': 12, '4.1': 12, '5.1': 12 },
      new Date(Date.now() - 30 * 24 * 3600 * 1000),
    );
    await ok(
      staff.post('/profiles/import', {
        json: { profiles: candidates.map((one) => ({ userId: one.account.userId, knowledgeElements: profile })) },
      }),
      201,
    );
    session = await ok(staff.post<SessionView>(`${centrePath}/sessions`, { json: SESSION }), 201);
    const sessionPath = `${centrePath}/sessions/${session.id}`;
    expect(
      await ok(staff.post<EnrolmentReport>(`${sessionPath}/candidates/enrol-pupils`, { json: { division: CLASS } })),
    ).toMatchObject({ enrolled: 2, candidateCount: 2 });
    await ok(staff.post('/users', { json: INVIGILATOR }), 201);
    await ok(staff.post('/users', { json: CERTIF }), 201);

    const invigilator = await ApiClient.login(api, INVIGILATOR.email, INVIGILATOR.password);
    const invigilation = `/invigilation/sessions/${session.id}`;
    await ok(invigilator.post(`${invigilation}/sign-in`, { json: { password: session.invigilatorPassword } }));
    const bank = loadChallengeBank();
    for (const { client, pupil } of candidates) {
      const joined = await ok(
        client.post<JoinedSession>(`/certification/sessions/${session.id}/join`, {
          json: { firstName: pupil.firstName, lastName: pupil.lastName, birthdate: pupil.birthdate },
        }),
      );
      await ok(
        invigilator.put(`${invigilation}/candidates/${joined.candidateId}/authorization`, {
          json: { authorized: true },
        }),
      );
      const { courseId } = await ok(
        client.post<StartedTest>(`/certification/sessions/${session.id}/start`, {
          json: { accessCode: session.accessCode },
        }),
      );
      for (;;) {
        const { question, course } = await ok(
          client.get<CurrentQuestion>(`/certification/courses/${courseId}/current-question`),
        );
        if (question === null) {
          expect(course).toMatchObject({ state: 'completed', answeredCount: 15, questionCount: 15 });
          break;
        }
        const challenge = bank.challengeById(question.challenge.id) as Challenge;
        await ok(
          client.post(`/certification/courses/${courseId}/answers`, {
            json: { challengeId: challenge.id, answer: referenceAnswer(challenge) },
          }),
        );
      }
    }

    const form = await ok(staff.get<FinalizationForm>(`${sessionPath}/finalization`));
    expect(form.candidates.map((one) => one.courseState)).toEqual(['completed', 'completed']);
    expect(
      await ok(
        staff.post<SessionView>(`${sessionPath}/finalization`, {
          json: {
            hasIncident: false,
            hasJoiningIssue: false,
            examinerGlobalComment: null,
            reports: form.candidates.map((one) => ({ candidateId: one.candidateId })),
          },
        }),
      ),
    ).toMatchObject({ status: 'finalized' });

    const certif = await ApiClient.login(api, CERTIF.email, CERTIF.password);
    let listed: JurySessionSummary | undefined;
    for (let attempt = 0; attempt < 120 && listed?.autoJuryDone !== true; attempt += 1) {
      const { sessions } = await ok(certif.get<{ sessions: JurySessionSummary[] }>('/jury/sessions?list=to_publish'));
      listed = sessions.find((one) => one.sessionId === session.id);
      if (listed?.autoJuryDone !== true) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(listed).toMatchObject({ certificationCount: 2, publishable: true, publishedAt: null });
  });

  step('the CERTIF member signs in, finds the session to publish, publishes it: « Résultats transmis »', async () => {
    const page = await openPage('jury');
    await page.goto(url('/jury'), { waitUntil: 'domcontentloaded' });
    await signIn(page, CERTIF.email, CERTIF.password);
    await waitForPath(page, '/jury');
    await heading(page, 'Jury de certification');

    await page.locator('::-p-aria([name="Sessions à publier"][role="link"])').click();
    const row = await until(
      page,
      `session n° ${session.id} in « Sessions à publier (1) »`,
      (id) => {
        if (
          (document.querySelector('caption')?.textContent ?? '').replace(/\s+/g, ' ').trim() !==
          'Sessions à publier (1)'
        )
          return null;
        const found = Array.from(document.querySelectorAll('tbody tr')).find(
          (tr) => tr.querySelector('th')?.textContent?.trim() === id,
        );
        return found === undefined
          ? null
          : Array.from(found.querySelectorAll('th, td'), (cell) =>
              (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
            );
      },
      String(session.id),
    );
    expect(row).toEqual([
      String(session.id),
      CENTRE,
      '19 mars 2099 à 14 h 00',
      'Finalisée',
      '—',
      '2',
      '0',
      'Publiable',
    ]);

    await page.locator(`::-p-aria([name="${session.id}"][role="link"])`).click();
    await waitForPath(page, `/jury/sessions/${session.id}`);
    await heading(page, `Session n° ${session.id} – ${CENTRE} Finalisée`);
    expect((await facts(page, 'Publiée le'))['Publiée le']).toBe('Non publiée');

    await button(page, 'Publier').click();
    const question = await until(
      page,
      'the confirmation',
      () => document.querySelector('#decision-titre')?.textContent?.trim() ?? null,
    );
    expect(question).toBe('Publier la session ?');
    await button(page, 'Publier la session').click();

    await heading(page, `Session n° ${session.id} – ${CENTRE} Résultats transmis`);
    const notice = await until(
      page,
      'the notice',
      () => document.querySelector('[role="status"] .fr-alert--success p')?.textContent?.trim() ?? null,
    );
    expect(notice).toBe('La session a été publiée.');
    expect((await facts(page, 'Publiée le'))['Publiée le']).toMatch(/^\d{1,2} \S+ \d{4} à \d{2}:\d{2}$/);
    expect(await page.$('#publish')).toBeNull();
    expect(await page.$('#unpublish')).not.toBeNull();
    await page.browserContext().close();
  });

  step('an anonymous visitor verifies the pupil’s code, then an unknown one', async () => {
    const { certifications } = await ok(
      ines.client.get<{ certifications: UserCertificationView[] }>('/me/certifications'),
    );
    expect(certifications).toEqual([
      expect.objectContaining({ sessionId: session.id, published: true, status: 'validated', pixScore: 60 }),
    ]);
    verificationCode = certifications[0]?.verificationCode ?? '';
    expect(verificationCode).toMatch(/^P-[2346789BCDFGHJKMPQRTVWXY]{8}$/);

    const page = await openPage('visitor');
    const verify = async (code: string) => {
      await page.goto(url('/verification'), { waitUntil: 'domcontentloaded' });
      await heading(page, 'Vérifier un certificat Pix');
      await page.locator('#code-verification').fill(code);
      await button(page, 'Vérifier le certificat').click();
      await waitForPath(page, `/verification/${code}`);
    };

    await verify(verificationCode);
    await heading(page, `Certificat Pix de ${PUPILS[0].firstName} ${PUPILS[0].lastName}`);
    const shown = await facts(page, 'Score Pix');
    expect(shown['Nom et prénom']).toBe(`${PUPILS[0].lastName} ${PUPILS[0].firstName}`);
    expect(shown['Centre de certification']).toBe(CENTRE);
    expect(shown['Date de passage']).toBe('19 mars 2099');
    expect(shown['Score Pix']).toBe(`${SCORE} Le maximum atteignable correspond au niveau 7 dans les 16 compétences.`);

    await verify('P-BCDFGHJK');
    const alert = await until(page, 'the not-found alert', () => {
      const found = document.querySelector('[role="alert"]');
      return found === null
        ? null
        : Array.from(found.querySelectorAll('h2, p'), (element) =>
            (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
          );
    });
    expect(alert).toEqual([
      'Aucun certificat ne correspond au code P-BCDFGHJK',
      'Aucun certificat publié ne correspond à ce code de vérification.',
      'Vérifiez le code avec la personne qui vous l’a communiqué : seuls les certificats validés et dont les résultats ont été publiés peuvent être vérifiés.',
    ]);
    await page.browserContext().close();
  });

  step('the pupil signs in and reads their validated result on « Mes résultats de certification »', async () => {
    const page = await openPage('pupil');
    await page.goto(url('/certification/resultats'), { waitUntil: 'domcontentloaded' });
    await signIn(page, ines.account.username, passwordOf(PUPILS[0].firstName));
    await waitForPath(page, '/certification/resultats');
    await heading(page, 'Mes résultats de certification');
    const title = await until(
      page,
      'the certification card',
      () => document.querySelector('.pix-my-certification h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    );
    expect(title).toBe('Certification du 19 mars 2099');
    expect(await facts(page, 'Score Pix')).toEqual({
      Statut: 'Validée',
      'Score Pix': SCORE,
      'Code de vérification': verificationCode,
    });
    await page.browserContext().close();
  });

  it('raised no page error, and the only HTTP error besides the signed-out refreshes is the unknown code', () => {
    expect(pageErrors).toEqual([]);
    expect(errorResponses.filter((seen) => !(seen.path === '/api/auth/refresh' && seen.status === 401))).toEqual([
      { method: 'GET', path: '/api/public/certificates/P-BCDFGHJK', status: 404 },
    ]);
  });
});
