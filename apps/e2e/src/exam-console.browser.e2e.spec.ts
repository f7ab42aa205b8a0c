import type {
  CentreView,
  EnrolmentReport,
  IssueReportView,
  PupilCredentials,
  PupilView,
  SessionView,
} from '@pix/contracts';
import { type Browser, type BrowserContext, type ElementHandle, type HTTPResponse, type Page } from 'puppeteer-core';
import { ApiClient, ok } from './support/api-client';
import { launchTestBrowser, type ResponseSeen, scenarioSteps, squash } from './support/browser-steps';
import { csvFile } from './support/files';
import { E2E_ADMIN, type RunningPlatform, startPlatformForTests } from './support/platform-harness';
import { knowledgeElementsEarning, readReferentialSkills } from './support/referential';

/**
 * The morning of the exam in the console, in Chromium: an invigilator watches the live space of a session while a
 * pupil, in another browser, joins it, waits for their presence to be confirmed, answers, skips, reports a problem,
 * and has their test ended by the invigilator. The collège, its pupils and the session are set up through the API.
 * The steps run in order and build on each other.
 */

/** Generous: the machine may be busy with another build. */
const WAIT_MS = 20_000;
const CLASS = '3e D';
const SESSION = {
  address: 'Collège Victor Hugo – bâtiment A',
  room: 'Salle 12',
  date: '2099-03-18',
  time: '09:00',
  examiner: 'M. Perrin',
  description: null,
};
const INVIGILATOR = {
  email: 'surveillant.perrin@college-hugo.example',
  password: 'Surveiller la session de certification de mercredi',
  firstName: 'Marc',
  lastName: 'Perrin',
  staffRole: null,
};
const PUPILS = [
  { ine: '3234567890C', lastName: 'MARTIN', firstName: 'Léa', birthdate: '15/03/2011', sex: 'F' },
  { ine: '3334567890D', lastName: 'DURAND', firstName: 'Hugo', birthdate: '02/07/2011', sex: 'M' },
] as const;
const LEA = PUPILS[0];

/** One person at their own computer: an incognito context of its own, so its own refresh cookie. */
interface Desk {
  readonly context: BrowserContext;
  readonly page: Page;
}

