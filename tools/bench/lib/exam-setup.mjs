// Setup of the exam benchmark, through the HTTP API as the console's users would do it (like tools/seed.mjs): a SCO
// centre, its pupils imported from a CSV, an account per pupil, competence profiles on the real skills of
// libs/referential, one session per class with the class enrolled, and one invigilator per session signed in to
// the invigilator space. Everything carries a run tag, so that runs against a long-lived platform never collide.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpError, multipartFile, refreshCookieOf } from './exam-http.mjs';

const CHALLENGES_DIR = join(import.meta.dirname, '..', '..', '..', 'libs', 'referential', 'data', 'challenges');
/** Caps of one POST /api/profiles/import (PROFILE_IMPORT_MAX_USERS, PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS). */
const IMPORT_MAX_USERS = 1000;
const IMPORT_MAX_ELEMENTS = 5000;
/** Parallel requests during the setup: argon2 hashing in identity is the slow part, and the machine is small. */
const SETUP_CONCURRENCY = 4;

const FIRST_NAMES = [
  'Léa',
  'Hugo',
  'Chloé',
  'Thomas',
  'Manon',
  'Lucas',
  'Inès',
  'Gabriel',
  'Zoé',
  'Nathan',
  'Jade',
  'Enzo',
  'Louise',
  'Arthur',
  'Emma',
  'Louis',
  'Alice',
  'Adam',
  'Lina',
  'Raphaël',
  'Rose',
  'Paul',
  'Ambre',
  'Noé',
  'Agathe',
  'Sacha',
  'Romane',
  'Tiago',
  'Clémence',
  'Mathis',
  'Juliette',
  'Maël',
  'Lou',
  'Yanis',
  'Anaïs',
  'Théo',
  'Eva',
  'Maxime',
  'Sarah',
  'Ibrahim',
];
const LAST_NAMES = [
  'MARTIN',
  'BERNARD',
  'DUBOIS',
  'THOMAS',
  'ROBERT',
  'RICHARD',
  'PETIT',
  'DURAND',
  'LEROY',
  'MOREAU',
  'SIMON',
  'LAURENT',
  'LEFEBVRE',
  'MICHEL',
  'GARCIA',
  'DAVID',
  'BERTRAND',
  'ROUX',
  'VINCENT',
  'FOURNIER',
  'MOREL',
  'GIRARD',
  'ANDRÉ',
  'LEFÈVRE',
  'MERCIER',
  'DUPONT',
  'LAMBERT',
  'BONNET',
  'FRANÇOIS',
  'MARTINEZ',
  'LEGRAND',
  'GARNIER',
  'FAURE',
  'ROUSSEAU',
  'BLANC',
  'GUERIN',
  'MULLER',
  'HENRY',
  'ROUSSEL',
  'NICOLAS',
  'PERRIN',
  'MORIN',
  'MATHIEU',
  'CLEMENT',
  'GAUTHIER',
  'DUMONT',
  'LOPEZ',
  'FONTAINE',
  'CHEVALIER',
  'ROBIN',
];
const UAI_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Throws an HttpError unless the answer is a 2xx; returns its body. */
export function expectOk(method, path, response) {
  if (!response.ok) throw new HttpError(method, path, response);
  return response.body;
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results in input order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function signIn(client, login, password) {
  const response = await client.send('POST', '/auth/token', { json: { login, password } });
  const body = expectOk('POST', '/auth/token', response);
  return { token: body.accessToken, cookie: refreshCookieOf(response.headers), me: body.me };
}

/** A UAI of the fictional department 099: 7 digits then the check letter (number mod 23). */
function randomUai() {
  const digits = `099${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
  return `${digits}${UAI_LETTERS[Number(digits) % 23]}`;
}

/**
 * The pupils of the run, `perSession` per class. First name, last name and birthdate are unique within a class
 * (joining matches on them), names are letters only, as the pupil base exports them.
 */
export function roster(count, perSession, tag) {
  const pupils = [];
  for (let index = 0; index < count; index++) {
    const classIndex = Math.floor(index / perSession);
    const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(Math.random() * 365) * 86_400_000);
    pupils.push({
      index,
      nationalId: `${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}${String.fromCharCode(65 + (index % 26))}${UAI_LETTERS[Math.floor(index / 26) % 23]}`,
      firstName: FIRST_NAMES[index % FIRST_NAMES.length],
      lastName: LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length],
      sex: index % 2 === 0 ? 'F' : 'M',
      birthdate: day.toISOString().slice(0, 10),
      division: `3${tag}-${String(classIndex + 1).padStart(3, '0')}`,
      classIndex,
    });
  }
  return pupils;
}

/** The school's pupil base export: semicolon-separated, dd/mm/yyyy dates, a BOM and CRLF like a spreadsheet's. */
function pupilCsv(pupils) {
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
  const lines = pupils.map((pupil) => {
    const [year, month, day] = pupil.birthdate.split('-');
    return [
      pupil.nationalId,
      pupil.lastName,
      pupil.firstName,
      `${day}/${month}/${year}`,
      pupil.sex,
      pupil.division,
      '33318',
      'PESSAC',
      'FRANCE',
    ].join(';');
  });
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}

/** Per competence, its skills that have an operative French challenge, easiest first (as apps/e2e reads them). */
export function referentialSkills(dir = CHALLENGES_DIR) {
  const byCompetence = new Map();
  for (const file of readdirSync(dir).filter((name) => /^\d+\.\d+\.json$/.test(name))) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const skills = data.tubes.flatMap((tube) =>
      tube.skills
        .filter((skill) =>
          skill.challenges.some(
            (challenge) => challenge.locale === 'fr-fr' && ['validé', 'archivé'].includes(challenge.status),
          ),
        )
        .map((skill) => ({ name: `${tube.name}${skill.level}`, level: skill.level })),
    );
    byCompetence.set(
      data.competence,
      skills.sort((a, b) => a.level - b.level),
    );
  }
  return byCompetence;
}

/**
 * Knowledge elements making a pupil certifiable. The test asks one question per validated skill, at most 3 per
 * competence at level ≥ 1: `full` = 3 skills on each of the 16 competences (48 questions); `short` = 2 or 3 skills on
 * 5 competences (10 to 15 questions). 4 pix per skill: 2 or 3 skills reach level 1 (8 pix a level).
 */
export function knowledgeElements(skills, questions, now = Date.now()) {
  const codes = [...skills.keys()];
  const chosen = questions === 'full' ? codes : shuffle(codes).slice(0, 5);
  const positionedAt = now - 30 * 86_400_000;
  let minute = 0;
  return chosen.flatMap((competence) => {
    const count = questions === 'full' ? 3 : 2 + Math.floor(Math.random() * 2);
    return skills
      .get(competence)
      .slice(0, count)
      .map((skill) => ({
        competence,
        skill: skill.name,
        status: 'validated',
        challengeId: null,
        earnedPix: 4,
        createdAt: new Date(positionedAt + minute++ * 60_000).toISOString(),
      }));
  });
}

function shuffle(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Profiles in as few imports as the caps allow. */
async function importProfiles(client, adminToken, profiles) {
  let batch = [];
  let elements = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    expectOk(
      'POST',
      '/profiles/import',
      await client.send('POST', '/profiles/import', { token: adminToken, json: { profiles: batch } }),
    );
    batch = [];
    elements = 0;
  };
  for (const profile of profiles) {
    if (batch.length === IMPORT_MAX_USERS || elements + profile.knowledgeElements.length > IMPORT_MAX_ELEMENTS)
      await flush();
    batch.push(profile);
    elements += profile.knowledgeElements.length;
  }
  await flush();
}

/** A password the identity policy accepts (8+ characters, not common, without the username). */
export const newPupilPassword = (index) => `Examen-du-matin-${index}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The whole setup; `log(label)` after each part. Returns the sessions (with access code and invigilator) and the
 * candidates (with their sign-in and identity). `passwordChange: 'setup'` makes each pupil's first sign-in and
 * password change here; with 'exam' the candidates do it during the timed run.
 */
export async function setUpExam({ client, admin, candidates, perSession, questions, passwordChange, tag, log }) {
  const step = async (label, action) => {
    const started = Date.now();
    const result = await action();
    log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  };
  const adminToken = (await signIn(client, admin.email, admin.password)).token;
  const post = async (path, json, token = adminToken) =>
    expectOk('POST', path, await client.send('POST', path, { token, json }));
  const get = async (path, token = adminToken) => expectOk('GET', path, await client.send('GET', path, { token }));

  const centre = await step('SCO centre', () =>
    post('/centres', {
      type: 'SCO',
      name: `Collège du banc d’essai ${tag}`,
      uai: randomUai(),
      address: { street: '1 rue des Examens', postalCode: '33600', city: 'Pessac' },
    }),
  );

  const pupils = roster(candidates, perSession, tag);
  await step(`${pupils.length} pupils imported (CSV)`, async () => {
    const form = multipartFile('file', `eleves-${tag}.csv`, 'text/csv', pupilCsv(pupils));
    const path = `/centres/${centre.id}/pupils/import`;
    const report = expectOk('POST', path, await client.send('POST', path, { token: adminToken, ...form }));
    if (report.created !== pupils.length)
      throw new Error(`pupil import created ${report.created}: ${JSON.stringify(report)}`);
  });

  await step(`${pupils.length} pupil accounts`, async () => {
    const { pupils: stored } = await get(`/centres/${centre.id}/pupils`);
    const byNationalId = new Map(stored.map((pupil) => [pupil.nationalId, pupil]));
    await mapLimit(pupils, SETUP_CONCURRENCY, async (pupil) => {
      const credentials = await post(
        `/centres/${centre.id}/pupils/${byNationalId.get(pupil.nationalId).id}/account`,
        {},
      );
      pupil.userId = credentials.userId;
      pupil.username = credentials.username;
      pupil.password = credentials.temporaryPassword;
      pupil.mustChangePassword = true;
    });
  });

  if (passwordChange === 'setup') {
    await step('first sign-in of each pupil, temporary password changed', () =>
      mapLimit(pupils, SETUP_CONCURRENCY, async (pupil) => {
        const signed = await signIn(client, pupil.username, pupil.password);
        pupil.flagSeenAtFirstSignIn = signed.me.user.mustChangePassword;
        const newPassword = newPupilPassword(pupil.index);
        await post('/auth/password', { currentPassword: pupil.password, newPassword }, signed.token);
        pupil.password = newPassword;
        pupil.mustChangePassword = false;
      }),
    );
  }

  const skills = referentialSkills();
  await step(`competence profiles (${questions})`, () =>
    importProfiles(
      client,
      adminToken,
      pupils.map((pupil) => ({ userId: pupil.userId, knowledgeElements: knowledgeElements(skills, questions) })),
    ),
  );

  const classes = [...new Set(pupils.map((pupil) => pupil.division))];
  const today = new Date().toISOString().slice(0, 10);
  const sessions = await step(`${classes.length} sessions, one class enrolled in each`, () =>
    mapLimit(classes, SETUP_CONCURRENCY, async (division, index) => {
      const session = await post(`/centres/${centre.id}/sessions`, {
        address: 'Bâtiment B',
        room: `Salle ${index + 1}`,
        date: today,
        time: '08:30',
        examiner: `Surveillant ${index + 1}`,
        description: `Banc d’essai ${tag}, classe ${division}`,
      });
      await post(`/centres/${centre.id}/sessions/${session.id}/candidates/enrol-pupils`, { division });
      const enrolled = await get(`/centres/${centre.id}/sessions/${session.id}`);
      const expected = pupils.filter((pupil) => pupil.division === division).length;
      if (enrolled.candidateCount !== expected) {
        throw new Error(`session ${session.id}: ${enrolled.candidateCount} candidates enrolled, ${expected} expected`);
      }
      return {
        id: session.id,
        division,
        candidateCount: expected,
        accessCode: session.accessCode,
        invigilatorPassword: session.invigilatorPassword,
      };
    }),
  );

  // A teacher per room: an ordinary account (no role needed) that opens the invigilator space with the session password.
  await step(`${sessions.length} invigilators signed in to their session`, () =>
    mapLimit(sessions, SETUP_CONCURRENCY, async (session, index) => {
      const email = `surveillant.${tag.toLowerCase()}.${index + 1}@banc-essai.example`;
      const password = `Surveillance-${tag}-${index + 1}-matin`;
      await post('/users', { firstName: 'Surveillant', lastName: `Salle ${index + 1}`, email, password });
      const signed = await signIn(client, email, password);
      await post(
        `/invigilation/sessions/${session.id}/sign-in`,
        { password: session.invigilatorPassword },
        signed.token,
      );
      session.invigilator = { email, password, token: signed.token, cookie: signed.cookie };
    }),
  );

  const sessionOfClass = new Map(sessions.map((session) => [session.division, session]));
  for (const pupil of pupils) pupil.session = sessionOfClass.get(pupil.division);
  return { centre, sessions, pupils };
}
