// Benchmark: after the exam. Sessions of 30 pupils take a quick test over HTTP (a few stop early), the centre
// finalises each session, the auto-jury scores it; then the sessions are published and the public verification of
// certificates is hammered with a mix of real and unknown codes.
//
//   node tools/bench/results.bench.mjs [--sessions 3] [--per-session 30] [--stop-early 3] [--stop-after 3]
//        [--questions short|full] [--test-concurrency 8] [--poll-ms 25] [--jury-timeout-ms 120000]
//        [--concurrency 16] [--duration-ms 15000] [--warmup-ms 3000] [--unknown-share 0.2]
//        [--verification-limit 100000] [--limit-requests 40]
//        [--database-url postgres://user@host:port/postgres] [--keep]
//
// It starts its own platform (nats-server + six services + gateway) from dist/, on fresh PGlite directories, or
// with --database-url on one new database per service of that PostgreSQL server. Build first:
//   npx nx run-many -t build --projects=gateway,identity,sessions,testing,incidents,jury,documents
// Setup (untimed): one SCO centre, --sessions sessions of --per-session pupils (lib/exam-setup.mjs). Each pupil
// signs in, joins, gets their presence confirmed by the invigilator (PUT …/authorization), starts with the access
// code and answers every question (the reference answer, a random one on questions 7, 14…, question 11 skipped: a
// completed test is validated); the last --stop-early of each session stop after --stop-after questions, so that
// the finalisation needs their abort reasons (alternately `candidate` and `technical`). --test-concurrency pupils
// at a time.
// 1. Scoring, one session after the other: GET then POST /api/centres/:c/sessions/:s/finalization as the centre
//    (the bootstrap SUPER_ADMIN); from the POST's reply, GET /api/jury/sessions/:s every --poll-ms until the jury
//    has it (404 JURY_SESSION_NOT_FOUND before), autoJuryDone and a result for every certification. The time is up
//    to the reply of that poll; the lower bound (the send of the last poll that did not see it) is given beside it.
// 2. Verification: POST /api/jury/publications, the codes of the validated certifications, then --concurrency
//    clients send GET /api/public/certificates/:code for --duration-ms after --warmup-ms, a share --unknown-share of
//    them with an unknown code. The gateway's per-IP lookup limit is VERIFICATION_RATE_LIMIT_MAX (default 30 per
//    minute): the platform starts with --verification-limit (its largest accepted value is 100000: more and the
//    gateway refuses to boot). Then the gateway alone is restarted without it (the default applies) and
//    --limit-requests lookups are sent one by one from 127.0.0.1, to show where the 429s begin.
// 3. Peak RSS and CPU seconds of every process (the jury's first), from /proc, while scoring and while looking up.
// Exit code 1 when a session is not scored in time or a lookup answers something else than 200/404.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { randomAnswer, referenceAnswer } from './lib/answers.mjs';
import { fail, oneOf, positiveInteger, say, seconds, sleep } from './lib/cli.mjs';
import { createClient, refreshCookieOf, sum } from './lib/exam-http.mjs';
import { expectOk, mapLimit, setUpExam } from './lib/exam-setup.mjs';
import { runLoad } from './lib/http-load.mjs';
import { startOwnPlatform } from './lib/own-platform.mjs';
import { cpuSeconds, printResources, processSampler } from './lib/process-sampler.mjs';

