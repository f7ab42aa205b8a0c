import type { ApiErrorResponse, DivisionEligibility } from '@pix/api-types';
import type {
  CandidateView,
  CentreView,
  DivisionView,
  EnrolmentReport,
  ImportProfilesResponse,
  ImportPupilsReport,
  InvitationCreated,
  InvitationView,
  KnowledgeElementInput,
  MemberView,
  MembershipView,
  MeView,
  PupilCredentials,
  PupilView,
  SessionView,
  UserView,
} from '@pix/contracts';
import {
  ApiClient,
  type ApiResponse,
  ok,
  refreshCookieOf,
  refreshSetCookieLine,
  type SignedIn,
} from './support/api-client';
import { csvFile, fillOdsTemplate, type OdsCell, readOdsTemplate, readPdf, rowOf } from './support/files';
import { E2E_ADMIN, type RunningPlatform, startPlatformForTests } from './support/platform-harness';
import { knowledgeElementsEarning, readReferentialSkills } from './support/referential';
import { decodeClaims, signAccessToken, tamperedToken, unsignedToken } from './support/tokens';

/**
 * Issue 3, end to end: a school and a training centre prepare certification sessions through the gateway's HTTP
 * API only, on the real services, NATS and PostgreSQL. One platform for the whole file; the tests run in order
 * and build on each other (centres → people → pupils → sessions → documents), then try to break it.
 */

const SESSION_DATE = '2099-03-16'; // a Monday
const SESSION_DATE_LONG = 'lundi 16 mars 2099';
const ACCESS_CODE = /^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/;
const INVIGILATOR_PASSWORD = /^C-[2346789BCDFGHJKMPQRTVWXY]{5}$/;
const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const FORBIDDEN = { statusCode: 403, code: 'FORBIDDEN', message: 'Vous n’avez pas accès à cette ressource.' };
const UNAUTHENTICATED = { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Vous devez être connecté.' };
/** A French sentence: common French words, and a final punctuation mark. */
const FRENCH_MESSAGE = /^(?=.*\b(?:le|la|les|des|du|de|est|un|une|ce|cette|aucun|votre|vous)\b).+[.!?»)]$/iu;

