// Demo data: loads a realistic collège through the HTTP API, as its users would, once per data directory.
//
//   node tools/seed.mjs [gatewayUrl] [dataDir]     (defaults: http://127.0.0.1:$GATEWAY_PORT or 3000, <repo>/.data)
//
// Signs in as the bootstrap SUPER_ADMIN (BOOTSTRAP_ADMIN_EMAIL / _PASSWORD, or the defaults of `npm run up`), then:
// certification windows 2026-2027, the CERTIF/SUPPORT/METIER staff, a collège whose principal (ADMIN) and référent
// Pix (MEMBER) join through invitations, two 3e classes of 25 pupils imported as a CSV, an account per pupil,
// competence profiles on the real skills of libs/referential (most pupils certifiable, some not, a few strong),
// and one session per class with the class enrolled. Deterministic (seeded PRNG) and idempotent: when the collège
// (its UAI) exists, nothing is created again. The logins to show are kept in <dataDir>/demo-logins.txt.
// Any non-2xx answer stops the seed with the method, URL, status and JSON body.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CERTIFICATION_WINDOWS,
  CLASS_PLANS,
  COLLEGE,
  FRENCH_BIRTHPLACES,
  PRINCIPAL,
  PUPILS,
  REFERENT,
  SESSIONS,
  STAFF,
} from './lib/demo-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHALLENGES_DIR = join(ROOT, 'libs', 'referential', 'data', 'challenges');

/** The bootstrap SUPER_ADMIN of `npm run up` when BOOTSTRAP_ADMIN_EMAIL / _PASSWORD are not set. */
export const DEFAULT_ADMIN = { email: 'admin@pix-demo.fr', password: 'Pix-demo-2027-national' };
export const LOGINS_FILE = 'demo-logins.txt';

/** Knowledge elements are dated in the autumn positioning campaign, school days outside the Toussaint break. */
const POSITIONING = { from: '2026-09-14', to: '2026-11-13', holidays: ['2026-10-17', '2026-11-01'] };
/** Cap of one POST /api/profiles/import (PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS). */
const MAX_ELEMENTS_PER_IMPORT = 5000;

// ---------------------------------------------------------------------------------------------------------------
// HTTP

export class ApiError extends Error {
  constructor(method, url, status, body) {
    const shown = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
    super(`${method} ${url} answered ${status}\n${shown}`);
    this.name = 'ApiError';
    this.method = method;
    this.url = url;
    this.status = status;
    this.body = body;
  }
}

function createApi(baseUrl) {
  const root = `${baseUrl.replace(/\/+$/, '')}/api`;
  async function request(method, path, { token, json, form } = {}) {
    const url = `${root}${path}`;
    const headers = { accept: 'application/json' };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    let body;
    if (json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(json);
    } else if (form !== undefined) {
      body = form;
    }
    let response;
    try {
      response = await fetch(url, { method, headers, body });
    } catch (error) {
      throw new Error(`${method} ${url} failed: ${error.cause?.message ?? error.message}`);
    }
    const text = await response.text();
    let parsed = text;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      // not JSON: shown as text
    }
    if (!response.ok) throw new ApiError(method, url, response.status, parsed);
    return parsed;
  }
  return {
    get: (path, token) => request('GET', path, { token }),
    post: (path, token, json) => request('POST', path, { token, json: json ?? {} }),
    put: (path, token, json) => request('PUT', path, { token, json }),
    upload: (path, token, form) => request('POST', path, { token, form }),
    async signIn(login, password) {
      const signed = await request('POST', '/auth/token', { json: { login, password } });
      return signed.accessToken;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32, seeded by the FNV-1a hash of a label: the same label always gives the same sequence. */
function prng(label) {
  let seed = 0x811c9dc5;
  for (const char of label) seed = Math.imul(seed ^ char.codePointAt(0), 0x01000193) >>> 0;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)];
  next.shuffle = (items) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return next;
}

const pad = (value, width = 2) => String(value).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------------------
// Pupils and their CSV (the school's pupil base export)