const { values: options } = parseArgs({
  options: {
    sessions: { type: 'string', default: '3' },
    'per-session': { type: 'string', default: '30' },
    'stop-early': { type: 'string', default: '3' },
    'stop-after': { type: 'string', default: '3' },
    questions: { type: 'string', default: 'short' },
    'test-concurrency': { type: 'string', default: '8' },
    'poll-ms': { type: 'string', default: '25' },
    'jury-timeout-ms': { type: 'string', default: '120000' },
    concurrency: { type: 'string', default: '16' },
    'duration-ms': { type: 'string', default: '15000' },
    'warmup-ms': { type: 'string', default: '3000' },
    'unknown-share': { type: 'string', default: '0.2' },
    'verification-limit': { type: 'string', default: '100000' },
    'limit-requests': { type: 'string', default: '40' },
    'database-url': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const config = {
  sessions: positiveInteger(options, 'sessions'),
  perSession: positiveInteger(options, 'per-session'),
  stopEarly: Number(options['stop-early']),
  stopAfter: positiveInteger(options, 'stop-after'),
  questions: oneOf(options, 'questions', ['short', 'full']),
  testConcurrency: positiveInteger(options, 'test-concurrency'),
  pollMs: positiveInteger(options, 'poll-ms'),
  juryTimeoutMs: positiveInteger(options, 'jury-timeout-ms'),
  concurrency: positiveInteger(options, 'concurrency'),
  durationMs: positiveInteger(options, 'duration-ms'),
  warmupMs: Number(options['warmup-ms']),
  unknownShare: Number(options['unknown-share']),
  verificationLimit: positiveInteger(options, 'verification-limit'),
  limitRequests: positiveInteger(options, 'limit-requests'),
  keep: options.keep,
};
if (!Number.isInteger(config.stopEarly) || config.stopEarly < 0 || config.stopEarly >= config.perSession)
  fail('--stop-early must be an integer from 0 to --per-session − 1');
if (!(config.unknownShare >= 0 && config.unknownShare <= 1)) fail('--unknown-share must be between 0 and 1');
if (!(config.warmupMs >= 0)) fail('--warmup-ms must be ≥ 0');

/** The alphabet of verification codes (P-XXXXXXXX), to make up unknown ones. */
const CODE_ALPHABET = '2346789BCDFGHJKMPQRTVWXY';
const unknownCode = () =>
  `P-${Array.from({ length: 8 }, () => CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)]).join('')}`;
const now = () => performance.now();
const ms = (value) => (Number.isNaN(value) ? '-' : value.toFixed(1));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What the untimed part met on its way. */
const run = { signInBusy: 0 };

/** A signed-in user: requests with their token, renewed once on a 401 (refresh cookie, else the password). */
class User {
  constructor(client, login, password) {
    Object.assign(this, { client, login, password });
  }

  /** Identity answers 503 SIGN_IN_BUSY when too many hashes are under way: try again a little later. */
  async signIn() {
    for (let attempt = 1; ; attempt++) {
      const response = await this.client.send('POST', '/auth/token', {
        json: { login: this.login, password: this.password },
      });
      if (response.status === 503 && response.code === 'SIGN_IN_BUSY' && attempt < 10) {
        run.signInBusy += 1;
        await sleep(250 * attempt);
        continue;
      }
      this.adopt(expectOk('POST', '/auth/token', response), response);
      return this;
    }
  }

  adopt(body, response) {
    this.token = body.accessToken;
    this.cookie = refreshCookieOf(response.headers) ?? this.cookie;
  }

  async send(method, path, json) {
    let response = await this.client.send(method, path, { token: this.token, json });
    if (response.status === 401) {
      const renewed =
        this.cookie === undefined
          ? undefined
          : await this.client.send('POST', '/auth/refresh', { cookie: this.cookie });
      if (renewed?.ok) this.adopt(renewed.body, renewed);
      else await this.signIn();
      response = await this.client.send(method, path, { token: this.token, json });
    }
    return response;
  }

  /** The body of a 2xx answer, else an HttpError. */
  async ask(method, path, json) {
    return expectOk(method, `/api${path}`, await this.send(method, path, json));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The test, quickly: no think time, presence confirmed right after the join

async function sitTest(client, pupil, invigilator, stopAfter) {
  const session = pupil.session;
  const candidate = await new User(client, pupil.username, pupil.password).signIn();
  const { candidateId } = await candidate.ask('POST', `/certification/sessions/${session.id}/join`, {
    firstName: pupil.firstName,
    lastName: pupil.lastName,
    birthdate: pupil.birthdate,
  });
  await invigilator.ask('PUT', `/invigilation/sessions/${session.id}/candidates/${candidateId}/authorization`, {
    authorized: true,
  });
  const { courseId, questionCount } = await candidate.ask('POST', `/certification/sessions/${session.id}/start`, {
    accessCode: session.accessCode,
  });
  let answered = 0;
  for (;;) {
    const { question } = await candidate.ask('GET', `/certification/courses/${courseId}/current-question`);
    if (question === null || (stopAfter !== undefined && question.number > stopAfter)) break;
    const { challenge, number } = question;
    const body =
      number % 11 === 0
        ? { challengeId: challenge.id, skip: true }
        : {
            challengeId: challenge.id,
            answer: number % 7 === 0 ? randomAnswer(challenge) : referenceAnswer(challenge.id),
          };
    await candidate.ask('POST', `/certification/courses/${courseId}/answers`, body);
    answered += 1;
  }
  return { candidateId, courseId, questionCount, answered, completed: stopAfter === undefined };
}

// ---------------------------------------------------------------------------------------------------------------
// Finalisation, then the jury's scoring

async function finalise(admin, centreId, session) {
  const path = `/centres/${centreId}/sessions/${session.id}/finalization`;
  const form = await admin.ask('GET', path);
  let aborts = 0;
  const reports = form.candidates.map((candidate) =>
    candidate.abortReasonRequired
      ? { candidateId: candidate.candidateId, abortReason: aborts++ % 2 === 0 ? 'candidate' : 'technical' }
      : { candidateId: candidate.candidateId },
  );
  const response = await admin.send('POST', path, {
    hasIncident: false,
    hasJoiningIssue: false,
    examinerGlobalComment: null,
    reports,
  });
  const repliedAt = now();
  expectOk('POST', `/api${path}`, response);
  return { repliedAt, postMs: response.ms, reports: reports.length, aborts, status: response.body?.status };
}

const scored = (detail) =>
  detail.autoJuryDone === true &&
  detail.certifications.length > 0 &&
  detail.certifications.every((certification) => certification.results.length >= 1);

/**
 * Polls the jury's view of the session from `since` until it is scored. Resolves with the reply time of the first
 * poll that saw it, the send time of the last one that did not, the detail and what the polls answered.
 */
async function waitUntilScored(admin, sessionId, since) {
  const answers = new Map();
  let lastNotScoredSentAt = since;
  for (;;) {
    const sentAt = now();
    const response = await admin.send('GET', `/jury/sessions/${sessionId}`);
    const key =
      response.status === 200
        ? scored(response.body)
          ? '200 scored'
          : '200 not scored yet'
        : `${response.status} ${response.code}`;
    answers.set(key, (answers.get(key) ?? 0) + 1);
    if (key === '200 scored')
      return { scoredBy: now(), notBefore: lastNotScoredSentAt, detail: response.body, answers };
    if (!['200 not scored yet', '404 JURY_SESSION_NOT_FOUND'].includes(key)) {
      throw new Error(
        `GET /api/jury/sessions/${sessionId} answered ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    lastNotScoredSentAt = sentAt;
    if (now() - since > config.juryTimeoutMs) {
      throw new Error(
        `session ${sessionId} not scored ${seconds(config.juryTimeoutMs)} after its finalisation: ${[...answers].map(([k, v]) => `${k} ×${v}`).join(', ')}`,
      );
    }
    await sleep(config.pollMs);
  }
}

const countBy = (items, keyOf) => {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].map(([key, count]) => `${key} ${count}`).join(', ');
};

// ---------------------------------------------------------------------------------------------------------------
// Main

async function main() {
  const tag = randomBytes(3).toString('hex').toUpperCase();
  const own = await startOwnPlatform({
    databaseUrl: options['database-url'],
    databasePrefix: `pix_results_${tag}`,
    workDirPrefix: 'pix-results-bench-',
    keep: config.keep,
    env: { VERIFICATION_RATE_LIMIT_MAX: String(config.verificationLimit) },
  });
  process.once('SIGINT', async () => {
    say('interrupted: stopping the platform');
    await own.cleanUp().catch(() => undefined);
    process.exit(130);
  });
  const client = createClient(own.baseUrl);
  let failed = true;
  try {
    const code = await benchmark(client, own, tag);
    failed = code !== 0;
    return code;
  } finally {
    client.close();
    // A failed run keeps its folder: the services' logs are in it.
    await own.cleanUp({ keep: config.keep || failed });
  }
}

async function benchmark(client, own, tag) {
  say(
    `results: ${config.sessions} sessions of ${config.perSession} candidates (${config.stopEarly} stopping after ` +
      `${config.stopAfter} questions), ${config.questions} tests; jury polled every ${config.pollMs} ms`,
  );
  const setupStarted = Date.now();
  const { centre, sessions, pupils } = await setUpExam({
    client,
    admin: own.admin,
    candidates: config.sessions * config.perSession,
    perSession: config.perSession,
    questions: config.questions,
    passwordChange: 'setup',
    tag,
    log: (message) => say(`  setup: ${message}`),
  });
  const admin = await new User(client, own.admin.email, own.admin.password).signIn();
  const invigilators = new Map(
    sessions.map((session) => {
      const invigilator = new User(client, session.invigilator.email, session.invigilator.password);
      invigilator.token = session.invigilator.token;
      invigilator.cookie = session.invigilator.cookie;
      return [session.id, invigilator];
    }),
  );
  say(`setup: ${seconds(Date.now() - setupStarted)} (not timed)`);

  // The tests, all sessions together: the last --stop-early of each class stop early.
  const testsStarted = Date.now();
  const stopsEarly = new Set(
    sessions.flatMap((session) =>
      pupils.filter((pupil) => pupil.session === session).slice(session.candidateCount - config.stopEarly),
    ),
  );
  const tests = await mapLimit(pupils, config.testConcurrency, (pupil) =>
    sitTest(client, pupil, invigilators.get(pupil.session.id), stopsEarly.has(pupil) ? config.stopAfter : undefined),
  );
  say(
    `tests: ${tests.filter((test) => test.completed).length} completed, ${tests.filter((test) => !test.completed).length} stopped early; ` +
      `${sum(tests.map((test) => test.answered))} answers in ${seconds(Date.now() - testsStarted)} (not timed)` +
      (run.signInBusy === 0 ? '' : `; sign-ins answered 503 SIGN_IN_BUSY and retried: ${run.signInBusy}`),
  );

  // 1. Finalisation and scoring, one session after the other.
  const sampler = processSampler(own.platform.processes);
  const scoringBefore = sampler.cpu();
  const rows = [];
  say('');
  say('session   POST ms   scored after ms   (not before ms)   polls   certifications');
  for (const session of sessions) {
    const finalised = await finalise(admin, centre.id, session);
    const { scoredBy, notBefore, detail, answers } = await waitUntilScored(admin, session.id, finalised.repliedAt);
    const row = {
      sessionId: session.id,
      postMs: finalised.postMs,
      scoredMs: scoredBy - finalised.repliedAt,
      notBeforeMs: notBefore - finalised.repliedAt,
      polls: sum(answers.values()),
      detail,
    };
    rows.push(row);
    say(
      `${String(session.id).padStart(7)} ${ms(row.postMs).padStart(9)} ${ms(row.scoredMs).padStart(17)} ${ms(row.notBeforeMs).padStart(17)} ` +
        `${String(row.polls).padStart(7)}   ${detail.certifications.length}: ${countBy(detail.certifications, (one) => one.status)}; ` +
        `${finalised.aborts} abort reasons`,
    );
  }
  const scoringAfter = sampler.cpu();
  const summary = (values) =>
    `min ${ms(Math.min(...values))}, median ${ms(median(values))}, max ${ms(Math.max(...values))} ms`;
  say(`finalisation POST → scored by the jury: ${summary(rows.map((row) => row.scoredMs))}`);
  say(`finalisation POST latency: ${summary(rows.map((row) => row.postMs))}`);
  say(
    `  (scored = the reply of the first GET /api/jury/sessions/:id with autoJuryDone and a result per certification; ` +
      `polls every ${config.pollMs} ms; the scoring committed between the two times, ${ms(median(rows.map((row) => row.scoredMs - row.notBeforeMs)))} ms apart at the median)`,
  );

  // 2. Publication, the codes, then the lookups.
  say('');
  const publishStarted = now();
  const publication = await admin.ask('POST', '/jury/publications', {});
  say(
    `publication: ${publication.published.length} sessions published, ${publication.refused.length} refused in ${ms(now() - publishStarted)} ms` +
      publication.refused.map((one) => `; ${one.sessionId} ${one.code} ${one.message}`).join(''),
  );
  const codes = [];
  for (const session of sessions) {
    const detail = await admin.ask('GET', `/jury/sessions/${session.id}`);
    for (const certification of detail.certifications)
      if (certification.status === 'validated') codes.push(certification.verificationCode);
  }
  if (codes.length === 0) throw new Error('no validated certification: nothing to look up');
  const lookup = (code) => `/public/certificates/${encodeURIComponent(code)}`;
  const probeKnown = await client.send('GET', lookup(codes[0]));
  const probeUnknown = await client.send('GET', lookup(unknownCode()));
  say(
    `${codes.length} verification codes of validated certifications; probe: a known code answers ${probeKnown.status} ${probeKnown.code}, ` +
      `an unknown one ${probeUnknown.status} ${probeUnknown.code}`,
  );
  if (probeKnown.status !== 200)
    throw new Error(`GET /api${lookup(codes[0])} answered ${probeKnown.status} ${JSON.stringify(probeKnown.body)}`);

  const lookupsBefore = sampler.cpu();
  const load = await runLoad({
    url: () =>
      Math.random() < config.unknownShare
        ? { url: `${own.baseUrl}/api${lookup(unknownCode())}`, kind: 'unknown' }
        : { url: `${own.baseUrl}/api${lookup(codes[Math.floor(Math.random() * codes.length)])}`, kind: 'known' },
    concurrency: config.concurrency,
    durationMs: config.durationMs,
    warmupMs: config.warmupMs,
    accept: (status) => status === 200 || status === 404,
  });
  const lookupsAfter = sampler.cpu();
  sampler.sample();
  sampler.stop();
  const total = sum(load.statuses.values());
  say(
    `verification lookups, ${config.concurrency} clients, ${seconds(config.durationMs)} after ${seconds(config.warmupMs)} of warm-up, ` +
      `${Math.round((1 - config.unknownShare) * 100)} % known codes (VERIFICATION_RATE_LIMIT_MAX=${config.verificationLimit}):`,
  );
  say(
    `  ${(total / load.elapsedSeconds).toFixed(1)} requests/s (${total} requests); latency p50 ${ms(load.p50)} ms, p95 ${ms(load.p95)} ms, ` +
      `p99 ${ms(load.p99)} ms, max ${ms(load.max)} ms (200s and 404s)`,
  );
  say(
    `  statuses: ${[...load.statuses]
      .sort()
      .map(([key, count]) => `${key} ${count}`)
      .join(', ')}`,
  );
  const unexpected = [...load.statuses].filter(([key]) => !['known 200', 'unknown 404'].includes(key));

  // The default limit at work: the gateway alone restarted without VERIFICATION_RATE_LIMIT_MAX.
  say('');
  const restartStarted = Date.now();
  await own.restartGateway({ VERIFICATION_RATE_LIMIT_MAX: undefined });
  say(
    `gateway restarted without VERIFICATION_RATE_LIMIT_MAX (its default) in ${seconds(Date.now() - restartStarted)}:`,
  );
  const sequence = [];
  let firstLimited;
  for (let index = 1; index <= config.limitRequests; index++) {
    const known = Math.random() >= config.unknownShare;
    const response = await client.send('GET', lookup(known ? codes[index % codes.length] : unknownCode()));
    sequence.push(response.status);
    if (response.status === 429 && firstLimited === undefined) firstLimited = { index, response };
  }
  // Runs of answered (200/404) and refused (429) lookups: `1–30: 200 ×22, 404 ×8 → 31–40: 429 ×10`.
  const runs = [];
  sequence.forEach((status, index) => {
    const limited = status === 429;
    if (runs.at(-1)?.limited !== limited) runs.push({ limited, from: index + 1, statuses: new Map() });
    const run = runs.at(-1);
    run.to = index + 1;
    run.statuses.set(status, (run.statuses.get(status) ?? 0) + 1);
  });
  const described = runs.map(
    (run) =>
      `${run.from}–${run.to}: ${[...run.statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status} ×${count}`)
        .join(', ')}`,
  );
  say(
    `  ${config.limitRequests} lookups one by one from 127.0.0.1, ${Math.round((1 - config.unknownShare) * 100)} % known codes:`,
  );
  say(`  ${described.join(' → ')}`);
  if (firstLimited === undefined) say('  no 429');
  else {
    const { index, response } = firstLimited;
    const limitHeaders = Object.entries(response.headers)
      .filter(([name]) => /^(retry-after|x-ratelimit)/i.test(name))
      .map(([name, value]) => `${name}: ${value}`);
    say(
      `  first 429 at request ${index} (${response.code}${limitHeaders.length === 0 ? '' : `; ${limitHeaders.join(', ')}`})`,
    );
  }

  // 3. Resources.
  const phases = [
    { label: 'CPU s scoring', before: scoringBefore, after: scoringAfter },
    { label: 'CPU s lookups', before: lookupsBefore, after: lookupsAfter },
  ];
  printResources(say, sampler, phases);
  const jury = (phase) => cpuSeconds('jury', phase.before, phase.after)?.toFixed(1) ?? '-';
  say(
    `jury: peak RSS ${((sampler.peaks.get('jury') ?? 0) / 1048576).toFixed(0)} MB; CPU ${jury(phases[0])} s while scoring ${rows.length} sessions ` +
      `(${seconds(sum(rows.map((row) => row.scoredMs)))} in all), ${jury(phases[1])} s during the lookups`,
  );

  if (unexpected.length > 0) {
    say(`unexpected lookup answers: ${unexpected.map(([key, count]) => `${key} ${count}`).join(', ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
