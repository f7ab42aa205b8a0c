import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CentreView, InvitationCreated, MembershipView } from '@pix/contracts';
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  type ElementHandle,
  type HTTPResponse,
  type Page,
} from 'puppeteer-core';
import { ApiClient, ok } from './support/api-client';
import { launchTestBrowser, type ResponseSeen, scenarioSteps, squash } from './support/browser-steps';
import { csvFile } from './support/files';
import { E2E_ADMIN, type RunningPlatform, startPlatformForTests } from './support/platform-harness';

/**
 * The console in Chromium, as a collège ADMIN uses it: sign-in, « Mes centres », pupil import, a session
 * planned, its codes, a class enrolled, a document downloaded, a reload (silent refresh) and sign-out.
 * One platform and one incognito browser context for the file; the tests run in order and build on each other.
 * Data the UI is not about (the centre, its ADMIN) is set up through the API.
 */

const ACCESS_CODE = /^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/;
const INVIGILATOR_PASSWORD = /^C-[2346789BCDFGHJKMPQRTVWXY]{5}$/;
/** Generous: the machine may be busy with another build. */
const WAIT_MS = 20_000;

const HEAD = {
  email: 'principale@college-prevert.example',
  password: 'Une longue phrase pour le collège Jacques Prévert',
  firstName: 'Nadia',
  lastName: 'Lemoine',
};