const HEAD = {
  email: 'cheffe.etablissement@college-hugo.example',
  password: 'Une longue phrase pour le collège Victor Hugo',
  firstName: 'Claire',
  lastName: 'Bernard',
};
const REFERENT = {
  email: 'referent.pix@college-hugo.example',
  password: 'Le référent Pix prépare les sessions de mars',
  firstName: 'Marc',
  lastName: 'Lefort',
};
const PRO_ADMIN = {
  email: 'paul.girard@formapro.example',
  password: 'Formation continue et certification pour adultes',
  firstName: 'Paul',
  lastName: 'Girard',
};
const METIER = {
  email: 'analyste.metier@pix.example',
  password: 'Lecture seule des centres et des sessions',
  firstName: 'Inès',
  lastName: 'Morel',
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
const PETIT = ['3234567890C', 'PETIT', 'Chloé', '21/11/2010', '2', '3e A', '75115', '', 'FRANCE'];
const ROUX_IN_3B = ['4234567890D', 'ROUX', 'Louis', '09/01/2011', '1', '3e B', '13055', '', 'FRANCE'];
const NGUYEN = ['5234567890E', 'NGUYEN', 'Minh', '30/05/2011', 'M', '3e B', '', 'Porto', 'PORTUGAL'];
const FAURE = ['6234567890F', 'FAURE', 'Inès', '12/12/2010', 'F', '3e B', '69123', '', 'FRANCE'];
const ROUX_IN_3A = ROUX_IN_3B.map((cell) => (cell === '3e B' ? '3e A' : cell));
const BLANC = ['7234567890G', 'BLANC', 'Jules', '04/04/2011', 'M', '3e B', '33063', '', 'FRANCE'];

const SCO_SESSION = {
  address: 'Collège Victor Hugo – bâtiment B',
  room: 'Salle informatique 2',
  date: SESSION_DATE,
  time: '14:30',
  examiner: 'M. Lefort et Mme Caron',
  description: 'Prévoir les casques audio.',
};
const PRO_SESSION = {
  address: 'FormaPro Lyon Part-Dieu',
  room: 'Salle Rhône',
  date: '2099-04-02',
  time: '09:00',
  examiner: 'Mme Girard',
  description: null,
};

/** « N° de session 12 » as printed at the top of the documents (and not 123). */
const sessionNumber = (id: number) => new RegExp(`N° de session ${id}(?!\\d)`);

/** `16/03/2099`-style date of the attendance sheet from `2099-03-16`. */
const numericDate = (isoDate: string) => isoDate.split('-').reverse().join('/');

describe('issue 3 — preparing certification sessions through the gateway (real services, NATS, PostgreSQL)', () => {
  let running: RunningPlatform;
  let api: string;
  let staff: ApiClient;
  let anonymous: ApiClient;

  // People and things created along the scenario.
  let college: CentreView;
  let formapro: CentreView;
  let lycee: CentreView;
  let head: ApiClient;
  let referent: ApiClient;
  let proAdmin: ApiClient;
  let pupilsByName: Map<string, PupilView>;
  let martinAccount: PupilCredentials;
  let durandAccount: PupilCredentials;
  let scoSession: SessionView;
  let proSession: SessionView;
  let lyceeSession: SessionView;

  const login = (who: { email: string; password: string }) => ApiClient.login(api, who.email, who.password);
  const collegePath = () => `/centres/${college.id}`;
  const scoSessionPath = () => `${collegePath()}/sessions/${scoSession.id}`;
  const proSessionPath = () => `/centres/${formapro.id}/sessions/${proSession.id}`;

  async function invite(
    by: ApiClient,
    centreId: number,
    email: string,
    role: 'ADMIN' | 'MEMBER',
  ): Promise<InvitationCreated> {
    return ok(by.post<InvitationCreated>(`/centres/${centreId}/invitations`, { json: { email, role } }), 201);
  }

  async function collegePupils(includeInactive = false): Promise<PupilView[]> {
    const query = includeInactive ? '?includeInactive=true' : '';
    return (await ok(referent.get<{ pupils: PupilView[] }>(`${collegePath()}/pupils${query}`))).pupils;
  }

  async function candidatesOf(client: ApiClient, centreId: number, sessionId: number): Promise<CandidateView[]> {
    const path = `/centres/${centreId}/sessions/${sessionId}/candidates`;
    return (await ok(client.get<{ candidates: CandidateView[] }>(path))).candidates;
  }

  async function sessionsOf(client: ApiClient, centreId: number): Promise<SessionView[]> {
    return (await ok(client.get<{ sessions: SessionView[] }>(`/centres/${centreId}/sessions`))).sessions;
  }

  /** Everything of the collège its own member can read: to prove that refused requests changed nothing. */
  async function collegeSnapshot() {
    const sessions = await sessionsOf(referent, college.id);
    return {
      centre: await ok(referent.get<CentreView>(collegePath())),
      members: await ok(referent.get<{ members: MemberView[] }>(`${collegePath()}/members`)),
      pupils: await collegePupils(true),
      divisions: await ok(referent.get<{ divisions: DivisionView[] }>(`${collegePath()}/divisions`)),
      sessions,
      candidates: await Promise.all(sessions.map((session) => candidatesOf(referent, college.id, session.id))),
    };
  }

  beforeAll(async () => {
    running = await startPlatformForTests();
    api = `${running.gatewayUrl}/api`;
    anonymous = ApiClient.anonymous(api);
    staff = await ApiClient.login(api, E2E_ADMIN.email, E2E_ADMIN.password);
  }, 180_000);

  afterAll(async () => {
    await running?.stop();
  }, 60_000);

  describe('1. centres and their teams', () => {
    it('the SUPER_ADMIN signs in and registers a SCO collège, a PRO training centre and a lycée', async () => {
      expect(staff.me.user).toMatchObject({ email: E2E_ADMIN.email, staffRole: 'SUPER_ADMIN' });
      expect(decodeClaims(staff.accessToken ?? '')).toMatchObject({ staff: 'SUPER_ADMIN', centres: [] });

      const created = await staff.post<CentreView>('/centres', {
        json: {
          type: 'SCO',
          name: 'Collège Victor Hugo',
          uai: '0690001a',
          address: { street: '12 rue des Écoles', postalCode: '69003', city: 'Lyon' },
        },
      });
      expect(created.status).toBe(201);
      college = created.body;
      expect(college).toMatchObject({
        id: expect.any(Number),
        type: 'SCO',
        name: 'Collège Victor Hugo',
        uai: '0690001A',
        address: { street: '12 rue des Écoles', postalCode: '69003', city: 'Lyon' },
      });

      formapro = await ok(
        staff.post<CentreView>('/centres', {
          json: {
            type: 'PRO',
            name: 'FormaPro Rhône',
            address: { street: '5 place Charles Béraudier', postalCode: '69003', city: 'Lyon' },
          },
        }),
        201,
      );
      expect(formapro).toMatchObject({ type: 'PRO', name: 'FormaPro Rhône', uai: null });
      lycee = await ok(
        staff.post<CentreView>('/centres', {
          json: {
            type: 'SCO',
            name: 'Lycée Jean Moulin',
            uai: '0690002B',
            address: { street: '1 avenue Jean Moulin', postalCode: '69005', city: 'Lyon' },
          },
        }),
        201,
      );

      const listed = await ok(staff.get<{ centres: CentreView[] }>('/centres'));
      expect(listed.centres.map((centre) => centre.name)).toEqual(
        expect.arrayContaining(['Collège Victor Hugo', 'FormaPro Rhône', 'Lycée Jean Moulin']),
      );
      const duplicateUai = await staff.post<ApiErrorResponse>('/centres', {
        json: { type: 'SCO', name: 'Autre collège', uai: '0690001A', address: college.address },
      });
      expect(duplicateUai.status).toBe(409);
      expect(duplicateUai.body).toMatchObject({
        code: 'UAI_ALREADY_USED',
        message: 'Un centre existe déjà avec l’UAI 0690001A.',
      });
    });

    it('staff invite the collège head as ADMIN: she creates her account by accepting, then signs in as ADMIN', async () => {
      const invitation = await invite(staff, college.id, HEAD.email, 'ADMIN');
      expect(invitation).toMatchObject({ centreId: college.id, email: HEAD.email, role: 'ADMIN' });
      expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{20,100}$/);

      const preview = await ok(anonymous.get<InvitationView>(`/invitations/${invitation.token}`));
      expect(preview).toMatchObject({
        centreId: college.id,
        centreName: 'Collège Victor Hugo',
        email: HEAD.email,
        role: 'ADMIN',
        accountExists: false,
      });
      const withoutName = await anonymous.post<ApiErrorResponse>(`/invitations/${invitation.token}/accept`, {
        json: { password: HEAD.password },
      });
      expect(withoutName.status).toBe(400);
      expect(withoutName.body).toMatchObject({
        code: 'ACCOUNT_INVALID',
        message: 'Le compte comporte des informations invalides.',
      });

      const accepted = await anonymous.post<MembershipView>(`/invitations/${invitation.token}/accept`, {
        json: { password: HEAD.password, firstName: HEAD.firstName, lastName: HEAD.lastName },
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toEqual({
        centreId: college.id,
        centreName: 'Collège Victor Hugo',
        centreType: 'SCO',
        role: 'ADMIN',
      });
      const reused = await anonymous.post<ApiErrorResponse>(`/invitations/${invitation.token}/accept`, {
        json: { password: HEAD.password, firstName: HEAD.firstName, lastName: HEAD.lastName },
      });
      expect(reused.status).toBe(404);
      expect(reused.body).toMatchObject({
        code: 'INVITATION_NOT_FOUND',
        message: 'Cette invitation n’existe pas ou a déjà été utilisée.',
      });

      head = await login(HEAD);
      expect(head.me).toMatchObject({
        user: { email: HEAD.email, firstName: 'Claire', lastName: 'Bernard', staffRole: null },
        memberships: [{ centreId: college.id, centreType: 'SCO', role: 'ADMIN' }],
      });
      expect(decodeClaims(head.accessToken ?? '')).toMatchObject({ staff: null, centres: [[college.id, 'ADMIN']] });
    });

    it('the collège ADMIN invites the Pix referent as MEMBER, who accepts and signs in', async () => {
      const invitation = await invite(head, college.id, REFERENT.email, 'MEMBER');
      expect(invitation).toMatchObject({ role: 'MEMBER', email: REFERENT.email });
      await ok(
        anonymous.post<MembershipView>(`/invitations/${invitation.token}/accept`, {
          json: { password: REFERENT.password, firstName: REFERENT.firstName, lastName: REFERENT.lastName },
        }),
      );
      referent = await login(REFERENT);
      expect(referent.me.memberships).toEqual([
        { centreId: college.id, centreName: 'Collège Victor Hugo', centreType: 'SCO', role: 'MEMBER' },
      ]);

      const { members } = await ok(referent.get<{ members: MemberView[] }>(`${collegePath()}/members`));
      expect(
        members
          .map(({ email, role }) => ({ email, role }))
          .sort((a, b) => (a.email ?? '').localeCompare(b.email ?? '')),
      ).toEqual([
        { email: HEAD.email, role: 'ADMIN' },
        { email: REFERENT.email, role: 'MEMBER' },
      ]);
      const again = await head.post<ApiErrorResponse>(`${collegePath()}/invitations`, {
        json: { email: REFERENT.email, role: 'MEMBER' },
      });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'ALREADY_MEMBER',
        message: 'Cette personne est déjà membre du centre.',
      });
    });

    it('the PRO centre gets its own ADMIN, also ADMIN of the lycée (an existing account accepts with its password)', async () => {
      const toFormapro = await invite(staff, formapro.id, PRO_ADMIN.email, 'ADMIN');
      await ok(
        anonymous.post<MembershipView>(`/invitations/${toFormapro.token}/accept`, {
          json: { password: PRO_ADMIN.password, firstName: PRO_ADMIN.firstName, lastName: PRO_ADMIN.lastName },
        }),
      );
      const toLycee = await invite(staff, lycee.id, PRO_ADMIN.email, 'ADMIN');
      expect(await ok(anonymous.get<InvitationView>(`/invitations/${toLycee.token}`))).toMatchObject({
        accountExists: true,
      });
      const wrongPassword = await anonymous.post<ApiErrorResponse>(`/invitations/${toLycee.token}/accept`, {
        json: { password: 'pas le bon mot de passe du tout' },
      });
      expect(wrongPassword.status).toBe(401);
      expect(wrongPassword.body).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: 'Le mot de passe est incorrect.',
      });
      await ok(anonymous.post(`/invitations/${toLycee.token}/accept`, { json: { password: PRO_ADMIN.password } }));

      proAdmin = await login(PRO_ADMIN);
      expect(proAdmin.me.memberships.map(({ centreId, role }) => ({ centreId, role }))).toEqual(
        expect.arrayContaining([
          { centreId: formapro.id, role: 'ADMIN' },
          { centreId: lycee.id, role: 'ADMIN' },
        ]),
      );
      expect(proAdmin.me.memberships).toHaveLength(2);
      const mine = await ok(proAdmin.get<{ centres: CentreView[] }>('/centres'));
      expect(mine.centres.map((centre) => centre.id).sort((a, b) => a - b)).toEqual(
        [formapro.id, lycee.id].sort((a, b) => a - b),
      );
    });
  });

  describe('2. pupils, accounts, profiles and eligibility', () => {
    it('the collège ADMIN imports the pupil list: 2 classes, 6 pupils, birthplaces completed', async () => {
      const file = csvFile([PUPIL_HEADER, MARTIN, DURAND, PETIT, ROUX_IN_3B, NGUYEN, FAURE]);
      const report = await head.upload<ImportPupilsReport>(`${collegePath()}/pupils/import`, {
        name: 'export-siecle-3e.csv',
        bytes: file,
        type: 'text/csv',
      });

      expect(report.status).toBe(200);
      expect(report.body).toEqual({
        created: 6,
        updated: 0,
        unchanged: 0,
        deactivated: 0,
        divisions: ['3e A', '3e B'],
      });
      const pupils = await collegePupils();
      expect(pupils.map((pupil) => `${pupil.division} ${pupil.lastName} ${pupil.firstName}`)).toEqual([
        '3e A DURAND Hugo',
        '3e A MARTIN Léa',
        '3e A PETIT Chloé',
        '3e B FAURE Inès',
        '3e B NGUYEN Minh',
        '3e B ROUX Louis',
      ]);
      expect(pupils.find((pupil) => pupil.lastName === 'MARTIN')).toMatchObject({
        centreId: college.id,
        nationalId: '1234567890A',
        birthdate: '2011-03-15',
        sex: 'F',
        birthCountry: 'France',
        birthINSEECode: '69123',
        birthCity: 'Lyon',
        active: true,
        userId: null,
        username: null,
      });
      expect(pupils.find((pupil) => pupil.lastName === 'NGUYEN')).toMatchObject({
        sex: 'M',
        birthCountry: 'Portugal',
        birthINSEECode: '99139',
        birthCity: 'Porto',
      });
      expect(pupils.find((pupil) => pupil.lastName === 'PETIT')).toMatchObject({
        sex: 'F',
        birthCity: 'Paris 15e Arrondissement',
      });
    });

    it('re-importing a changed list moves a pupil, deactivates the one who left, adds the newcomer and counts them', async () => {
      // The school's pupil base exports in Windows-1252.
      const file = csvFile([PUPIL_HEADER, MARTIN, DURAND, PETIT, ROUX_IN_3A, NGUYEN, BLANC], {
        encoding: 'windows-1252',
      });
      const report = await head.upload<ImportPupilsReport>(`${collegePath()}/pupils/import`, {
        name: 'export-siecle-3e-janvier.csv',
        bytes: file,
        type: 'text/csv',
      });

      expect(report.status).toBe(200);
      expect(report.body).toEqual({
        created: 1,
        updated: 1,
        unchanged: 4,
        deactivated: 1,
        divisions: ['3e A', '3e B'],
      });
      const everyone = await collegePupils(true);
      expect(everyone).toHaveLength(7);
      expect(everyone.find((pupil) => pupil.lastName === 'FAURE')).toMatchObject({ active: false, division: '3e B' });
      expect(everyone.find((pupil) => pupil.lastName === 'ROUX')).toMatchObject({ active: true, division: '3e A' });
      const active = await collegePupils();
      expect(active.map((pupil) => pupil.lastName)).toEqual(['DURAND', 'MARTIN', 'PETIT', 'ROUX', 'BLANC', 'NGUYEN']);
      const { divisions } = await ok(referent.get<{ divisions: DivisionView[] }>(`${collegePath()}/divisions`));
      expect(divisions).toEqual([
        { name: '3e A', activePupils: 4 },
        { name: '3e B', activePupils: 2 },
      ]);
      const classA = await ok(
        referent.get<{ pupils: PupilView[] }>(`${collegePath()}/pupils?division=${encodeURIComponent('3e A')}`),
      );
      expect(classA.pupils.map((pupil) => pupil.lastName)).toEqual(['DURAND', 'MARTIN', 'PETIT', 'ROUX']);
      pupilsByName = new Map(everyone.map((pupil) => [pupil.lastName, pupil]));
    });

    it('the ADMIN creates accounts for two pupils (username + temporary password) and resets a forgotten password', async () => {
      const martin = pupilsByName.get('MARTIN') as PupilView;
      const durand = pupilsByName.get('DURAND') as PupilView;
      martinAccount = await ok(head.post<PupilCredentials>(`${collegePath()}/pupils/${martin.id}/account`), 201);
      durandAccount = await ok(head.post<PupilCredentials>(`${collegePath()}/pupils/${durand.id}/account`), 201);

      expect(martinAccount).toMatchObject({
        pupilId: martin.id,
        userId: expect.any(Number),
        username: 'lea.martin1503',
      });
      expect(martinAccount.temporaryPassword).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{10}$/);
      expect(durandAccount).toMatchObject({ pupilId: durand.id, username: 'hugo.durand0207' });
      const twice = await head.post<ApiErrorResponse>(`${collegePath()}/pupils/${martin.id}/account`);
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({
        code: 'PUPIL_ALREADY_HAS_ACCOUNT',
        message: 'Cet élève a déjà un compte (identifiant : lea.martin1503).',
      });

      const pupil = await ApiClient.login(api, martinAccount.username, martinAccount.temporaryPassword);
      expect(pupil.me).toMatchObject({
        user: { id: martinAccount.userId, username: 'lea.martin1503', mustChangePassword: true, staffRole: null },
        memberships: [],
      });
      const listed = await collegePupils();
      expect(listed.find((one) => one.id === martin.id)).toMatchObject({
        userId: martinAccount.userId,
        username: 'lea.martin1503',
      });

      const reset = await ok(head.post<PupilCredentials>(`${collegePath()}/pupils/${durand.id}/password-reset`));
      expect(reset).toMatchObject({ pupilId: durand.id, userId: durandAccount.userId, username: 'hugo.durand0207' });
      expect(reset.temporaryPassword).not.toBe(durandAccount.temporaryPassword);
      const oldPassword = await anonymous.post<ApiErrorResponse>('/auth/token', {
        json: { login: 'hugo.durand0207', password: durandAccount.temporaryPassword },
      });
      expect(oldPassword.status).toBe(401);
      await ApiClient.login(api, 'hugo.durand0207', reset.temporaryPassword);
      const withoutAccount = await head.post<ApiErrorResponse>(
        `${collegePath()}/pupils/${(pupilsByName.get('PETIT') as PupilView).id}/password-reset`,
      );
      expect(withoutAccount.status).toBe(409);
      expect(withoutAccount.body).toMatchObject({ code: 'PUPIL_WITHOUT_ACCOUNT' });
    });

    it('staff import profiles built from the referential: Léa is certifiable (6 competences), Hugo is not (4)', async () => {
      const skills = readReferentialSkills();
      expect([...skills.keys()].sort()).toHaveLength(16);
      const since = new Date(Date.now() - 30 * 24 * 3600 * 1000);
      // Léa: 12 pix on six competences -> level 1 on each. Hugo: 12 pix on four, 7 pix (level 0) on a fifth.
      const lea = knowledgeElementsEarning(
        skills,
        { '1.1': 12, '1.2': 12, '2.1': 12, '3.1': 12, '4.1': 12, '5.1': 12 },
        since,
      );
      const hugo = knowledgeElementsEarning(skills, { '1.1': 12, '1.3': 12, '2.2': 12, '3.4': 12, '5.2': 7 }, since);
      const profiles: { userId: number; knowledgeElements: KnowledgeElementInput[] }[] = [
        { userId: martinAccount.userId, knowledgeElements: lea },
        { userId: durandAccount.userId, knowledgeElements: hugo },
      ];

      const refused = await head.post<ApiErrorResponse>('/profiles/import', { json: { profiles } });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject(FORBIDDEN);

      const imported = await staff.post<ImportProfilesResponse>('/profiles/import', { json: { profiles } });
      expect(imported.status).toBe(201);
      expect(imported.body).toEqual({
        usersImported: 2,
        knowledgeElementsImported: lea.length + hugo.length,
        knowledgeElementsAlreadyKnown: 0,
      });
      const resent = await ok(staff.post<ImportProfilesResponse>('/profiles/import', { json: { profiles } }), 201);
      expect(resent).toEqual({
        usersImported: 2,
        knowledgeElementsImported: 0,
        knowledgeElementsAlreadyKnown: lea.length + hugo.length,
      });

      const eligibility = await referent.get<DivisionEligibility>(
        `${collegePath()}/divisions/${encodeURIComponent('3e A')}/eligibility`,
      );
      expect(eligibility.status).toBe(200);
      expect(eligibility.body).toMatchObject({ division: '3e A', certifiableCount: 1 });
      const byName = new Map(eligibility.body.pupils.map((row) => [row.lastName, row]));
      expect([...byName.keys()].sort()).toEqual(['DURAND', 'MARTIN', 'PETIT', 'ROUX']);
      expect(byName.get('MARTIN')).toEqual({
        pupilId: martinAccount.pupilId,
        lastName: 'MARTIN',
        firstName: 'Léa',
        birthdate: '2011-03-15',
        username: 'lea.martin1503',
        hasAccount: true,
        certifiable: true,
        competencesAtLevelOneOrMore: 6,
        totalPix: 72,
      });
      expect(byName.get('DURAND')).toMatchObject({
        hasAccount: true,
        certifiable: false,
        competencesAtLevelOneOrMore: 4,
        totalPix: 55,
      });
      expect(byName.get('PETIT')).toMatchObject({
        hasAccount: false,
        certifiable: false,
        competencesAtLevelOneOrMore: 0,
        totalPix: 0,
      });
    });
  });

  describe('3. the collège’s session, planned by its MEMBER', () => {
    it('creates a session: a number, an access code and a C- invigilator password are generated', async () => {
      const created = await referent.post<SessionView>(`${collegePath()}/sessions`, { json: SCO_SESSION });

      expect(created.status).toBe(201);
      scoSession = created.body;
      expect(scoSession).toMatchObject({
        id: expect.any(Number),
        certificationCenterId: college.id,
        certificationCenterName: 'Collège Victor Hugo',
        certificationCenterType: 'SCO',
        ...SCO_SESSION,
        status: 'created',
        createdBy: referent.userId,
        candidateCount: 0,
        expectedEndTime: '16:30',
        deletable: true,
        warnings: [],
      });
      expect(scoSession.accessCode).toMatch(ACCESS_CODE);
      expect(scoSession.invigilatorPassword).toMatch(INVIGILATOR_PASSWORD);
      expect(await ok(head.get<SessionView>(scoSessionPath()))).toEqual(scoSession);
      expect((await sessionsOf(head, college.id)).map((session) => session.id)).toEqual([scoSession.id]);

      const edited = await ok(
        referent.put<SessionView>(scoSessionPath(), { json: { ...SCO_SESSION, room: 'Salle informatique 3' } }),
      );
      expect(edited).toMatchObject({
        id: scoSession.id,
        room: 'Salle informatique 3',
        accessCode: scoSession.accessCode,
        invigilatorPassword: scoSession.invigilatorPassword,
      });
      scoSession = edited;
    });

    it('enrols the class 3e A, then one pupil of 3e B: candidates copy the pupils’ identity', async () => {
      const enrolled = await referent.post<EnrolmentReport>(`${scoSessionPath()}/candidates/enrol-pupils`, {
        json: { division: '3e A' },
      });
      expect(enrolled.status).toBe(200);
      expect(enrolled.body).toEqual({ enrolled: 4, alreadyEnrolled: 0, candidateCount: 4 });
      const again = await ok(
        referent.post<EnrolmentReport>(`${scoSessionPath()}/candidates/enrol-pupils`, { json: { division: '3e A' } }),
      );
      expect(again).toEqual({ enrolled: 0, alreadyEnrolled: 4, candidateCount: 4 });
      const nguyen = pupilsByName.get('NGUYEN') as PupilView;
      const one = await ok(
        referent.post<EnrolmentReport>(`${scoSessionPath()}/candidates/enrol-pupils`, {
          json: { pupilIds: [nguyen.id] },
        }),
      );
      expect(one).toEqual({ enrolled: 1, alreadyEnrolled: 0, candidateCount: 5 });

      const candidates = await candidatesOf(referent, college.id, scoSession.id);
      expect(candidates.map((candidate) => candidate.lastName).sort()).toEqual([
        'DURAND',
        'MARTIN',
        'NGUYEN',
        'PETIT',
        'ROUX',
      ]);
      for (const candidate of candidates) {
        const pupil = pupilsByName.get(candidate.lastName) as PupilView;
        expect(candidate).toMatchObject({
          sessionId: scoSession.id,
          pupilId: pupil.id,
          firstName: pupil.firstName,
          lastName: pupil.lastName,
          sex: pupil.sex,
          birthdate: pupil.birthdate,
          birthCountry: pupil.birthCountry,
          birthINSEECode: pupil.birthINSEECode,
          birthCity: pupil.birthCity,
          division: pupil.division,
          billingMode: null,
          extraTimePercentage: null,
          reconciledAt: null,
        });
      }
      expect(await ok(referent.get<SessionView>(scoSessionPath()))).toMatchObject({ candidateCount: 5 });
    });
  });

  describe('4. the PRO centre’s candidate list', () => {
    let template: { mimetype: string; header: string[] };
    let templateBytes: Uint8Array;

    it('its ADMIN plans a session and downloads the « Liste des candidats » template with the billing columns', async () => {
      proSession = await ok(proAdmin.post<SessionView>(`/centres/${formapro.id}/sessions`, { json: PRO_SESSION }), 201);
      expect(proSession).toMatchObject({
        certificationCenterType: 'PRO',
        status: 'created',
        createdBy: proAdmin.userId,
      });
      expect(proSession.accessCode).toMatch(ACCESS_CODE);
      expect(proSession.invigilatorPassword).toMatch(INVIGILATOR_PASSWORD);

      const download = await proAdmin.get(`/centres/${formapro.id}/candidate-list-template`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(ODS_MIME_TYPE);
      expect(download.headers.get('content-disposition')).toBe('attachment; filename="liste-des-candidats.ods"');
      templateBytes = new Uint8Array(download.bytes);
      template = readOdsTemplate(templateBytes);
      expect(template).toEqual({
        mimetype: ODS_MIME_TYPE,
        header: [
          '* Nom de naissance',
          '* Prénom',
          '* Date de naissance (format : jj/mm/aaaa)',
          '* Sexe (M ou F)',
          'Nom de la commune',
          'Code postal',
          'Code Insee',
          'Pays',
          'E-mail de convocation',
          'E-mail du destinataire des résultats (formateur, enseignant…)',
          'Identifiant local',
          'Temps majoré ?',
          'Tarification part Pix',
          'Code de prépaiement',
        ],
      });
      const scoTemplate = await referent.get(`${collegePath()}/candidate-list-template`);
      expect(scoTemplate.status).toBe(200);
      expect(readOdsTemplate(new Uint8Array(scoTemplate.bytes)).header).not.toContain('Tarification part Pix');
    });

    it('imports the template filled in: French dates, « 30 % », billing labels', async () => {
      // As LibreOffice saves them: the birthdates typed are date cells (shown 15/03/90), « 30 % » a percentage.
      const filled = fillOdsTemplate(templateBytes, [
        rowOf<OdsCell>(template.header, {
          '* Nom de naissance': 'Lefèvre',
          '* Prénom': 'Camille',
          '* Date de naissance (format : jj/mm/aaaa)': { type: 'date', value: '1990-03-15', text: '15/03/90' },
          '* Sexe (M ou F)': 'F',
          'Code Insee': '69123',
          Pays: 'France',
          'E-mail de convocation': 'camille.lefevre@example.org',
          'Identifiant local': 'FP-001',
          'Temps majoré ?': { type: 'percentage', value: 0.3, text: '30 %' },
          'Tarification part Pix': 'Payante',
        }),
        rowOf<OdsCell>(template.header, {
          '* Nom de naissance': 'Dubois',
          '* Prénom': 'Marc',
          '* Date de naissance (format : jj/mm/aaaa)': '02/11/1985',
          '* Sexe (M ou F)': 'M',
          'Nom de la commune': 'Bordeaux',
          'Code postal': '33000',
          Pays: 'FRANCE',
          'Identifiant local': 'FP-002',
          'Tarification part Pix': 'Prépayée',
          'Code de prépaiement': 'PREPA-2099-42',
        }),
      ]);
      const imported = await proAdmin.upload<EnrolmentReport>(`${proSessionPath()}/candidates/import`, {
        name: 'liste-des-candidats.ods',
        bytes: filled,
        type: ODS_MIME_TYPE,
      });

      expect(imported.status).toBe(200);
      expect(imported.body).toEqual({ enrolled: 2, alreadyEnrolled: 0, candidateCount: 2 });
      const candidates = await candidatesOf(proAdmin, formapro.id, proSession.id);
      const byName = new Map(candidates.map((candidate) => [candidate.lastName, candidate]));
      expect(byName.get('Lefèvre')).toMatchObject({
        firstName: 'Camille',
        sex: 'F',
        birthdate: '1990-03-15',
        birthCountry: 'France',
        birthINSEECode: '69123',
        birthCity: 'Lyon',
        email: 'camille.lefevre@example.org',
        externalId: 'FP-001',
        extraTimePercentage: 0.3,
        billingMode: 'PAID',
        prepaymentCode: null,
        pupilId: null,
        division: null,
      });
      expect(byName.get('Dubois')).toMatchObject({
        birthdate: '1985-11-02',
        birthPostalCode: '33000',
        birthCity: 'Bordeaux',
        billingMode: 'PREPAID',
        prepaymentCode: 'PREPA-2099-42',
        extraTimePercentage: null,
      });
    });

    it('a second import (CSV) replaces the whole list', async () => {
      const header = template.header;
      const file = csvFile([
        header,
        rowOf(header, {
          '* Nom de naissance': 'Benali',
          '* Prénom': 'Nadia',
          '* Date de naissance (format : jj/mm/aaaa)': '01/06/1992',
          '* Sexe (M ou F)': 'F',
          'Nom de la commune': 'Casablanca',
          Pays: 'Maroc',
          'Identifiant local': 'FP-101',
          'Temps majoré ?': '30 %',
          'Tarification part Pix': 'Gratuite',
        }),
        rowOf(header, {
          '* Nom de naissance': 'Lambert',
          '* Prénom': 'Tom',
          '* Date de naissance (format : jj/mm/aaaa)': '28/02/1979',
          '* Sexe (M ou F)': 'M',
          'Code Insee': '33063',
          'Identifiant local': 'FP-102',
          'Tarification part Pix': 'Payante',
        }),
        rowOf(header, {
          '* Nom de naissance': 'Perrin',
          '* Prénom': 'Manon',
          '* Date de naissance (format : jj/mm/aaaa)': '07/09/2001',
          '* Sexe (M ou F)': 'F',
          'Code Insee': '13055',
          'Identifiant local': 'FP-103',
          'Tarification part Pix': 'Payante',
        }),
      ]);
      const imported = await proAdmin.upload<EnrolmentReport>(`${proSessionPath()}/candidates/import`, {
        name: 'liste-des-candidats.csv',
        bytes: file,
        type: 'text/csv',
      });

      expect(imported.status).toBe(200);
      expect(imported.body).toEqual({ enrolled: 3, alreadyEnrolled: 0, candidateCount: 3 });
      const candidates = await candidatesOf(proAdmin, formapro.id, proSession.id);
      expect(candidates.map((candidate) => candidate.lastName).sort()).toEqual(['Benali', 'Lambert', 'Perrin']);
      expect(candidates.find((candidate) => candidate.lastName === 'Benali')).toMatchObject({
        birthCountry: 'Maroc',
        birthINSEECode: '99350',
        birthCity: 'Casablanca',
        extraTimePercentage: 0.3,
        billingMode: 'FREE',
      });
      expect(await ok(proAdmin.get<SessionView>(proSessionPath()))).toMatchObject({
        candidateCount: 3,
        expectedEndTime: '11:32',
      });
    });

    it('a refused import lists every error by line and column, and leaves the list as it was', async () => {
      const before = await candidatesOf(proAdmin, formapro.id, proSession.id);
      const header = template.header;
      const file = csvFile([
        header,
        rowOf(header, {
          '* Nom de naissance': 'Roy',
          '* Prénom': 'Emma',
          '* Date de naissance (format : jj/mm/aaaa)': '12/12/1999',
          '* Sexe (M ou F)': 'F',
          'Code Insee': '69123',
          'Tarification part Pix': 'Gratuite',
        }),
        rowOf(header, {
          '* Nom de naissance': 'Garnier',
          '* Prénom': 'Jules',
          '* Date de naissance (format : jj/mm/aaaa)': '31/02/1990',
          '* Sexe (M ou F)': 'M',
          'Code Insee': '69123',
          'Tarification part Pix': '',
        }),
      ]);
      const refused = await proAdmin.upload<ApiErrorResponse>(`${proSessionPath()}/candidates/import`, {
        name: 'liste-des-candidats.csv',
        bytes: file,
        type: 'text/csv',
      });

      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        statusCode: 400,
        code: 'CANDIDATE_IMPORT_INVALID',
        message: 'Le fichier contient 2 erreurs : la liste des candidats n’a pas été modifiée.',
        details: {
          errors: [
            {
              line: 3,
              column: '* Date de naissance (format : jj/mm/aaaa)',
              code: 'BIRTHDATE_INVALID',
              message:
                'Ligne 3, colonne « * Date de naissance (format : jj/mm/aaaa) » : la date de naissance « 31/02/1990 » n’existe pas.',
            },
            { line: 3, column: 'Tarification part Pix', code: 'BILLING_MODE_REQUIRED' },
          ],
        },
      });
      expect(await candidatesOf(proAdmin, formapro.id, proSession.id)).toEqual(before);
    });
  });

  describe('4b. typing candidates in and removing them', () => {
    it('the PRO ADMIN types a candidate in (ISO date, « 30 % », prepaid), then removes them', async () => {
      const added = await proAdmin.post<CandidateView>(`${proSessionPath()}/candidates`, {
        json: {
          firstName: 'Emma',
          lastName: 'Roy',
          sex: 'F',
          birthdate: '1999-12-12',
          birthINSEECode: '69123',
          externalId: 'FP-104',
          extraTimePercentage: '30 %',
          billingMode: 'Prépayée',
          prepaymentCode: 'PREPA-7',
        },
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        id: expect.any(Number),
        sessionId: proSession.id,
        firstName: 'Emma',
        lastName: 'Roy',
        birthdate: '1999-12-12',
        birthCountry: 'France',
        birthINSEECode: '69123',
        birthCity: 'Lyon',
        externalId: 'FP-104',
        extraTimePercentage: 0.3,
        billingMode: 'PREPAID',
        prepaymentCode: 'PREPA-7',
      });
      expect((await candidatesOf(proAdmin, formapro.id, proSession.id)).map((one) => one.lastName).sort()).toEqual([
        'Benali',
        'Lambert',
        'Perrin',
        'Roy',
      ]);

      const removed = await proAdmin.delete(`${proSessionPath()}/candidates/${added.body.id}`);
      expect(removed.status).toBe(204);
      expect((await candidatesOf(proAdmin, formapro.id, proSession.id)).map((one) => one.lastName).sort()).toEqual([
        'Benali',
        'Lambert',
        'Perrin',
      ]);
      const again = await proAdmin.delete<ApiErrorResponse>(`${proSessionPath()}/candidates/${added.body.id}`);
      expect(again.status).toBe(404);
      expect(again.body).toMatchObject({
        code: 'CANDIDATE_NOT_FOUND',
        message: 'Ce candidat n’est pas inscrit à cette session.',
      });
    });

    it('a session planned by mistake is deleted by the collège MEMBER', async () => {
      const mistake = await ok(
        referent.post<SessionView>(`${collegePath()}/sessions`, { json: { ...SCO_SESSION, date: '2099-03-17' } }),
        201,
      );
      expect((await sessionsOf(referent, college.id)).map((session) => session.id).sort((a, b) => a - b)).toEqual(
        [scoSession.id, mistake.id].sort((a, b) => a - b),
      );
      const deleted = await referent.delete(`${collegePath()}/sessions/${mistake.id}`);
      expect(deleted.status).toBe(204);
      const gone = await referent.get<ApiErrorResponse>(`${collegePath()}/sessions/${mistake.id}`);
      expect(gone.status).toBe(404);
      expect(gone.body).toMatchObject({ code: 'SESSION_NOT_FOUND' });
      expect((await sessionsOf(referent, college.id)).map((session) => session.id)).toEqual([scoSession.id]);
    });
  });

  describe('5. the official PDF documents of the collège’s session', () => {
    const download = (client: ApiClient, kind: string) => client.get(`${scoSessionPath()}/documents/${kind}`);

    async function pdfOf(response: ApiResponse<unknown>, fileName: string) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
      expect(response.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdf = await readPdf(response.bytes);
      expect(response.headers.get('x-page-count')).toBe(String(pdf.total));
      return pdf;
    }

    it('the attendance sheet lists the 5 candidates sorted, with birthdates and classes, on one page', async () => {
      const pdf = await pdfOf(await download(referent, 'attendance-sheet'), `feuille-emargement-${scoSession.id}.pdf`);

      expect(pdf.total).toBe(1);
      expect(pdf.text).toContain('Feuille d’émargement');
      expect(pdf.text).toMatch(sessionNumber(scoSession.id));
      expect(pdf.text).toContain(SESSION_DATE_LONG);
      expect(pdf.text).toContain('14h30');
      expect(pdf.text).toContain('Collège Victor Hugo');
      expect(pdf.text).toContain('Salle informatique 3');
      expect(pdf.text).toContain('M. Lefort et Mme Caron');
      expect(pdf.text).toContain('5 candidats inscrits à la session');
      const rows = [
        'DURAND Hugo 02/07/2011 3e A',
        'MARTIN Léa 15/03/2011 3e A',
        'NGUYEN Minh 30/05/2011 3e B',
        'PETIT Chloé 21/11/2010 3e A',
        'ROUX Louis 09/01/2011 3e A',
      ];
      for (const row of rows) expect(pdf.text).toContain(row);
      const positions = rows.map((row) => pdf.text.indexOf(row));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(pdf.text).not.toContain('FAURE');
      expect(pdf.text).not.toContain(scoSession.accessCode);
      expect(pdf.text).not.toContain(scoSession.invigilatorPassword);
    });

    it('the invigilator kit carries the session number, the date, the C- password and the access code', async () => {
      const pdf = await pdfOf(await download(referent, 'invigilator-kit'), `kit-surveillant-${scoSession.id}.pdf`);

      expect(pdf.total).toBeGreaterThanOrEqual(1);
      expect(pdf.text).toContain('Kit surveillant');
      expect(pdf.text).toMatch(new RegExp(`Numéro de session .*\\b${scoSession.id}\\b`));
      expect(pdf.text).toContain('16 mars 2099');
      expect(pdf.text).toContain('14h30');
      expect(pdf.text).toContain('M. Lefort et Mme Caron');
      expect(pdf.text).toMatch(
        new RegExp(`Mot de passe de la session À l’usage exclusif du surveillant ${scoSession.invigilatorPassword}`),
      );
      expect(pdf.text).toMatch(
        new RegExp(`Code d’accès candidat À communiquer aux candidats au lancement du test ${scoSession.accessCode}`),
      );
      expect(pdf.text).toContain('Aucun candidat inscrit ne bénéficie d’un temps majoré.');
    });

    it('the incident report (2 pages), the fraud report and the candidate notice (1 page each)', async () => {
      const incident = await pdfOf(await download(head, 'incident-report'), `pv-incident-${scoSession.id}.pdf`);
      expect(incident.total).toBe(2);
      expect(incident.text).toContain('Procès-verbal d’incident');
      expect(incident.text).toMatch(sessionNumber(scoSession.id));
      expect(incident.text).toContain(SESSION_DATE_LONG);

      const fraud = await pdfOf(await download(referent, 'fraud-report'), `pv-fraude-${scoSession.id}.pdf`);
      expect(fraud.total).toBe(1);
      expect(fraud.text).toContain('Procès-verbal de fraude');
      expect(fraud.text).toContain(SESSION_DATE_LONG);
      expect(fraud.text).toMatch(sessionNumber(scoSession.id));

      const notice = await pdfOf(await download(staff, 'candidate-notice'), `notice-candidat-${scoSession.id}.pdf`);
      expect(notice.total).toBe(1);
      expect(notice.text).toContain(`numéro de session (${scoSession.id})`);
      expect(notice.text).not.toContain(scoSession.accessCode);
      expect(notice.text).not.toContain(scoSession.invigilatorPassword);
    });

    it('the PRO session’s documents print the external ids and the candidates with extra time', async () => {
      const sheet = await pdfOf(
        await proAdmin.get(`${proSessionPath()}/documents/attendance-sheet`),
        `feuille-emargement-${proSession.id}.pdf`,
      );
      expect(sheet.text).toContain('Identifiant externe');
      expect(sheet.text).toContain(`Benali Nadia ${numericDate('1992-06-01')} FP-101`);
      expect(sheet.text).toContain('jeudi 2 avril 2099');
      const kit = await pdfOf(
        await proAdmin.get(`${proSessionPath()}/documents/invigilator-kit`),
        `kit-surveillant-${proSession.id}.pdf`,
      );
      expect(kit.text).toMatch(/Benali Nadia 30\s?% 2 h 17/);
      expect(kit.text).not.toContain('Lambert');
      expect(kit.text).toContain(proSession.accessCode);
      expect(kit.text).toContain(proSession.invigilatorPassword);
    });

    it('an unknown document is a 400 with the list of documents', async () => {
      const response = await referent.get<ApiErrorResponse>(`${scoSessionPath()}/documents/attestation`);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(response.body)).toContain(
        'Document inconnu : choisissez parmi attendance-sheet, invigilator-kit, incident-report, fraud-report, candidate-notice.',
      );
    });
  });

  describe('6. scoping: nobody outside the collège reaches its data', () => {
    interface Attempt {
      readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      readonly path: string;
      readonly json?: unknown;
      readonly upload?: { name: string; bytes: Uint8Array };
    }

    async function attempt(client: ApiClient, route: Attempt): Promise<ApiResponse<ApiErrorResponse>> {
      if (route.upload !== undefined) return client.upload<ApiErrorResponse>(route.path, route.upload);
      return client.request<ApiErrorResponse>(
        route.method,
        route.path,
        route.json === undefined ? {} : { json: route.json },
      );
    }

    /** `METHOD path -> status CODE` for each attempt, to compare with what is expected in one readable diff. */
    async function outcomes(client: ApiClient, routes: readonly Attempt[]): Promise<string[]> {
      const lines: string[] = [];
      for (const route of routes) {
        const response = await attempt(client, route);
        lines.push(`${route.method} ${route.path} -> ${response.status} ${response.body?.code ?? '(no code)'}`);
      }
      return lines;
    }

    const pupilFile = () => csvFile([PUPIL_HEADER, MARTIN]);
    const candidateFile = () =>
      csvFile([
        [
          '* Nom de naissance',
          '* Prénom',
          '* Date de naissance (format : jj/mm/aaaa)',
          '* Sexe (M ou F)',
          'Code Insee',
        ],
        ['Intrus', 'Ivan', '01/01/2000', 'M', '69123'],
      ]);
    const typedCandidate = {
      firstName: 'Ivan',
      lastName: 'Intrus',
      sex: 'M',
      birthdate: '2000-01-01',
      birthINSEECode: '69123',
      billingMode: 'FREE',
    };

    /** Every centre-scoped route of the collège, with a valid request. */
    function collegeRoutes(): Attempt[] {
      const c = collegePath();
      const s = scoSessionPath();
      const pupil = (pupilsByName.get('MARTIN') as PupilView).id;
      const noAccount = (pupilsByName.get('PETIT') as PupilView).id;
      const referentId = referent.userId;
      return [
        { method: 'GET', path: c },
        { method: 'GET', path: `${c}/members` },
        { method: 'POST', path: `${c}/invitations`, json: { email: 'intrus@formapro.example', role: 'ADMIN' } },
        { method: 'PATCH', path: `${c}/members/${referentId}`, json: { role: 'ADMIN' } },
        { method: 'POST', path: `${c}/pupils/import`, upload: { name: 'eleves.csv', bytes: pupilFile() } },
        { method: 'GET', path: `${c}/pupils` },
        { method: 'GET', path: `${c}/pupils?includeInactive=true` },
        { method: 'GET', path: `${c}/divisions` },
        { method: 'GET', path: `${c}/divisions/${encodeURIComponent('3e A')}/eligibility` },
        { method: 'POST', path: `${c}/pupils/${noAccount}/account` },
        { method: 'POST', path: `${c}/pupils/${pupil}/password-reset` },
        { method: 'GET', path: `${c}/sessions` },
        { method: 'POST', path: `${c}/sessions`, json: SCO_SESSION },
        {
          method: 'POST',
          path: `${c}/sessions/import`,
          upload: { name: 'sessions.csv', bytes: csvFile([['* Nom du site'], ['x']]) },
        },
        { method: 'GET', path: s },
        { method: 'PUT', path: s, json: { ...SCO_SESSION, room: 'Salle pirate' } },
        { method: 'DELETE', path: s },
        { method: 'GET', path: `${s}/candidates` },
        { method: 'POST', path: `${s}/candidates`, json: typedCandidate },
        { method: 'DELETE', path: `${s}/candidates/${scoCandidateId}` },
        { method: 'POST', path: `${s}/candidates/enrol-pupils`, json: { division: '3e B' } },
        { method: 'POST', path: `${s}/candidates/import`, upload: { name: 'liste.csv', bytes: candidateFile() } },
        { method: 'GET', path: `${s}/documents/attendance-sheet` },
        { method: 'GET', path: `${s}/documents/invigilator-kit` },
        { method: 'GET', path: `${s}/documents/incident-report` },
        { method: 'GET', path: `${s}/documents/fraud-report` },
        { method: 'GET', path: `${s}/documents/candidate-notice` },
        { method: 'GET', path: `${c}/candidate-list-template` },
      ];
    }

    let scoCandidateId: number;
    let before: Awaited<ReturnType<typeof collegeSnapshot>>;

    beforeAll(async () => {
      scoCandidateId = (await candidatesOf(referent, college.id, scoSession.id))[0]?.id ?? 0;
      lyceeSession = await ok(
        proAdmin.post<SessionView>(`/centres/${lycee.id}/sessions`, {
          json: { ...SCO_SESSION, address: 'Lycée Jean Moulin' },
        }),
        201,
      );
      before = await collegeSnapshot();
    });

    it('a member of another centre (ADMIN of the PRO centre and of the lycée) gets 403 on every collège route', async () => {
      const routes = collegeRoutes();
      expect(routes.length).toBeGreaterThanOrEqual(28);

      expect(await outcomes(proAdmin, routes)).toEqual(
        routes.map((route) => `${route.method} ${route.path} -> 403 FORBIDDEN`),
      );
      const one = await proAdmin.get<ApiErrorResponse>(scoSessionPath());
      expect(one.body).toMatchObject(FORBIDDEN);
      expect(await collegeSnapshot()).toEqual(before);
    });

    it('going through his own centres with the collège’s ids finds nothing (404) and changes nothing', async () => {
      const martin = (pupilsByName.get('MARTIN') as PupilView).id;
      const petit = (pupilsByName.get('PETIT') as PupilView).id;
      const pro = `/centres/${formapro.id}`;
      const lyc = `/centres/${lycee.id}`;
      const foreign = `${pro}/sessions/${scoSession.id}`;
      const routes: Attempt[] = [
        { method: 'GET', path: foreign },
        { method: 'PUT', path: foreign, json: { ...SCO_SESSION, room: 'Salle pirate' } },
        { method: 'DELETE', path: foreign },
        { method: 'GET', path: `${foreign}/candidates` },
        { method: 'POST', path: `${foreign}/candidates`, json: typedCandidate },
        { method: 'DELETE', path: `${foreign}/candidates/${scoCandidateId}` },
        { method: 'DELETE', path: `${proSessionPath()}/candidates/${scoCandidateId}` },
        { method: 'POST', path: `${foreign}/candidates/import`, upload: { name: 'liste.csv', bytes: candidateFile() } },
        { method: 'GET', path: `${foreign}/documents/invigilator-kit` },
        { method: 'GET', path: `${foreign}/documents/attendance-sheet` },
        {
          method: 'POST',
          path: `${lyc}/sessions/${scoSession.id}/candidates/enrol-pupils`,
          json: { pupilIds: [martin] },
        },
        {
          method: 'POST',
          path: `${lyc}/sessions/${lyceeSession.id}/candidates/enrol-pupils`,
          json: { pupilIds: [martin] },
        },
        {
          method: 'POST',
          path: `${lyc}/sessions/${lyceeSession.id}/candidates/enrol-pupils`,
          json: { division: '3e A' },
        },
        { method: 'POST', path: `${lyc}/pupils/${petit}/account` },
        { method: 'POST', path: `${lyc}/pupils/${martin}/password-reset` },
        { method: 'GET', path: `${lyc}/divisions/${encodeURIComponent('3e A')}/eligibility` },
        { method: 'PATCH', path: `${pro}/members/${referent.userId}`, json: { role: 'MEMBER' } },
      ];

      const results = await outcomes(proAdmin, routes);
      expect(results.filter((line) => !/ -> 404 /.test(line))).toEqual([]);
      const lyceePupils = await ok(proAdmin.get<{ pupils: PupilView[] }>(`${lyc}/pupils?includeInactive=true`));
      expect(lyceePupils.pupils).toEqual([]);
      expect(await candidatesOf(proAdmin, lycee.id, lyceeSession.id)).toEqual([]);
      expect(await collegeSnapshot()).toEqual(before);
    });

    it('a pupil of the collège, signed in with their own account, gets 403 on the centre’s routes too', async () => {
      // With the temporary password, nothing but changing it: 403 PASSWORD_CHANGE_REQUIRED everywhere else.
      const temporary = await ApiClient.login(api, martinAccount.username, martinAccount.temporaryPassword);
      const blocked = await temporary.get<ApiErrorResponse>('/centres');
      expect([blocked.status, blocked.body.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
      expect((await temporary.get<MeView>('/auth/me')).status).toBe(200);
      const ownPassword = 'Léa choisit son propre mot de passe';
      await ok(
        temporary.post('/auth/password', {
          json: { currentPassword: martinAccount.temporaryPassword, newPassword: ownPassword },
        }),
      );
      const pupil = await ApiClient.login(api, martinAccount.username, ownPassword);
      expect(pupil.me.user.mustChangePassword).toBe(false);
      const routes = collegeRoutes();

      expect(await outcomes(pupil, routes)).toEqual(
        routes.map((route) => `${route.method} ${route.path} -> 403 FORBIDDEN`),
      );
      expect(await collegeSnapshot()).toEqual(before);
    });

    it('the collège’s MEMBER is refused the ADMIN actions (invitations, roles, pupil list, pupil accounts)', async () => {
      const c = collegePath();
      const routes: Attempt[] = [
        {
          method: 'POST',
          path: `${c}/invitations`,
          json: { email: 'autre.prof@college-hugo.example', role: 'MEMBER' },
        },
        { method: 'PATCH', path: `${c}/members/${referent.userId}`, json: { role: 'ADMIN' } },
        { method: 'POST', path: `${c}/pupils/import`, upload: { name: 'eleves.csv', bytes: pupilFile() } },
        { method: 'POST', path: `${c}/pupils/${(pupilsByName.get('PETIT') as PupilView).id}/account` },
        { method: 'POST', path: `${c}/pupils/${(pupilsByName.get('MARTIN') as PupilView).id}/password-reset` },
        { method: 'POST', path: '/centres', json: { type: 'PRO', name: 'Mon centre', address: college.address } },
        { method: 'POST', path: '/users', json: { ...METIER, staffRole: 'SUPER_ADMIN' } },
      ];

      expect(await outcomes(referent, routes)).toEqual(
        routes.map((route) => `${route.method} ${route.path} -> 403 FORBIDDEN`),
      );
      expect(await collegeSnapshot()).toEqual(before);
    });

    it('without a token, or with a forged, tampered, unsigned or expired one: 401 on every route', async () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = { sub: String(proAdmin.userId), staff: null, centres: [[college.id, 'ADMIN']] as const, iat: now };
      const wellSigned = signAccessToken(running.authTokenSecret, {
        ...claims,
        centres: [[formapro.id, 'ADMIN']],
        exp: now + 600,
      });
      // The forging helper is right: a token signed with the platform's secret is accepted…
      expect((await ApiClient.anonymous(api).withToken(wellSigned).get<MeView>('/auth/me')).status).toBe(200);

      const tokens: Record<string, string | null> = {
        none: null,
        garbage: 'pas-un-jeton',
        'wrong secret': signAccessToken('un autre secret que celui de la plateforme', {
          ...claims,
          staff: 'SUPER_ADMIN',
          exp: now + 600,
        }),
        tampered: tamperedToken(proAdmin.accessToken ?? '', { centres: [[college.id, 'ADMIN']] }),
        unsigned: unsignedToken({ ...claims, iss: 'pix-certif/identity', aud: 'pix-certif/gateway', exp: now + 600 }),
        expired: signAccessToken(running.authTokenSecret, { ...claims, iat: now - 3600, exp: now - 60 }),
      };
      const everyRoute = [
        ...collegeRoutes(),
        { method: 'GET', path: '/auth/me' } as Attempt,
        { method: 'GET', path: '/centres' } as Attempt,
      ];
      // Every route without a token and with an expired one; a sample for the other forgeries (rate limit).
      const sample = everyRoute.filter((_, index) => index % 5 === 0);
      for (const [label, token] of Object.entries(tokens)) {
        const routes = label === 'none' || label === 'expired' ? everyRoute : sample;
        const client = ApiClient.anonymous(api).withToken(token);
        const results = await outcomes(client, routes);
        expect({ label, results }).toEqual({
          label,
          results: routes.map((route) => `${route.method} ${route.path} -> 401 UNAUTHENTICATED`),
        });
      }
      const answer = await ApiClient.anonymous(api).get<ApiErrorResponse>(scoSessionPath());
      expect(answer.body).toMatchObject(UNAUTHENTICATED);
      const basic = await anonymous.get<ApiErrorResponse>('/auth/me', {
        headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
      });
      expect(basic.status).toBe(401);
      expect(await collegeSnapshot()).toEqual(before);
    });

    it('METIER staff read but may not create a centre, plan a session nor import profiles', async () => {
      const created = await staff.post<UserView>('/users', { json: { ...METIER, staffRole: 'METIER' } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: METIER.email, staffRole: 'METIER' });
      const metier = await login(METIER);

      const centre = await metier.post<ApiErrorResponse>('/centres', {
        json: { type: 'PRO', name: 'Centre non autorisé', address: college.address },
      });
      expect(centre.status).toBe(403);
      expect(centre.body).toMatchObject(FORBIDDEN);
      const session = await metier.post<ApiErrorResponse>(`${collegePath()}/sessions`, { json: SCO_SESSION });
      expect(session.status).toBe(403);
      const profiles = await metier.post<ApiErrorResponse>('/profiles/import', { json: { profiles: [] } });
      expect(profiles.status).toBe(403);
      expect((await metier.get<SessionView>(scoSessionPath())).status).toBe(200);

      const centres = await ok(staff.get<{ centres: CentreView[] }>('/centres'));
      expect(centres.centres.filter((one) => one.name === 'Centre non autorisé')).toEqual([]);
      expect(await collegeSnapshot()).toEqual(before);
    });
  });

  describe('7. bad input: a clear 4xx with a code and a French message, and nothing changes', () => {
    let counts: Awaited<ReturnType<typeof countEverything>>;

    async function countEverything() {
      return {
        collegeSessions: (await sessionsOf(referent, college.id)).length,
        proSessions: (await sessionsOf(proAdmin, formapro.id)).length,
        scoCandidates: (await candidatesOf(referent, college.id, scoSession.id)).map((candidate) => candidate.id),
        proCandidates: (await candidatesOf(proAdmin, formapro.id, proSession.id)).map((candidate) => candidate.id),
        pupils: await collegePupils(true),
      };
    }

    function expectRefusal(response: ApiResponse<ApiErrorResponse>, status: number, code: string, message?: string) {
      expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
      expect(response.body).toMatchObject({ statusCode: status, code, correlationId: expect.any(String) });
      expect(response.body.message).toMatch(FRENCH_MESSAGE);
      if (message !== undefined) expect(response.body.message).toBe(message);
    }

    beforeAll(async () => {
      counts = await countEverything();
    });

    afterEach(async () => {
      expect(await countEverything()).toEqual(counts);
    });

    it('a pupil file of binary garbage', async () => {
      const garbage = Uint8Array.from({ length: 2048 }, (_, index) => (index * 37 + 11) % 256);
      const response = await head.upload<ApiErrorResponse>(`${collegePath()}/pupils/import`, {
        name: 'eleves.csv',
        bytes: garbage,
      });

      expectRefusal(
        response,
        400,
        'PUPIL_IMPORT_INVALID',
        'Le fichier contient une erreur : aucun élève n’a été importé.',
      );
      expect(response.body.details).toEqual({
        errors: [
          {
            line: 0,
            column: null,
            code: 'UNKNOWN_FORMAT',
            message: expect.stringContaining('Le fichier « eleves.csv » n’est ni un classeur ODS ni un fichier CSV.'),
          },
        ],
      });
    });

    it('a pupil file with the header only, and one with a bad INE', async () => {
      const headerOnly = await head.upload<ApiErrorResponse>(`${collegePath()}/pupils/import`, {
        name: 'eleves.csv',
        bytes: csvFile([PUPIL_HEADER]),
      });
      expectRefusal(headerOnly, 400, 'PUPIL_IMPORT_INVALID');
      expect(headerOnly.body.details).toMatchObject({ errors: [{ line: 0, code: 'NO_PUPIL' }] });

      const badIne = await head.upload<ApiErrorResponse>(`${collegePath()}/pupils/import`, {
        name: 'eleves.csv',
        bytes: csvFile([PUPIL_HEADER, MARTIN, ['12345', ...DURAND.slice(1)]]),
      });
      expectRefusal(badIne, 400, 'PUPIL_IMPORT_INVALID');
      expect(badIne.body.details).toMatchObject({
        errors: [{ line: 3, column: 'Identifiant national', code: 'NATIONAL_ID_INVALID' }],
      });
    });

    it('an ODS candidate list that is not a valid ODS (zip garbage)', async () => {
      const zipGarbage = Uint8Array.from([
        0x50,
        0x4b,
        0x03,
        0x04,
        ...Array.from({ length: 500 }, (_, index) => (index * 13) % 256),
      ]);
      const response = await proAdmin.upload<ApiErrorResponse>(`${proSessionPath()}/candidates/import`, {
        name: 'liste-des-candidats.ods',
        bytes: zipGarbage,
        type: ODS_MIME_TYPE,
      });

      expectRefusal(response, 400, 'CANDIDATE_IMPORT_INVALID');
      expect(response.body.details).toMatchObject({ errors: [{ line: 0, code: 'FILE_UNREADABLE' }] });
    });

    it('a PRO candidate list without the « Tarification part Pix » column', async () => {
      const response = await proAdmin.upload<ApiErrorResponse>(`${proSessionPath()}/candidates/import`, {
        name: 'liste.csv',
        bytes: csvFile([
          [
            '* Nom de naissance',
            '* Prénom',
            '* Date de naissance (format : jj/mm/aaaa)',
            '* Sexe (M ou F)',
            'Code Insee',
          ],
          ['Roy', 'Emma', '12/12/1999', 'F', '69123'],
        ]),
      });

      expectRefusal(response, 400, 'CANDIDATE_IMPORT_INVALID');
      expect(response.body.details).toMatchObject({ errors: [{ line: 1, code: 'MISSING_COLUMNS' }] });
      expect(JSON.stringify(response.body.details)).toContain('Tarification part Pix');
    });

    it('enrolling an unknown class, or nobody', async () => {
      const unknown = await referent.post<ApiErrorResponse>(`${scoSessionPath()}/candidates/enrol-pupils`, {
        json: { division: '6e Z' },
      });
      expectRefusal(unknown, 404, 'NOT_FOUND', 'La classe « 6e Z » n’existe pas ou n’a aucun élève actif.');

      const nobody = await referent.post<ApiErrorResponse>(`${scoSessionPath()}/candidates/enrol-pupils`, { json: {} });
      expectRefusal(nobody, 400, 'VALIDATION_FAILED');

      const leftSchool = await referent.post<ApiErrorResponse>(`${scoSessionPath()}/candidates/enrol-pupils`, {
        json: { pupilIds: [(pupilsByName.get('FAURE') as PupilView).id] },
      });
      expectRefusal(leftSchool, 404, 'NOT_FOUND', 'Aucun de ces élèves n’appartient au centre.');
    });

    it('a typed candidate with an unknown INSEE code, or a birthdate written the French way', async () => {
      const base = { firstName: 'Emma', lastName: 'Roy', sex: 'F', birthdate: '1999-12-12', billingMode: 'FREE' };
      const insee = await proAdmin.post<ApiErrorResponse>(`${proSessionPath()}/candidates`, {
        json: { ...base, birthCountry: 'France', birthINSEECode: '69999' },
      });
      expectRefusal(insee, 400, 'CANDIDATE_INVALID', 'Le candidat comporte des informations invalides.');
      expect(insee.body.details).toEqual({
        problems: [
          { field: 'birthINSEECode', code: 'BIRTH_INSEE_CODE_NOT_FOUND', message: 'Le code INSEE 69999 n’existe pas.' },
        ],
      });

      const frenchDate = await proAdmin.post<ApiErrorResponse>(`${proSessionPath()}/candidates`, {
        json: { ...base, birthdate: '12/12/1999', birthINSEECode: '69123' },
      });
      expectRefusal(frenchDate, 400, 'CANDIDATE_INVALID');
      expect(frenchDate.body.details).toEqual({
        problems: [
          {
            field: 'birthdate',
            code: 'BIRTHDATE_INVALID_FORMAT',
            message: 'La date de naissance « 12/12/1999 » n’est pas au format AAAA-MM-JJ.',
          },
        ],
      });

      const scoBilling = await referent.post<ApiErrorResponse>(`${scoSessionPath()}/candidates`, {
        json: { ...base, birthINSEECode: '69123', billingMode: 'PAID' },
      });
      expectRefusal(scoBilling, 400, 'CANDIDATE_INVALID');
      expect(scoBilling.body.details).toMatchObject({
        problems: [{ field: 'billingMode', code: 'BILLING_MODE_MUST_BE_EMPTY' }],
      });
    });

    it('a session dated 16/03/2099, at 25:00, or in the past', async () => {
      const frenchDate = await referent.post<ApiErrorResponse>(`${collegePath()}/sessions`, {
        json: { ...SCO_SESSION, date: '16/03/2099' },
      });
      expectRefusal(frenchDate, 400, 'SESSION_INVALID', 'La session comporte des informations invalides.');
      expect(frenchDate.body.details).toEqual({
        problems: [{ field: 'date', message: 'La date de début doit être une date valide au format AAAA-MM-JJ.' }],
      });

      const past = await referent.post<ApiErrorResponse>(`${collegePath()}/sessions`, {
        json: { ...SCO_SESSION, date: '2020-01-15', time: '25:00' },
      });
      expectRefusal(past, 400, 'SESSION_INVALID');
      expect(past.body.details).toEqual({
        problems: [
          { field: 'time', message: 'L’heure de début doit être au format HH:MM (24 h).' },
          { field: 'date', message: 'La date de début ne peut pas être dans le passé.' },
        ],
      });

      const edit = await referent.put<ApiErrorResponse>(scoSessionPath(), {
        json: { ...SCO_SESSION, date: '2020-01-15' },
      });
      expectRefusal(edit, 400, 'SESSION_INVALID');
      expect(await ok(referent.get<SessionView>(scoSessionPath()))).toMatchObject({
        date: SESSION_DATE,
        room: 'Salle informatique 3',
      });

      const brokenJson = await referent.post<ApiErrorResponse>(`${collegePath()}/sessions`, {
        body: '{"address": "Collège',
        headers: { 'content-type': 'application/json' },
      });
      expectRefusal(brokenJson, 400, 'MALFORMED_REQUEST');
    });

    it('the same candidate twice in a session: 409 CANDIDATE_DUPLICATE', async () => {
      const existing = (await candidatesOf(proAdmin, formapro.id, proSession.id)).find(
        (one) => one.lastName === 'Lambert',
      );
      expect(existing).toMatchObject({ lastName: 'Lambert', birthdate: '1979-02-28' });
      const response = await proAdmin.post<ApiErrorResponse>(`${proSessionPath()}/candidates`, {
        json: {
          firstName: ' tom ',
          lastName: 'LAMBERT',
          sex: 'M',
          birthdate: '1979-02-28',
          birthINSEECode: '33063',
          billingMode: 'PAID',
        },
      });

      expectRefusal(response, 409, 'CANDIDATE_DUPLICATE');
      expect(response.body.message).toContain('est déjà inscrit(e) à cette session.');

      const pupilAgain = await referent.post<EnrolmentReport>(`${scoSessionPath()}/candidates/enrol-pupils`, {
        json: { pupilIds: [(pupilsByName.get('NGUYEN') as PupilView).id] },
      });
      expect(pupilAgain.status).toBe(200);
      expect(pupilAgain.body).toEqual({ enrolled: 0, alreadyEnrolled: 1, candidateCount: 5 });
    });

    it('a 10 MB upload: 413 PAYLOAD_TOO_LARGE', async () => {
      const big = new Uint8Array(10 * 1024 * 1024).fill(0x41);
      const pupils = await head.upload<ApiErrorResponse>(`${collegePath()}/pupils/import`, {
        name: 'eleves.csv',
        bytes: big,
      });
      expectRefusal(pupils, 413, 'PAYLOAD_TOO_LARGE', 'Le fichier est trop volumineux : 5 Mo au maximum.');

      const candidates = await proAdmin.upload<ApiErrorResponse>(`${proSessionPath()}/candidates/import`, {
        name: 'liste.csv',
        bytes: big,
      });
      expectRefusal(candidates, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('an upload that is not multipart/form-data: 415', async () => {
      const json = await head.post<ApiErrorResponse>(`${collegePath()}/pupils/import`, {
        json: { file: 'Identifiant national;Nom de famille' },
      });
      expectRefusal(
        json,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Envoyez le fichier dans un formulaire multipart/form-data (champ « file »).',
      );

      const rawCsv = await proAdmin.post<ApiErrorResponse>(`${proSessionPath()}/candidates/import`, {
        body: Buffer.from(csvFile([PUPIL_HEADER, MARTIN])),
        headers: { 'content-type': 'text/csv' },
      });
      expectRefusal(rawCsv, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('pupils and classes belong to SCO centres only', async () => {
      const pupils = await proAdmin.upload<ApiErrorResponse>(`/centres/${formapro.id}/pupils/import`, {
        name: 'eleves.csv',
        bytes: csvFile([PUPIL_HEADER, MARTIN]),
      });
      expectRefusal(
        pupils,
        400,
        'NOT_A_SCO_CENTRE',
        'Seuls les établissements scolaires (SCO) gèrent une liste d’élèves.',
      );
      const enrol = await proAdmin.post<ApiErrorResponse>(`${proSessionPath()}/candidates/enrol-pupils`, {
        json: { division: '3e A' },
      });
      expectRefusal(enrol, 400, 'NOT_A_SCO_CENTRE');
    });
  });

  describe('8. authentication: sign-in, refresh rotation, sign-out', () => {
    async function refresh(cookie: string | null): Promise<ApiResponse<SignedIn | ApiErrorResponse>> {
      return anonymous.post<SignedIn | ApiErrorResponse>(
        '/auth/refresh',
        cookie === null ? {} : { headers: { cookie } },
      );
    }

    it('a wrong password or an unknown login: 401 INVALID_CREDENTIALS in French, the same for both', async () => {
      const wrong = await anonymous.post<ApiErrorResponse>('/auth/token', {
        json: { login: REFERENT.email, password: 'ce n’est pas le bon mot de passe' },
      });
      const unknown = await anonymous.post<ApiErrorResponse>('/auth/token', {
        json: { login: 'personne@nulle-part.example', password: 'ce n’est pas le bon mot de passe' },
      });

      for (const response of [wrong, unknown]) {
        expect(response.status).toBe(401);
        expect(response.body).toMatchObject({
          statusCode: 401,
          code: 'INVALID_CREDENTIALS',
          message: 'L’identifiant ou le mot de passe est incorrect.',
        });
        expect(refreshSetCookieLine(response.headers)).toBeNull();
      }
      const empty = await anonymous.post<ApiErrorResponse>('/auth/token', { json: { login: '', password: '' } });
      expect(empty.status).toBe(400);
      expect(empty.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it('the refresh cookie is HttpOnly on /api/auth and rotates; replaying an old one revokes the newer one too', async () => {
      const signedIn = await login(REFERENT);
      const setCookie = refreshSetCookieLine(
        (await anonymous.post('/auth/token', { json: { login: REFERENT.email, password: REFERENT.password } })).headers,
      );
      expect(setCookie).toMatch(/^pix_refresh=[^;]+; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
      const first = signedIn.refreshCookie;
      expect(first).toMatch(/^pix_refresh=.+/);

      const rotated = await refresh(first);
      expect(rotated.status).toBe(200);
      expect(rotated.body).toMatchObject({ me: { user: { email: REFERENT.email } }, accessToken: expect.any(String) });
      const second = refreshCookieOf(rotated.headers);
      expect(second).toMatch(/^pix_refresh=.+/);
      expect(second).not.toBe(first);
      const fresh = anonymous.withToken((rotated.body as SignedIn).accessToken);
      expect((await fresh.get<MeView>('/auth/me')).body).toMatchObject({ user: { email: REFERENT.email } });

      const replayed = await refresh(first);
      expect(replayed.status).toBe(401);
      expect(replayed.body).toMatchObject({
        code: 'REFRESH_TOKEN_INVALID',
        message: 'Votre session a expiré. Reconnectez-vous.',
      });
      expect(refreshSetCookieLine(replayed.headers)).toMatch(/^pix_refresh=; .*Max-Age=0/);
      const revoked = await refresh(second);
      expect(revoked.status).toBe(401);
      expect(revoked.body).toMatchObject({ code: 'REFRESH_TOKEN_INVALID' });

      const withoutCookie = await refresh(null);
      expect(withoutCookie.status).toBe(401);
      expect(withoutCookie.body).toMatchObject({
        code: 'REFRESH_TOKEN_INVALID',
        message: 'Votre session a expiré. Reconnectez-vous.',
      });
    });

    it('signing out revokes the refresh token and clears the cookie', async () => {
      const signedIn = await login(HEAD);
      const logout = await anonymous.post('/auth/logout', { headers: { cookie: signedIn.refreshCookie ?? '' } });

      expect(logout.status).toBe(204);
      expect(refreshSetCookieLine(logout.headers)).toMatch(
        /^pix_refresh=; Path=\/api\/auth; Max-Age=0; HttpOnly; SameSite=Strict$/,
      );
      const after = await refresh(signedIn.refreshCookie);
      expect(after.status).toBe(401);
      expect(after.body).toMatchObject({ code: 'REFRESH_TOKEN_INVALID' });
    });
  });
});