const PUPIL_CSV_HEADER = [
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

export function demoPupils() {
  const rng = prng('pix-demo pupils 2026-2027');
  const communes = FRENCH_BIRTHPLACES.flatMap(([code, name, weight]) => Array(weight).fill({ code, name }));
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const nationalIds = new Set();
  const pupils = [];
  for (const [division, rows] of Object.entries(PUPILS)) {
    for (const [lastName, firstName, sex, abroadCity, abroadCountry] of rows) {
      let nationalId;
      do {
        const twoLetters = rng() < 0.25;
        const digits = Array.from({ length: twoLetters ? 9 : 10 }, () => rng.int(0, 9)).join('');
        nationalId = `${digits}${rng.pick(letters)}${twoLetters ? rng.pick(letters) : ''}`;
      } while (nationalIds.has(nationalId));
      nationalIds.add(nationalId);
      // Pupils of 3e in 2026-2027 are born in 2012; about one in ten is a year older.
      const year = rng() < 0.1 ? 2011 : 2012;
      const day = new Date(Date.UTC(year, 0, 1) + rng.int(0, 364) * 86_400_000);
      const birthdate = day.toISOString().slice(0, 10);
      const birthplace =
        abroadCity === undefined
          ? { inseeCode: rng.pick(communes).code, city: '', country: 'FRANCE' }
          : { inseeCode: '', city: abroadCity, country: abroadCountry };
      if (birthplace.inseeCode !== '') {
        birthplace.city = FRENCH_BIRTHPLACES.find(([code]) => code === birthplace.inseeCode)[1].toUpperCase();
      }
      pupils.push({ nationalId, lastName, firstName, sex, division, birthdate, birthplace });
    }
  }
  return pupils;
}

function pupilCsv(pupils) {
  const cell = (value) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = pupils.map((pupil) => {
    const [year, month, day] = pupil.birthdate.split('-');
    return [
      pupil.nationalId,
      pupil.lastName,
      pupil.firstName,
      `${day}/${month}/${year}`,
      pupil.sex,
      pupil.division,
      pupil.birthplace.inseeCode,
      pupil.birthplace.city,
      pupil.birthplace.country,
    ]
      .map(cell)
      .join(';');
  });
  // Spreadsheet-style export: UTF-8 with a BOM, CRLF line ends.
  return `\uFEFF${[PUPIL_CSV_HEADER.join(';'), ...lines].join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Competence profiles on the real skills

/** 8 pix per level, shared between the skills of that level in quarters, so that sums stay exact: 4+4, 2.75+2.75+2.5. */
function pixShares(count) {
  const base = Math.floor(32 / count) / 4;
  const extraQuarters = 32 - base * 4 * count;
  return Array.from({ length: count }, (_, index) => base + (index < extraQuarters ? 0.25 : 0));
}

/** Per competence (1.1 → 5.2): its skills grouped by level, each with its pix share and its operative challenges. */
export function loadReferential(dir = CHALLENGES_DIR) {
  const files = readdirSync(dir)
    .filter((file) => /^\d+\.\d+\.json$/.test(file))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return files.map((file) => {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const byLevel = new Map();
    for (const tube of data.tubes) {
      for (const skill of tube.skills) {
        const challengeIds = skill.challenges
          .filter((challenge) => ['validé', 'archivé'].includes(challenge.status) && challenge.locale === 'fr-fr')
          .map((challenge) => challenge.id);
        if (!byLevel.has(skill.level)) byLevel.set(skill.level, []);
        byLevel.get(skill.level).push({ name: `${tube.name}${skill.level}`, level: skill.level, challengeIds });
      }
    }
    for (const skills of byLevel.values()) {
      pixShares(skills.length).forEach((pix, index) => (skills[index].pix = pix));
    }
    return { code: data.competence, byLevel, maxLevel: Math.max(...byLevel.keys()) };
  });
}

/**
 * Which pupils of a class are not certifiable, strong or ordinary, and the levels each one reaches per competence.
 * `levels` maps a competence code to its level (≥ 1); `touched` lists competences tried without reaching level 1.
 */
function profilePlans(division, pupils, referential) {
  const plan = CLASS_PLANS[division];
  const rng = prng(`pix-demo plans ${division}`);
  const order = rng.shuffle(pupils.map((_, index) => index));
  const kinds = new Map();
  plan.notCertifiable.forEach((count, rank) => kinds.set(order[rank], { kind: 'weak', count }));
  for (let rank = 0; rank < plan.strong; rank++) {
    kinds.set(order[plan.notCertifiable.length + rank], { kind: 'strong' });
  }
  let boundaryGiven = false;
  const codes = referential.map((competence) => competence.code);
  return pupils.map((pupil, index) => {
    const r = prng(`pix-demo profile ${pupil.nationalId}`);
    const { kind, count } = kinds.get(index) ?? { kind: 'regular' };
    const shuffled = r.shuffle(codes);
    const levels = new Map();
    let touchedCount;
    if (kind === 'weak') {
      for (const code of shuffled.slice(0, Math.max(0, count))) levels.set(code, r.pick([1, 1, 2]));
      touchedCount = count === 0 ? 0 : count < 0 ? r.int(2, 4) : r.int(1, 3);
    } else if (kind === 'strong') {
      const n = r.pick([10, 11, 12, 13, 14]);
      shuffled.slice(0, n).forEach((code, rank) => levels.set(code, rank < 2 ? r.pick([4, 5]) : r.pick([2, 3, 3, 4])));
      touchedCount = r.int(0, 2);
    } else {
      const n = boundaryGiven ? r.pick([5, 6, 6, 7, 7, 7, 8, 8, 9, 10]) : 5;
      boundaryGiven = true;
      for (const code of shuffled.slice(0, n)) levels.set(code, r.pick([1, 1, 1, 2, 2, 2, 3]));
      touchedCount = r.int(0, 3);
    }
    const touched = shuffled.filter((code) => !levels.has(code)).slice(0, touchedCount);
    return { pupil, kind, levels, touched };
  });
}

/** Paris wall-clock offset on a calendar day (CEST from the last Sunday of March to the last Sunday of October). */
function parisOffset(year, month, day) {
  const lastSunday = (m) => {
    const last = new Date(Date.UTC(year, m + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const key = month * 100 + day;
  const summer = key >= 2 * 100 + lastSunday(2) && key < 9 * 100 + lastSunday(9);
  return summer ? '+02:00' : '+01:00';
}

/** A wall-clock time (ms, read in UTC fields) as ISO 8601 with the Paris offset of that day. */
function parisIso(wallMs) {
  const d = new Date(wallMs);
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${year}-${pad(month + 1)}-${pad(day)}T${time}${parisOffset(year, month, day)}`;
}

function schoolDays() {
  const days = [];
  for (let t = Date.parse(`${POSITIONING.from}T00:00:00Z`); t <= Date.parse(`${POSITIONING.to}T00:00:00Z`);) {
    const iso = new Date(t).toISOString().slice(0, 10);
    const weekday = new Date(t).getUTCDay();
    const holiday = iso >= POSITIONING.holidays[0] && iso <= POSITIONING.holidays[1];
    if (weekday !== 0 && weekday !== 6 && !holiday) days.push({ ms: t, wednesday: weekday === 3 });
    t += 86_400_000;
  }
  return days;
}

/** The knowledge elements of one pupil's plan; `shiftMs` moves every date back when the clock is before the campaign. */
function knowledgeElements(plan, referential, shiftMs) {
  const r = prng(`pix-demo elements ${plan.pupil.nationalId}`);
  const competences = referential.filter((c) => plan.levels.has(c.code) || plan.touched.includes(c.code));
  if (competences.length === 0) return [];
  const days = r.shuffle(schoolDays()).slice(0, Math.min(4, 1 + Math.ceil(competences.length / 4)));
  days.sort((a, b) => a.ms - b.ms);
  const sittings = days.map((day) => {
    const hour = day.wednesday ? r.int(8, 10) : r.int(8, 15);
    return { cursor: day.ms + (hour * 60 + r.int(0, 50)) * 60_000, competences: [] };
  });
  r.shuffle(competences).forEach((competence, index) => sittings[index % sittings.length].competences.push(competence));

  const elements = [];
  for (const sitting of sittings) {
    for (const competence of sitting.competences) {
      const level = plan.levels.get(competence.code) ?? 0;
      const attempts = [];
      for (let l = 1; l <= level; l++) {
        for (const skill of competence.byLevel.get(l)) attempts.push({ skill, validated: true });
      }
      const next = competence.byLevel.get(level + 1);
      if (next !== undefined) {
        const [first, second] = r.shuffle(next);
        const roll = r();
        if (level === 0 || roll < 0.4) {
          // One skill of the next level passed (never all of them: the level stays), another failed.
          if (level === 0 && roll >= 0.5) attempts.push({ skill: first, validated: false });
          else {
            attempts.push({ skill: first, validated: true });
            if (second !== undefined && r() < 0.6) attempts.push({ skill: second, validated: false });
          }
        } else if (roll < 0.8) {
          attempts.push({ skill: first, validated: false });
        }
      }
      for (const { skill, validated } of attempts) {
        sitting.cursor += r.int(35, 150) * 1000;
        elements.push({
          competence: competence.code,
          skill: skill.name,
          status: validated ? 'validated' : 'invalidated',
          challengeId: skill.challengeIds.length === 0 ? null : r.pick(skill.challengeIds),
          earnedPix: validated ? skill.pix : 0,
          createdAt: parisIso(sitting.cursor - shiftMs),
        });
      }
      sitting.cursor += r.int(60, 300) * 1000;
    }
  }
  return elements;
}

/** Whole weeks to move the campaign back so that its last element is at least a day old (0 after mid-Nov. 2026). */
function campaignShiftMs(now) {
  const latest = Date.parse(`${POSITIONING.to}T23:59:59+01:00`);
  const week = 7 * 86_400_000;
  return latest < now - 86_400_000 ? 0 : Math.ceil((latest - now + 86_400_000) / week) * week;
}

/** Each pupil's plan (kind, levels per competence) and knowledge elements, class by class. */
export function demoProfiles(pupils, now = Date.now()) {
  const referential = loadReferential();
  const shiftMs = campaignShiftMs(now);
  return Object.keys(PUPILS).flatMap((division) =>
    profilePlans(
      division,
      pupils.filter((pupil) => pupil.division === division),
      referential,
    ).map((plan) => ({ ...plan, knowledgeElements: knowledgeElements(plan, referential, shiftMs) })),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Logins text

/** Rows of cells as aligned columns (the last one not padded). */
function table(rows, indent = '    ') {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    `${indent}${row.map((value, column) => (column === row.length - 1 ? value : value.padEnd(widths[column]))).join('  ')}`.trimEnd(),
  );
}

function loginsText({ admin, centre, pupilLines, sessions, note }) {
  const accounts = table([
    ['SUPER_ADMIN', admin.email, admin.password, 'all rights: accounts, centres, windows, profiles, jury'],
    ...STAFF.map((staff) => [staff.staffRole, staff.email, staff.password, staff.duty]),
    ...[PRINCIPAL, REFERENT].map((person) => [person.role, person.email, person.password, person.duty]),
  ]);
  const lines = [
    'Demo logins: email (username for pupils) and password',
    '  National staff',
    ...accounts.slice(0, 1 + STAFF.length),
    `  ${centre.name}, ${centre.address.city} (SCO, UAI ${centre.uai})`,
    ...accounts.slice(1 + STAFF.length),
    '  Pupils of 3E1 and 3E2 (50 accounts): the temporary password is changed at the first sign-in',
    ...table(pupilLines),
    '    Other usernames: the console’s pupil lists; the principal hands out new temporary passwords.',
    '  Sessions: invigilators open « Espace surveillant » (/surveillance) with the number and the password; pupils',
    '  sign in, choose their own password, then « Passer ma certification » (/certification): number, identity, access code',
    ...table(sessions),
    '  After the session: the centre finalises it (session page, « Finaliser la session »); the jury (CERTIF) works in',
    '  « Jury » (/jury); once published, pupils see their result in /certification/resultats and anyone can check a',
    '  verification code at /verification.',
  ];
  if (note !== undefined) lines.push(`  ${note}`);
  return `${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

function sessionRows(sessions) {
  return sessions.map((session) => [
    `n° ${session.id}`,
    `${session.date} ${session.time}`,
    session.room,
    `${session.division === undefined ? '' : `${session.division}, `}${session.candidateCount} candidates`,
    `access code ${session.accessCode}`,
    `invigilator password ${session.invigilatorPassword}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// The seed

/**
 * Loads the demo data once; returns the logins text (also kept in `<dataDir>/demo-logins.txt`).
 * @param {{ baseUrl: string, admin: { email: string, password: string }, dataDir: string, log?: (message: string) => void }} options
 */
export async function seed({ baseUrl, admin, dataDir, log = () => undefined }) {
  const api = createApi(baseUrl);
  const file = join(dataDir, LOGINS_FILE);
  const adminToken = await api.signIn(admin.email, admin.password);

  const { centres } = await api.get('/centres', adminToken);
  const existing = centres.find((centre) => centre.uai === COLLEGE.uai);
  if (existing !== undefined) {
    if (existsSync(file)) {
      log(`already seeded (${existing.name}, UAI ${existing.uai}): nothing to do`);
      return readFileSync(file, 'utf8');
    }
    log(`${existing.name} exists but ${file} does not: logins rebuilt without the pupils' temporary passwords`);
    return rebuildLogins({ api, adminToken, admin, centre: existing, file });
  }

  const seedingStarted = Date.now();
  const step = async (label, action) => {
    const started = Date.now();
    const result = await action();
    log(`${label} (${Date.now() - started} ms)`);
    return result;
  };

  await step('certification windows SCO/SUP/PRO 2026-2027', async () => {
    for (const window of CERTIFICATION_WINDOWS) await api.put('/certification-windows', adminToken, window);
  });

  await step('staff accounts CERTIF, SUPPORT, METIER', async () => {
    for (const { staffRole, firstName, lastName, email, password } of STAFF) {
      try {
        await api.post('/users', adminToken, { firstName, lastName, email, password, staffRole });
      } catch (error) {
        // Left by an earlier seed stopped before the collège existed: the account is there, go on.
        if (!(error instanceof ApiError && error.body?.code === 'EMAIL_ALREADY_USED')) throw error;
        log(`${email} already exists`);
      }
    }
  });

  const centre = await step(`centre ${COLLEGE.name}`, () => api.post('/centres', adminToken, COLLEGE));

  const principalToken = await step('principal invited (ADMIN) by the national administrator, accepts', async () => {
    const { token } = await api.post(`/centres/${centre.id}/invitations`, adminToken, {
      email: PRINCIPAL.email,
      role: PRINCIPAL.role,
    });
    await api.get(`/invitations/${token}`);
    const { firstName, lastName, password } = PRINCIPAL;
    await api.post(`/invitations/${token}/accept`, undefined, { password, firstName, lastName });
    return api.signIn(PRINCIPAL.email, PRINCIPAL.password);
  });

  const referentToken = await step('référent Pix invited (MEMBER) by the principal, accepts', async () => {
    const { token } = await api.post(`/centres/${centre.id}/invitations`, principalToken, {
      email: REFERENT.email,
      role: REFERENT.role,
    });
    const { firstName, lastName, password } = REFERENT;
    await api.post(`/invitations/${token}/accept`, undefined, { password, firstName, lastName });
    return api.signIn(REFERENT.email, REFERENT.password);
  });

  const pupils = demoPupils();
  const report = await step(`pupil list imported (${pupils.length} pupils, CSV)`, () => {
    const form = new FormData();
    const csv = new Blob([pupilCsv(pupils)], { type: 'text/csv' });
    form.append('file', csv, `export-eleves-${COLLEGE.uai}.csv`);
    return api.upload(`/centres/${centre.id}/pupils/import`, principalToken, form);
  });
  if (report.created !== pupils.length) {
    throw new Error(
      `the pupil import created ${report.created} pupils, ${pupils.length} expected: ${JSON.stringify(report)}`,
    );
  }

  const credentials = await step(`pupil accounts (${pupils.length})`, async () => {
    const { pupils: stored } = await api.get(`/centres/${centre.id}/pupils`, principalToken);
    const byNationalId = new Map(stored.map((pupil) => [pupil.nationalId, pupil]));
    const result = new Map();
    for (const pupil of pupils) {
      const storedPupil = byNationalId.get(pupil.nationalId);
      if (storedPupil === undefined)
        throw new Error(`pupil ${pupil.nationalId} missing from GET …/pupils after the import`);
      result.set(
        pupil.nationalId,
        await api.post(`/centres/${centre.id}/pupils/${storedPupil.id}/account`, principalToken),
      );
    }
    return result;
  });

  const plans = demoProfiles(pupils);
  const profiles = plans.map((plan) => ({
    userId: credentials.get(plan.pupil.nationalId).userId,
    knowledgeElements: plan.knowledgeElements,
  }));
  const elementCount = profiles.reduce((sum, profile) => sum + profile.knowledgeElements.length, 0);
  await step(`competence profiles (${elementCount} knowledge elements)`, async () => {
    let batch = [];
    let batchElements = 0;
    const send = async () => {
      if (batch.length > 0) await api.post('/profiles/import', adminToken, { profiles: batch });
      batch = [];
      batchElements = 0;
    };
    for (const profile of profiles) {
      if (batchElements + profile.knowledgeElements.length > MAX_ELEMENTS_PER_IMPORT) await send();
      batch.push(profile);
      batchElements += profile.knowledgeElements.length;
    }
    await send();
  });

  const sessions = await step('sessions planned by the référent Pix, one class enrolled in each', async () => {
    const created = [];
    for (const { division, ...fields } of SESSIONS) {
      const session = await api.post(`/centres/${centre.id}/sessions`, referentToken, fields);
      await api.post(`/centres/${centre.id}/sessions/${session.id}/candidates/enrol-pupils`, referentToken, {
        division,
      });
      const enrolled = await api.get(`/centres/${centre.id}/sessions/${session.id}`, referentToken);
      for (const warning of enrolled.warnings) log(`session n° ${enrolled.id}: ${warning.message}`);
      created.push({ ...enrolled, division });
    }
    return created;
  });

  // What the class lists show must be what was sent: competences at level ≥ 1 per pupil.
  const eligibility = new Map();
  for (const division of Object.keys(PUPILS)) {
    const answer = await api.get(
      `/centres/${centre.id}/divisions/${encodeURIComponent(division)}/eligibility`,
      referentToken,
    );
    for (const row of answer.pupils) eligibility.set(row.pupilId, row);
    log(`${division}: ${answer.certifiableCount}/${answer.pupils.length} pupils certifiable`);
  }
  for (const plan of plans) {
    const row = eligibility.get(credentials.get(plan.pupil.nationalId).pupilId);
    if (row?.competencesAtLevelOneOrMore !== plan.levels.size) {
      log(
        `warning: ${plan.pupil.firstName} ${plan.pupil.lastName} has ${row?.competencesAtLevelOneOrMore} competences ` +
          `at level 1 or more, ${plan.levels.size} sent`,
      );
    }
  }

  const shown = [
    plans.find((plan) => plan.pupil.division === '3E1' && plan.kind === 'regular' && plan.levels.size >= 6),
    plans.find((plan) => plan.pupil.division === '3E1' && plan.kind === 'weak' && plan.levels.size === 4),
  ].filter((plan) => plan !== undefined);
  const pupilLines = shown.map((plan) => {
    const { username, temporaryPassword } = credentials.get(plan.pupil.nationalId);
    const count = plan.levels.size;
    return [
      plan.pupil.division,
      username,
      temporaryPassword,
      `${plan.pupil.firstName} ${plan.pupil.lastName}: ${count >= 5 ? 'certifiable' : 'not certifiable'} (${count} competences at level 1+)`,
    ];
  });

  const text = loginsText({
    admin,
    centre,
    pupilLines,
    sessions: sessionRows(sessions),
  });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, text, { mode: 0o600 });
  log(`seeded in ${((Date.now() - seedingStarted) / 1000).toFixed(1)} s; logins kept in ${file}`);
  return text;
}

/** The collège exists but the logins file is gone: what can be read back (temporary passwords cannot). */
async function rebuildLogins({ api, adminToken, admin, centre, file }) {
  const { pupils } = await api.get(`/centres/${centre.id}/pupils`, adminToken);
  const { sessions } = await api.get(`/centres/${centre.id}/sessions`, adminToken);
  const pupilLines = pupils
    .filter((pupil) => pupil.username !== null)
    .slice(0, 2)
    .map((pupil) => [pupil.division, pupil.username, '(temporary password handed out at seeding: reset it)', '']);
  const rows = sessionRows([...sessions].sort((a, b) => a.id - b.id));
  const text = loginsText({
    admin,
    centre,
    pupilLines: pupilLines.length > 0 ? pupilLines : [['-', 'no pupil account found', '', '']],
    sessions: rows.length > 0 ? rows : [['-', 'no session found', '', '', '', '']],
    note: 'Rebuilt from the API: the demo-logins.txt of the first seeding was missing (an interrupted seed?).',
  });
  writeFileSync(file, text, { mode: 0o600 });
  return text;
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 3000}`;
  const dataDir = process.argv[3] ?? join(ROOT, '.data');
  const admin = {
    email: process.env.BOOTSTRAP_ADMIN_EMAIL ?? DEFAULT_ADMIN.email,
    password: process.env.BOOTSTRAP_ADMIN_PASSWORD ?? DEFAULT_ADMIN.password,
  };
  const started = Date.now();
  try {
    const text = await seed({ baseUrl, admin, dataDir, log: (message) => process.stdout.write(`[seed] ${message}\n`) });
    process.stdout.write(`[seed] ${((Date.now() - started) / 1000).toFixed(1)} s\n\n${text}`);
  } catch (error) {
    process.stderr.write(`[seed] failed: ${error.message}\n`);
    process.exit(1);
  }
}