const PUPIL_HEADER = [
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
const MARTIN = ['1234567890A', 'MARTIN', 'Léa', '15/03/2011', 'F', '3e A', '69123', '', 'FRANCE'];
const DURAND = ['2234567890B', 'DURAND', 'Hugo', '02/07/2011', 'M', '3e A', '33063', '', 'FRANCE'];
const ROUX = ['4234567890D', 'ROUX', 'Louis', '09/01/2011', 'M', '3e B', '13055', '', 'FRANCE'];
const NGUYEN = ['5234567890E', 'NGUYEN', 'Minh', '30/05/2011', 'M', '3e B', '', 'Porto', 'PORTUGAL'];

const SESSION = {
  address: 'Collège Jacques Prévert – bâtiment C',
  room: 'Salle informatique 1',
  pastDate: '2020-01-15',
  date: '2099-03-16', // a Monday, far ahead
  time: '14:30',
  examiner: 'M. Caron, Mme Diallo',
};

describe('the console in Chromium — a collège ADMIN signs in, imports pupils, plans a session, downloads its kit', () => {
  let running: RunningPlatform;
  let api: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let browserSession: CDPSession;
  let downloadDir: string;
  let fileDir: string;

  let college: CentreView;
  let sessionId: number;

  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const errorResponses: ResponseSeen[] = [];

  const step = scenarioSteps();

  const url = (path: string) => `${running.gatewayUrl}${path}`;
  const sessionPath = () => `/centres/${college.id}/sessions/${sessionId}`;

  /** Waits until the page's path (and query, when given) is the one expected. */
  async function waitForPath(path: string, search?: string): Promise<void> {
    try {
      await page.waitForFunction(
        (expectedPath, expectedSearch) =>
          location.pathname === expectedPath && (expectedSearch === null || location.search === expectedSearch),
        { timeout: WAIT_MS },
        path,
        search ?? null,
      );
    } catch (error) {
      throw new Error(`still on ${page.url()} instead of ${path}${search ?? ''}: ${(error as Error).message}`);
    }
  }

  /** The `<h1>` once it reads `text`. */
  async function waitForHeading(text: string): Promise<void> {
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

  /**
   * The form control a `<label>` names, found as a person finds it: by the label's own words (its DSFR hint
   * left aside), then its `for`.
   */
  async function field(label: string): Promise<ElementHandle<Element>> {
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

  async function fill(label: string, value: string): Promise<void> {
    const control = await field(label);
    const id = await control.evaluate((element) => element.id);
    await control.dispose();
    await page.locator(`#${id}`).fill(value);
  }

  const button = (name: string) => page.locator(`::-p-aria([name="${name}"][role="button"])`);
  const link = (name: string) => page.locator(`::-p-aria([name="${name}"][role="link"])`);

  /** The rows (cell texts) of the table whose caption starts with `caption`, once it has `count` rows. */
  async function tableRows(caption: string, count: number): Promise<string[][]> {
    const handle = await page.waitForFunction(
      (captionStart, rowCount) => {
        const table = Array.from(document.querySelectorAll('table')).find((candidate) =>
          (candidate.caption?.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(captionStart),
        );
        if (table === undefined) return null;
        const rows = Array.from(table.querySelectorAll('tbody tr'), (row) =>
          Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
        );
        return rows.length === rowCount ? rows : null;
      },
      { timeout: WAIT_MS },
      caption,
      count,
    );
    return (await handle.jsonValue()) as string[][];
  }

  /** The texts of the role="alert" error alert once it shows `heading`. */
  async function errorAlert(heading: string): Promise<{ message: string; details: string[]; focused: boolean }> {
    const handle = await page.waitForFunction(
      (wanted) => {
        const alert = Array.from(document.querySelectorAll<HTMLElement>('[role="alert"]')).find(
          (candidate) => (candidate.querySelector('h2')?.textContent ?? '').trim() === wanted,
        );
        if (alert === undefined) return null;
        return {
          message: (alert.querySelector('p')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          details: Array.from(alert.querySelectorAll('li'), (item) =>
            (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
          focused: document.activeElement === alert,
        };
      },
      { timeout: WAIT_MS },
      heading,
    );
    return (await handle.jsonValue()) as { message: string; details: string[]; focused: boolean };
  }

  /** What a `<dt>` of the session facts describes: the code in its `<dd>`. */
  async function sessionFact(term: string): Promise<string> {
    const handle = await page.waitForFunction(
      (wanted) => {
        const dt = Array.from(document.querySelectorAll('dt')).find(
          (candidate) => (candidate.textContent ?? '').trim() === wanted,
        );
        const code = dt?.nextElementSibling?.querySelector('.pix-code')?.textContent?.trim();
        return code === undefined || code === '' ? null : code;
      },
      { timeout: WAIT_MS },
      term,
    );
    return (await handle.jsonValue()) as string;
  }

  async function waitForText(selector: string, text: string): Promise<void> {
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

  async function uploadThrough(label: string, fileName: string, bytes: Uint8Array): Promise<void> {
    const path = join(fileDir, fileName);
    writeFileSync(path, bytes);
    const input = (await field(label)) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await input.dispose();
  }

  /** Resolves with the file name once Chromium has written the next download to `downloadDir`. */
  function nextDownload(): Promise<string> {
    return new Promise((resolve, reject) => {
      let suggested = '';
      const timer = setTimeout(() => {
        cleanUp();
        reject(new Error(`no download completed within ${WAIT_MS} ms`));
      }, WAIT_MS);
      const willBegin = (event: { suggestedFilename: string }) => {
        suggested = event.suggestedFilename;
      };
      const progress = (event: { state: 'inProgress' | 'completed' | 'canceled' }) => {
        if (event.state === 'inProgress') return;
        cleanUp();
        if (event.state === 'completed') resolve(suggested);
        else reject(new Error(`the download of ${suggested} was canceled`));
      };
      const cleanUp = () => {
        clearTimeout(timer);
        browserSession.off('Browser.downloadWillBegin', willBegin);
        browserSession.off('Browser.downloadProgress', progress);
      };
      browserSession.on('Browser.downloadWillBegin', willBegin);
      browserSession.on('Browser.downloadProgress', progress);
    });
  }

  beforeAll(async () => {
    running = await startPlatformForTests();
    api = `${running.gatewayUrl}/api`;
    downloadDir = mkdtempSync(join(tmpdir(), 'pix-e2e-downloads-'));
    fileDir = mkdtempSync(join(tmpdir(), 'pix-e2e-uploads-'));
    browser = await launchTestBrowser();
    // A fresh incognito context: no cookie, no storage from anything before.
    context = await browser.createBrowserContext();
    browserSession = await browser.target().createCDPSession();
    await browserSession.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: downloadDir,
      browserContextId: context.id,
      eventsEnabled: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => pageErrors.push(String((error as Error).stack ?? error)));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} @ ${message.location().url ?? ''}`);
    });
    page.on('response', (response: HTTPResponse) => {
      if (response.status() < 400) return;
      const { pathname } = new URL(response.url());
      errorResponses.push({ method: response.request().method(), path: pathname, status: response.status() });
    });
  }, 180_000);

  afterAll(async () => {
    await browserSession?.detach().catch(() => undefined);
    await browser?.close();
    await running?.stop();
    for (const dir of [downloadDir, fileDir]) if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  step('API: the SUPER_ADMIN registers a SCO collège and invites its ADMIN, who accepts', async () => {
    const staff = await ApiClient.login(api, E2E_ADMIN.email, E2E_ADMIN.password);
    college = await ok(
      staff.post<CentreView>('/centres', {
        json: {
          type: 'SCO',
          name: 'Collège Jacques Prévert',
          uai: '0691234K',
          address: { street: '3 rue des Lilas', postalCode: '69008', city: 'Lyon' },
        },
      }),
      201,
    );
    const invitation = await ok(
      staff.post<InvitationCreated>(`/centres/${college.id}/invitations`, {
        json: { email: HEAD.email, role: 'ADMIN' },
      }),
      201,
    );
    const accepted = await ok(
      ApiClient.anonymous(api).post<MembershipView>(`/invitations/${invitation.token}/accept`, {
        json: { password: HEAD.password, firstName: HEAD.firstName, lastName: HEAD.lastName },
      }),
    );

    expect(accepted).toEqual({
      centreId: college.id,
      centreName: 'Collège Jacques Prévert',
      centreType: 'SCO',
      role: 'ADMIN',
    });
  });

  step(
    'sends a signed-out visitor of /centres to the sign-in page, then back to « Mes centres »; the collège opens',
    async () => {
      await page.goto(url('/centres'), { waitUntil: 'domcontentloaded' });
      await waitForPath('/connexion', `?retour=${encodeURIComponent('/centres')}`);
      await waitForHeading('Connexion à Pix Certif');
      expect(await page.$eval('html', (html) => html.lang)).toBe('fr');

      await fill('Adresse e-mail ou identifiant', HEAD.email);
      await fill('Mot de passe', HEAD.password);
      await button('Se connecter').click();

      await waitForPath('/centres');
      await waitForHeading('Mes centres de certification');
      await waitForText('.pix-account', `Connecté en tant que ${HEAD.firstName} ${HEAD.lastName}`);
      await page.waitForFunction(() => document.title === 'Mes centres – Pix Certif', { timeout: WAIT_MS });
      const tile = await page.$eval('.fr-tile', (element) => ({
        name: element.querySelector('a')?.textContent?.trim(),
        type: element.querySelector('.fr-tile__desc')?.textContent?.trim(),
        role: element.querySelector('.fr-tile__detail')?.textContent?.trim(),
      }));
      expect(tile).toEqual({ name: 'Collège Jacques Prévert', type: 'Établissement scolaire', role: 'Administrateur' });

      await link('Collège Jacques Prévert').click();
      await waitForPath(`/centres/${college.id}/sessions`);
      await waitForHeading('Sessions de certification');
      await waitForText('.fr-callout__title', 'Aucune session pour l’instant');
      expect(squash(await page.$eval('.pix-centre-space__heading', (element) => element.textContent))).toBe(
        'Collège Jacques Prévert Établissement scolaire · UAI 0691234K · Administrateur',
      );
    },
  );

  step(
    '« Élèves »: imports a pupil CSV (2 classes, 4 pupils) and reports it, then refuses a broken file line by line',
    async () => {
      await link('Élèves').click();
      await waitForPath(`/centres/${college.id}/eleves`);
      await waitForHeading('Élèves');
      await waitForText('p', 'Aucune classe pour l’instant : importez la liste des élèves.');

      await uploadThrough(
        'Export de la base élèves',
        'export-siecle.csv',
        csvFile([PUPIL_HEADER, MARTIN, DURAND, ROUX, NGUYEN], { encoding: 'windows-1252' }),
      );
      await button('Importer la liste des élèves').click();

      await waitForText('.fr-alert--success .fr-alert__title', 'Liste des élèves importée');
      const report = await page.$$eval('.fr-alert--success li, .fr-alert--success p', (items) =>
        items.map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
      expect(report).toEqual([
        '4 élève(s) créé(s)',
        '0 élève(s) mis à jour',
        '0 élève(s) inchangé(s)',
        '0 élève(s) sorti(s)',
        'Classes : 3e A, 3e B',
      ]);
      expect(await tableRows('Classes de l’établissement (2)', 2)).toEqual([
        ['3e A', '2'],
        ['3e B', '2'],
      ]);

      // Line 3: an INE of 5 characters; line 4: no class.
      const broken = csvFile([
        PUPIL_HEADER,
        MARTIN,
        ['12345', ...DURAND.slice(1)],
        ROUX.map((cell) => (cell === '3e B' ? '' : cell)),
      ]);
      await uploadThrough('Export de la base élèves', 'export-siecle-erreurs.csv', broken);
      await button('Importer la liste des élèves').click();

      const refused = await errorAlert('La liste des élèves n’a pas été importée');
      expect(refused.message).toBe('Le fichier contient 2 erreurs : aucun élève n’a été importé.');
      expect(refused.details).toEqual([
        'Ligne 3, colonne « Identifiant national » : l’identifiant national « 12345 » n’est pas valide : il compte 11 caractères, 10 chiffres et 1 lettre, ou 9 chiffres et 2 lettres.',
        'Ligne 4, colonne « Division » : la division (classe) est obligatoire.',
      ]);
      expect(refused.focused).toBe(true);
      expect(await page.$('.fr-alert--success')).toBeNull();
      // Nothing imported: the classes shown are still those of the first file.
      expect(await tableRows('Classes de l’établissement (2)', 2)).toEqual([
        ['3e A', '2'],
        ['3e B', '2'],
      ]);
    },
  );

  step(
    '« Créer une session »: a past date is refused under the date field, a future one creates a session listed « Créée »',
    async () => {
      await link('Sessions de certification').click();
      await waitForPath(`/centres/${college.id}/sessions`);
      await link('Créer une session').click();
      await waitForPath(`/centres/${college.id}/sessions/nouvelle`);
      await waitForHeading('Créer une session');

      await fill('Nom du site', SESSION.address);
      await fill('Nom de la salle', SESSION.room);
      await fill('Date de début', SESSION.pastDate);
      await fill('Heure de début', SESSION.time);
      await fill('Surveillant(s)', SESSION.examiner);
      await button('Créer la session').click();

      await waitForText('#date-messages .fr-message--error', 'La date de début ne peut pas être dans le passé.');
      const refused = await errorAlert('La session n’a pas été créée');
      expect(refused.message).toBe('La session comporte des informations invalides.');
      const dateField = await page.$eval('#date-messages', (messages) => ({
        messages: Array.from(messages.querySelectorAll('.fr-message'), (message) => message.textContent?.trim()),
        invalid: document.getElementById('date')?.getAttribute('aria-invalid'),
        describedBy: document.getElementById('date')?.getAttribute('aria-describedby'),
      }));
      expect(dateField).toEqual({
        messages: ['La date de début ne peut pas être dans le passé.'],
        invalid: 'true',
        describedBy: 'date-messages',
      });
      expect(await page.$$eval('.fr-message--error', (all) => all.length)).toBe(1);
      expect(page.url()).toBe(url(`/centres/${college.id}/sessions/nouvelle`));

      await fill('Date de début', SESSION.date);
      await button('Créer la session').click();

      await page.waitForFunction(() => /^\/centres\/\d+\/sessions\/\d+$/.test(location.pathname), {
        timeout: WAIT_MS,
      });
      sessionId = Number(new URL(page.url()).pathname.split('/').pop());
      expect(sessionId).toBeGreaterThan(0);
      await waitForText('[role="status"] .fr-alert--success', `La session n° ${sessionId} a été créée.`);

      await link('Retour aux sessions').click();
      await waitForPath(`/centres/${college.id}/sessions`);
      expect(await tableRows('Sessions du centre', 1)).toEqual([
        [
          `Session n° ${sessionId}`,
          '16 mars 2099',
          '14 h 30',
          SESSION.address,
          SESSION.room,
          SESSION.examiner,
          '0',
          'Créée',
          `Supprimer la session n° ${sessionId}`,
        ],
      ]);
    },
  );

  step(
    'the session shows its access code and invigilator password; « Inscrire une classe » lists the pupils as candidates',
    async () => {
      await link(`Session n° ${sessionId}`).click();
      await waitForPath(sessionPath());
      await waitForHeading(`Session n° ${sessionId} Créée`);

      const accessCode = await sessionFact('Code d’accès candidat');
      const password = await sessionFact('Mot de passe de session surveillant');
      expect(accessCode).toMatch(ACCESS_CODE);
      expect(password).toMatch(INVIGILATOR_PASSWORD);
      expect(await sessionFact('Numéro de session')).toBe(String(sessionId));
      await waitForText('p', 'Aucun candidat inscrit pour l’instant.');

      await waitForText('h3', 'Inscrire une classe');
      const select = (await field('Classe')) as ElementHandle<HTMLSelectElement>;
      const options = await select.$$eval('option', (all) => all.map((option) => option.textContent?.trim()));
      expect(options).toEqual(['Choisir une classe', '3e A (2 élèves)', '3e B (2 élèves)']);
      await select.select('3e A');
      await select.dispose();
      await button('Inscrire la classe').click();

      await waitForText(
        '[role="status"] .fr-alert--success',
        'Classe 3e A : 2 élève(s) inscrit(s). La session compte 2 candidat(s).',
      );
      const rows = await tableRows(`Candidats inscrits à la session n° ${sessionId}`, 2);
      expect(rows.map((row) => row.slice(0, 5)).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))).toEqual([
        ['DURAND', 'Hugo', '02/07/2011', '3e A', '—'],
        ['MARTIN', 'Léa', '15/03/2011', '3e A', '—'],
      ]);
      await waitForText('h2#candidats', 'Candidats (2)');
    },
  );

  step('« Kit surveillant » downloads kit-surveillant-<id>.pdf, a PDF', async () => {
    const downloaded = nextDownload();
    await button('Kit surveillant (PDF)').click();
    const fileName = await downloaded;

    expect(fileName).toBe(`kit-surveillant-${sessionId}.pdf`);
    expect(readdirSync(downloadDir)).toEqual([`kit-surveillant-${sessionId}.pdf`]);
    const bytes = readFileSync(join(downloadDir, fileName));
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(bytes.length).toBeGreaterThan(1000);
    expect(await page.$('[role="alert"]')).toBeNull();
  });

  step('a reload keeps the person signed in (silent refresh); « Se déconnecter » ends it for good', async () => {
    const refreshed = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/auth/refresh' && response.request().method() === 'POST',
      { timeout: WAIT_MS },
    );
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect((await refreshed).status()).toBe(200);
    await waitForHeading(`Session n° ${sessionId} Créée`);
    expect(new URL(page.url()).pathname).toBe(sessionPath());
    await waitForText('.pix-account', `Connecté en tant que ${HEAD.firstName} ${HEAD.lastName}`);
    expect(await sessionFact('Code d’accès candidat')).toMatch(ACCESS_CODE);
    // The refresh token never reaches the page's scripts.
    expect(await page.evaluate(() => document.cookie)).not.toContain('pix_refresh');

    const loggedOut = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/auth/logout' && response.request().method() === 'POST',
      { timeout: WAIT_MS },
    );
    await button('Se déconnecter').click();
    expect((await loggedOut).status()).toBe(204);
    await waitForPath('/connexion');
    await waitForHeading('Connexion à Pix Certif');
    expect(await page.$('.pix-account[aria-label="Votre compte"]')).toBeNull();

    await page.goto(url(sessionPath()), { waitUntil: 'domcontentloaded' });
    await waitForPath('/connexion', `?retour=${encodeURIComponent(sessionPath())}`);
    await waitForHeading('Connexion à Pix Certif');
    expect(await page.$(`::-p-text(${SESSION.room})`)).toBeNull();
  });

  it('raised no page error, and no console error but the logs of the expected 4xx answers', () => {
    expect(pageErrors).toEqual([]);
    expect(errorResponses).toEqual([
      // The first visit: no refresh cookie yet.
      { method: 'POST', path: '/api/auth/refresh', status: 401 },
      { method: 'POST', path: `/api/centres/${college.id}/pupils/import`, status: 400 },
      { method: 'POST', path: `/api/centres/${college.id}/sessions`, status: 400 },
      // After signing out: the cookie is gone.
      { method: 'POST', path: '/api/auth/refresh', status: 401 },
    ]);
    const unexpected = consoleErrors.filter(
      (message) => !/^Failed to load resource: the server responded with a status of 4\d\d\b/.test(message),
    );
    expect(unexpected).toEqual([]);
    expect(consoleErrors).toHaveLength(errorResponses.length);
  });
});