describe('the console in Chromium — the invigilator space and the candidate’s test, side by side, live', () => {
  let running: RunningPlatform;
  let api: string;
  let browser: Browser;
  let invigilatorDesk: Desk;
  let pupilDesk: Desk;

  let college: CentreView;
  let session: SessionView;
  let lea: PupilCredentials;
  let invigilatorApi: ApiClient;

  const pageErrors: string[] = [];
  const errorResponses: ResponseSeen[] = [];
  const eventStreams: string[] = [];
  const sessionReads: string[] = [];

  const step = scenarioSteps();

  const url = (path: string) => `${running.gatewayUrl}${path}`;
  const invigilationPath = () => `/surveillance/sessions/${session.id}`;

  async function openDesk(name: string): Promise<Desk> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${String((error as Error).stack ?? error)}`));
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/^\/api\/invigilation\/sessions\/\d+\/events$/.test(pathname)) eventStreams.push(name);
      if (/^\/api\/invigilation\/sessions\/\d+$/.test(pathname)) sessionReads.push(name);
    });
    page.on('response', (response: HTTPResponse) => {
      if (response.status() < 400) return;
      const { pathname } = new URL(response.url());
      errorResponses.push({ method: response.request().method(), path: pathname, status: response.status() });
    });
    return { context, page };
  }

  async function waitForPath(page: Page, path: RegExp | string): Promise<void> {
    const source = typeof path === 'string' ? `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : path.source;
    try {
      await page.waitForFunction(
        (pattern) => new RegExp(pattern).test(location.pathname),
        { timeout: WAIT_MS },
        source,
      );
    } catch (error) {
      throw new Error(`still on ${page.url()} instead of ${String(path)}: ${(error as Error).message}`);
    }
  }

  async function waitForHeading(page: Page, text: string): Promise<void> {
    try {
      await page.waitForFunction(
        (expected) =>
          Array.from(document.querySelectorAll('h1')).some(
            (h1) => (h1.textContent ?? '').replace(/\s+/g, ' ').trim() === expected,
          ),
        { timeout: WAIT_MS },
        text,
      );
    } catch (error) {
      const shown = await page.$$eval('h1', (all) => all.map((h1) => h1.textContent?.trim()));
      throw new Error(`no heading « ${text} » (shown: ${JSON.stringify(shown)}): ${(error as Error).message}`);
    }
  }

  async function waitForText(page: Page, selector: string, text: string): Promise<void> {
    try {
      await page.waitForFunction(
        (css, wanted) =>
          Array.from(document.querySelectorAll(css)).some((element) =>
            (element.textContent ?? '').replace(/\s+/g, ' ').includes(wanted),
          ),
        { timeout: WAIT_MS },
        selector,
        text,
      );
    } catch (error) {
      const shown = await page.$$eval(selector, (all) => all.map((element) => element.textContent?.trim()));
      throw new Error(`no « ${text} » in ${selector} (shown: ${JSON.stringify(shown)}): ${(error as Error).message}`);
    }
  }

  /** The control a `<label>` names by its own words (its DSFR hint left aside). */
  async function field(page: Page, label: string): Promise<ElementHandle<Element>> {
    const handle = await page.waitForFunction(
      (wanted) => {
        for (const element of Array.from(document.querySelectorAll('label'))) {
          const own = Array.from(element.childNodes)
            .filter((node) => !(node instanceof HTMLElement && node.classList.contains('fr-hint-text')))
            .map((node) => node.textContent ?? '')
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
          if (own === wanted && element.htmlFor !== '') return document.getElementById(element.htmlFor);
        }
        return null;
      },
      { timeout: WAIT_MS },
      label,
    );
    const element = handle.asElement();
    if (element === null) throw new Error(`no field labelled « ${label} »`);
    return element as ElementHandle<Element>;
  }

  async function fill(page: Page, label: string, value: string): Promise<void> {
    const control = await field(page, label);
    const id = await control.evaluate((element) => element.id);
    await control.dispose();
    await page.locator(`#${id}`).fill(value);
  }

  const button = (page: Page, name: string) => page.locator(`::-p-aria([name="${name}"][role="button"])`);

  /** The message of the role="alert" error alert once it shows `heading`. */
  async function errorMessage(page: Page, heading: string): Promise<string> {
    const handle = await page.waitForFunction(
      (wanted) => {
        const alert = Array.from(document.querySelectorAll<HTMLElement>('[role="alert"]')).find(
          (candidate) => (candidate.querySelector('h2')?.textContent ?? '').trim() === wanted,
        );
        return alert === undefined ? null : (alert.querySelector('p')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      },
      { timeout: WAIT_MS },
      heading,
    );
    return (await handle.jsonValue()) as string;
  }

  /** The invigilator's row of a candidate (cell texts) once `predicate`'s text is in it. */
  async function candidateRow(lastName: string, containing: string): Promise<string[]> {
    try {
      const handle = await invigilatorDesk.page.waitForFunction(
        (name, wanted) => {
          const row = Array.from(document.querySelectorAll('tbody tr')).find(
            (candidate) => candidate.querySelector('th')?.textContent?.trim() === name,
          );
          if (row === undefined) return null;
          const cells = Array.from(row.querySelectorAll('th, td'), (cell) =>
            (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
          );
          return cells.join(' | ').includes(wanted) ? cells : null;
        },
        { timeout: WAIT_MS },
        lastName,
        containing,
      );
      return (await handle.jsonValue()) as string[];
    } catch (error) {
      const rows = await invigilatorDesk.page.$$eval('tbody tr', (all) =>
        all.map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
      throw new Error(
        `no « ${containing} » in the row of ${lastName} (rows: ${JSON.stringify(rows)}): ${String(error)}`,
      );
    }
  }

  async function signIn(page: Page, login: string, password: string): Promise<void> {
    await waitForHeading(page, 'Connexion à Pix Certif');
    await fill(page, 'Adresse e-mail ou identifiant', login);
    await fill(page, 'Mot de passe', password);
    await button(page, 'Se connecter').click();
  }

  /** Answers the current question as shown: the first proposal, or a word in every text field. */
  async function answerShownQuestion(page: Page): Promise<void> {
    const kind = await page.$eval('form', (form) =>
      form.querySelector('input[type="radio"], input[type="checkbox"]') === null ? 'text' : 'choice',
    );
    if (kind === 'choice') {
      await page.locator('label[for="proposition-1"]').click();
    } else {
      const ids = await page.$$eval('form input.fr-input', (inputs) => inputs.map((input) => input.id));
      for (const id of ids) await page.locator(`#${id}`).fill('réponse');
    }
    await page.waitForFunction(
      () => document.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled === false,
      { timeout: WAIT_MS },
    );
    await button(page, 'Je valide').click();
  }

  beforeAll(async () => {
    running = await startPlatformForTests();
    api = `${running.gatewayUrl}/api`;
    browser = await launchTestBrowser();
    invigilatorDesk = await openDesk('invigilator');
    pupilDesk = await openDesk('pupil');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  }, 60_000);

  step(
    'API: a collège, a class of 2 pupils with accounts and certifiable profiles, a session, an invigilator',
    async () => {
      const staff = await ApiClient.login(api, E2E_ADMIN.email, E2E_ADMIN.password);
      college = await ok(
        staff.post<CentreView>('/centres', {
          json: {
            type: 'SCO',
            name: 'Collège Victor Hugo',
            uai: '0440077X',
            address: { street: '1 place de la République', postalCode: '44000', city: 'Nantes' },
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
      const rows = PUPILS.map((one) => [
        one.ine,
        one.lastName,
        one.firstName,
        one.birthdate,
        one.sex,
        CLASS,
        '44109',
        '',
        'FRANCE',
      ]);
      await ok(
        staff.upload(`/centres/${college.id}/pupils/import`, {
          name: 'eleves-3eD.csv',
          bytes: csvFile([header, ...rows]),
          type: 'text/csv',
        }),
      );
      const { pupils } = await ok(staff.get<{ pupils: PupilView[] }>(`/centres/${college.id}/pupils`));
      expect(pupils).toHaveLength(2);
      const accounts: PupilCredentials[] = [];
      for (const pupil of pupils) {
        const account = await ok(
          staff.post<PupilCredentials>(`/centres/${college.id}/pupils/${pupil.id}/account`),
          201,
        );
        accounts.push(account);
        if (pupil.firstName === LEA.firstName) lea = account;
      }
      // Léa's own account: the username the school hands out (prenom.nom + DDMM), with a temporary password.
      expect(lea).toMatchObject({ username: 'lea.martin1503', temporaryPassword: expect.stringMatching(/^\S{10}$/) });
      // Level 1 on five competences, 3 validated skills each: a test of 15 questions.
      const profile = knowledgeElementsEarning(
        readReferentialSkills(),
        { '1.1': 12, '2.1': 12, '3.1': 12, '4.1': 12, '5.1': 12 },
        new Date(Date.now() - 30 * 24 * 3600 * 1000),
      );
      await ok(
        staff.post('/profiles/import', {
          json: { profiles: accounts.map((account) => ({ userId: account.userId, knowledgeElements: profile })) },
        }),
        201,
      );
      session = await ok(staff.post<SessionView>(`/centres/${college.id}/sessions`, { json: SESSION }), 201);
      const enrolled = await ok(
        staff.post<EnrolmentReport>(`/centres/${college.id}/sessions/${session.id}/candidates/enrol-pupils`, {
          json: { division: CLASS },
        }),
      );
      expect(enrolled).toMatchObject({ enrolled: 2, candidateCount: 2 });
      await ok(staff.post('/users', { json: INVIGILATOR }), 201);
    },
  );

  step('the invigilator signs in, is refused a wrong password, then opens the live space of the session', async () => {
    const { page } = invigilatorDesk;
    await page.goto(url('/surveillance'), { waitUntil: 'domcontentloaded' });
    await signIn(page, INVIGILATOR.email, INVIGILATOR.password);
    await waitForPath(page, '/surveillance');
    await waitForHeading(page, 'Espace surveillant');

    await fill(page, 'Numéro de session', String(session.id));
    await fill(page, 'Mot de passe de la session', 'C-BBBBB');
    await button(page, 'Accéder à la session').click();
    expect(await errorMessage(page, 'L’accès à la session a été refusé')).toBe(
      'Le numéro de session ou le mot de passe est incorrect.',
    );

    // Typed without its « C- », in lower case.
    await fill(page, 'Mot de passe de la session', session.invigilatorPassword.slice(2).toLowerCase());
    await button(page, 'Accéder à la session').click();
    await waitForPath(page, invigilationPath());
    await waitForHeading(page, `Session n° ${session.id}`);
    await waitForText(page, '.pix-live', 'Connexion en direct');
    await waitForText(page, 'p', 'Collège Victor Hugo');
    await waitForText(page, 'p', `Salle : ${SESSION.room}`);
    await waitForText(page, 'p', 'mercredi 18 mars 2099 à 9 h 00');
    expect(await candidateRow('MARTIN', 'Non commencé')).toEqual([
      'MARTIN',
      'Léa',
      '15/03/2011',
      'Non commencé',
      '',
      'Confirmer la présence de Léa MARTIN',
    ]);
    expect(await candidateRow('DURAND', 'Non commencé')).toEqual([
      'DURAND',
      'Hugo',
      '02/07/2011',
      'Non commencé',
      '',
      'Confirmer la présence de Hugo DURAND',
    ]);
    await waitForText(page, 'p', 'Aucun signalement en cours.');
  });

  step('the pupil joins with their identity; the access code is refused until the presence is confirmed', async () => {
    const { page } = pupilDesk;
    await page.goto(url('/certification'), { waitUntil: 'domcontentloaded' });
    await signIn(page, lea.username, lea.temporaryPassword);
    // A temporary password: the console asks for the pupil's own first, then goes where she was heading.
    await waitForHeading(page, 'Choisissez votre mot de passe');
    await fill(page, 'Mot de passe temporaire', lea.temporaryPassword);
    await fill(page, 'Nouveau mot de passe', 'Léa passe sa certification Pix');
    await fill(page, 'Confirmez le nouveau mot de passe', 'Léa passe sa certification Pix');
    await button(page, 'Enregistrer mon mot de passe').click();
    await waitForPath(page, '/certification');
    await waitForHeading(page, 'Passer ma certification');

    await fill(page, 'Numéro de session', String(session.id));
    await fill(page, 'Prénom', 'lea');
    await fill(page, 'Nom de naissance', 'Martin');
    await fill(page, 'Jour', '15');
    await fill(page, 'Mois', '3');
    await fill(page, 'Année', '2011');
    await button(page, 'Rejoindre la session').click();
    await waitForText(page, '.fr-text--lead', `vous avez rejoint la session n° ${session.id} – Collège Victor Hugo`);

    await fill(page, 'Code d’accès', session.accessCode.toLowerCase());
    await button(page, 'Commencer mon test').click();
    expect(await errorMessage(page, 'Le test n’a pas pu commencer')).toBe(
      'Votre surveillant n’a pas confirmé votre présence. Attendez qu’il le fasse, puis saisissez à nouveau le code d’accès.',
    );
    await waitForPath(page, '/certification');
  });

  step('the invigilator confirms the presence; the pupil enters the code again and gets question 1', async () => {
    await button(invigilatorDesk.page, 'Confirmer la présence de Léa MARTIN').click();
    expect(await candidateRow('MARTIN', 'Présence confirmée')).toEqual([
      'MARTIN',
      'Léa',
      '15/03/2011',
      'Non commencé Présence confirmée',
      '',
      'Annuler la présence de Léa MARTIN',
    ]);

    const { page } = pupilDesk;
    await button(page, 'Commencer mon test').click();
    await waitForPath(page, /^\/certification\/tests\/\d+$/);
    await waitForHeading(page, 'Question 1 / 15');
    expect(squash(await page.$eval('#consigne', (element) => element.textContent))).not.toBe('');

    // Live: the start shows with its times, no reload.
    const row = await candidateRow('MARTIN', 'En cours – question 1 / 15');
    // Two lines: « Début HH:MM », « Fin théorique HH:MM », 1 h 45 later (no extra time).
    const times = /^Début (\d{2}):(\d{2}) ?Fin théorique (\d{2}):(\d{2})$/.exec(row[4] ?? '');
    expect(times).not.toBeNull();
    const [startHours = 0, startMinutes = 0, endHours = 0, endMinutes = 0] = (times ?? []).slice(1).map(Number);
    expect((endHours * 60 + endMinutes - (startHours * 60 + startMinutes) + 1440) % 1440).toBe(105);
    expect(row[5]).toBe('Terminer le test de Léa MARTIN');
  });

  step('the pupil answers three questions, skips the fourth and reports a problem on the fifth', async () => {
    const { page } = pupilDesk;
    for (const number of [1, 2, 3]) {
      await waitForHeading(page, `Question ${number} / 15`);
      await answerShownQuestion(page);
    }
    await waitForHeading(page, 'Question 4 / 15');
    await button(page, 'Je passe').click();
    await waitForHeading(page, 'Question 5 / 15');

    await button(page, 'Signaler un problème').click();
    await waitForText(page, '[role="status"]', 'Votre surveillant a été prévenu.');
  });

  step('the invigilator sees the progress and the alert live, validates it as E1 and ends the test', async () => {
    const { page } = invigilatorDesk;
    await candidateRow('MARTIN', 'En cours – question 5 / 15');
    await waitForText(page, '#signalements-titre', 'Signalements en cours (1)');
    await waitForText(page, '.pix-alerts__item', 'Léa MARTIN – question 5');

    const select = (await field(page, 'Problème constaté')) as ElementHandle<HTMLSelectElement>;
    const options = await select.$$eval('option', (all) => all.map((option) => option.textContent?.trim()));
    expect(options).toEqual([
      'Choisir le problème',
      'E1 – L’image ne s’affiche pas',
      'E2 – Le simulateur ou l’application intégrée ne s’affiche pas',
      'E3 – Le fichier à télécharger ne s’ouvre pas',
      'E4 – Le site à consulter est indisponible',
      'E5 – Le site à consulter est bloqué par le réseau de l’établissement',
      'E8 – Temps majoré : question chronométrée que le candidat n’a pas pu terminer',
      'E9 – Le logiciel demandé ne fonctionne pas',
      'E10 – Sortie involontaire de la fenêtre sur une question « focus »',
      'E11 – Page « Oups, une erreur est survenue »',
      'E12 – Problème d’accessibilité (par exemple, daltonisme)',
    ]);
    await select.select('E1');
    await select.dispose();
    await button(page, 'Valider le signalement de Léa MARTIN').click();
    await waitForText(page, '#signalements-titre', 'Signalements en cours (0)');
    await waitForText(page, 'p', 'Aucun signalement en cours.');

    invigilatorApi = await ApiClient.login(api, INVIGILATOR.email, INVIGILATOR.password);
    await ok(
      invigilatorApi.post(`/invigilation/sessions/${session.id}/sign-in`, {
        json: { password: session.invigilatorPassword },
      }),
    );
    const { issueReports } = await ok(
      invigilatorApi.get<{ issueReports: IssueReportView[] }>(`/invigilation/sessions/${session.id}/issue-reports`),
    );
    expect(issueReports).toEqual([
      expect.objectContaining({ code: 'E1', questionNumber: 5, source: 'candidate_alert' }),
    ]);

    await button(page, 'Terminer le test de Léa MARTIN').click();
    await waitForText(page, '[role="alertdialog"] h2', 'Terminer le test de Léa MARTIN ?');
    await button(page, 'Terminer le test').click();
    const row = await candidateRow('MARTIN', 'Terminé par le surveillant');
    expect(row[5]).toBe('');
    expect(await page.$('[role="alertdialog"]')).toBeNull();
  });

  step('the pupil’s next click shows that the invigilator ended the test', async () => {
    const { page } = pupilDesk;
    await button(page, 'Je passe').click();
    await waitForHeading(page, 'Votre surveillant a mis fin à votre test');
    expect(await page.$('form')).toBeNull();
  });

  it('followed everything on one event stream, raised no page error, and got only the expected 4xx', () => {
    expect(pageErrors).toEqual([]);
    // Live, not polled: one stream, never the session read again.
    expect(eventStreams).toEqual(['invigilator']);
    expect(sessionReads).toEqual([]);
    expect(errorResponses).toEqual([
      { method: 'POST', path: '/api/auth/refresh', status: 401 },
      { method: 'POST', path: `/api/invigilation/sessions/${session.id}/sign-in`, status: 403 },
      { method: 'POST', path: '/api/auth/refresh', status: 401 },
      { method: 'POST', path: `/api/certification/sessions/${session.id}/start`, status: 403 },
      { method: 'POST', path: expect.stringMatching(/^\/api\/certification\/courses\/\d+\/answers$/), status: 409 },
    ]);
  });
});
