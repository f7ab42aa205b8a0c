// Benchmark: an exam morning. N pupils in sessions of 25 sign in, join their session, get their presence confirmed by
// the invigilator (who watches the live stream of the session), start the test and answer every question with a
// compressed think time; then every acknowledged answer is looked up in the testing service's database.
//
//   node tools/bench/exam.bench.mjs [--candidates 100] [--per-session 25] [--think-ms 200] [--questions short|full]
//        [--ramp-ms 5000] [--authorize sse|direct] [--authorize-timeout-ms 60000] [--password-change setup|exam]
//        [--drain-timeout-ms 60000]
//        [--database-url postgres://user@host:port/postgres] [--keep]
//        [--url http://host:port --admin-email … --admin-password … [--testing-database-url postgres://…]]
//
// Without --url it starts its own platform (nats-server + six services + gateway) from dist/, on fresh PGlite
// directories, or with --database-url on one new database per service of that PostgreSQL server. Build first:
//   npx nx run-many -t build --projects=gateway,identity,sessions,testing,incidents,jury,documents
// The setup (centre, pupils, accounts, profiles, sessions, invigilators) is timed apart from the exam figures.
// --authorize sse: the invigilator confirms each presence when the `joined` event reaches its live stream (the
// candidate waits for it); direct: right after the join. --sign-in setup (default): every pupil signs in before the
// exam starts, --sign-in-concurrency at a time, reported apart; exam: in the timed run. Candidates arrive over
// --ramp-ms and join; once the whole room is confirmed the invigilator gives out the access code, typed by everyone
// within --start-ramp-ms: then the room answers at once. --password-change setup: the pupils' first sign-in and
// password change happen in the setup; exam: in the timed run. Per-step req/s are over the whole exam wall time.
// Exit code 1 when an acknowledged answer is missing from the database.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { fail, oneOf as oneOfOptions, positiveInteger as positiveOption, say, seconds, sleep } from './lib/cli.mjs';
import { randomAnswer } from './lib/answers.mjs';
import { compareAnswers, storedAnswersFromPglite, storedAnswersFromPostgres } from './lib/exam-db.mjs';
import { createClient, openEventStream, percentile, refreshCookieOf, StepStats, sum } from './lib/exam-http.mjs';
import { newPupilPassword, setUpExam } from './lib/exam-setup.mjs';
import { startOwnPlatform } from './lib/own-platform.mjs';
import { printResources, processSampler } from './lib/process-sampler.mjs';

const { values: options } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100' },
    'per-session': { type: 'string', default: '25' },
    'think-ms': { type: 'string', default: '200' },
    questions: { type: 'string', default: 'short' },
    'ramp-ms': { type: 'string', default: '5000' },
    authorize: { type: 'string', default: 'sse' },
    'authorize-timeout-ms': { type: 'string', default: '60000' },
    'password-change': { type: 'string', default: 'setup' },
    'sign-in': { type: 'string', default: 'setup' },
    'start-ramp-ms': { type: 'string', default: '10000' },
    'sign-in-concurrency': { type: 'string', default: '8' },
    'drain-timeout-ms': { type: 'string', default: '60000' },
    url: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-password': { type: 'string' },
    'database-url': { type: 'string' },
    'testing-database-url': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const config = {
  candidates: positiveInteger('candidates'),
  perSession: positiveInteger('per-session'),
  thinkMs: Number(options['think-ms']),
  rampMs: Number(options['ramp-ms']),
  questions: oneOf('questions', ['short', 'full']),
  authorize: oneOf('authorize', ['sse', 'direct']),
  authorizeTimeoutMs: Number(options['authorize-timeout-ms']),
  passwordChange: oneOf('password-change', ['setup', 'exam']),
  signIn: oneOf('sign-in', ['setup', 'exam']),
  startRampMs: Number(options['start-ramp-ms']),
  signInConcurrency: positiveInteger('sign-in-concurrency'),
  drainTimeoutMs: Number(options['drain-timeout-ms']),
  keep: options.keep,
};
/** Candidates give up after this many failed requests in a row (a pupil calling the invigilator). */
const MAX_CONSECUTIVE_FAILURES = 5;
/** A pupil reads the error message, then clicks again: 2 s ±50 %. */
const retryPause = () => sleep(2000 * (0.5 + Math.random()));
/** The order of the step table. */
const STEPS = [
  'sign-in',
  'password-change',
  'join',
  'authorize',
  'start',
  'current-question',
  'answer',
  'token-renewal',
];

function positiveInteger(name) {
  return positiveOption(options, name);
}

function oneOf(name, allowed) {
  return oneOfOptions(options, name, allowed);
}

/** A think time: the mean ±50 %, uniformly. */
const thinkTime = () => config.thinkMs * (0.5 + Math.random());

// ---------------------------------------------------------------------------------------------------------------
// The platform: our own from dist/, or a running one (--url)

async function ownPlatform(tag) {
  const own = await startOwnPlatform({
    databaseUrl: options['database-url'],
    databasePrefix: `pix_exam_${tag}`,
    workDirPrefix: 'pix-exam-bench-',
    keep: config.keep,
  });
  return {
    ...own,
    /** Stops the platform; tells how the testing service ended. */
    stop: async () => (await own.stop()).testing,
    storedAnswers: (courseIds) =>
      own.databaseUrls === undefined
        ? storedAnswersFromPglite(own.dataDir, courseIds)
        : storedAnswersFromPostgres(own.databaseUrls.testing, courseIds),
  };
}

function runningPlatform() {
  if (options['admin-email'] === undefined || options['admin-password'] === undefined) {
    fail('--url needs --admin-email and --admin-password (a SUPER_ADMIN: the profile import is theirs)');
  }
  const testingUrl = options['testing-database-url'];
  return {
    admin: { email: options['admin-email'], password: options['admin-password'] },
    baseUrl: options.url.replace(/\/+$/, ''),
    platform: undefined,
    stop: async () => undefined,
    storedAnswers:
      testingUrl === undefined ? undefined : (courseIds) => storedAnswersFromPostgres(testingUrl, courseIds),
    cleanUp: async () => undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The invigilator of a session: the live stream held open all along, presence confirmed on each `joined`

class Invigilator {
  constructor(session, client, stats) {
    this.session = session;
    this.client = client;
    this.stats = stats;
    this.counts = new Map();
    this.expected = { 'candidate-changed': 0, 'course-started': 0, 'answer-recorded': 0, 'course-completed': 0 };
    this.waiting = new Map();
    this.answerAcks = new Map();
    this.lags = [];
    this.reconnections = 0;
    this.stopping = false;
    this.lastEventAt = Date.now();
    // The access code is given out once every candidate of the room is seated (confirmed) or gone.
    this.seated = 0;
    this.codeGivenOut = new Promise((resolve) => (this.giveOutCode = resolve));
  }

  /** A candidate is confirmed, or gave up before: when the whole room is, the invigilator gives out the access code. */
  seatOne() {
    this.seated += 1;
    if (this.seated >= this.session.candidateCount) this.giveOutCode();
  }

  get token() {
    return this.session.invigilator.token;
  }

  /** Opens the stream and resolves after the `snapshot`; reconnects (new snapshot) if the server drops it. */
  async watch() {
    let resolveFirstSnapshot;
    const firstSnapshot = new Promise((resolve) => (resolveFirstSnapshot = resolve));
    this.onSnapshot = resolveFirstSnapshot;
    const loop = async () => {
      while (!this.stopping) {
        this.stream = openEventStream(
          this.client.baseUrl,
          `/invigilation/sessions/${this.session.id}/events`,
          this.token,
          (type, data) => this.onEvent(type, data),
        );
        const status = await this.stream.opened;
        if (status === 401) await this.renewToken();
        const { reason } = await this.stream.closed;
        if (this.stopping) return;
        this.reconnections += 1;
        this.lastDrop = reason;
        await retryPause();
      }
    };
    this.loop = loop();
    await Promise.race([
      firstSnapshot,
      sleep(30_000).then(() => Promise.reject(new Error(`no snapshot for session ${this.session.id}`))),
    ]);
  }

  onEvent(type, data) {
    this.lastEventAt = Date.now();
    this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
    if (type === 'snapshot') this.onSnapshot?.();
    if (type === 'candidate-changed' && data.change === 'joined' && config.authorize === 'sse') {
      void this.confirmPresence(data.candidateId);
    }
    if (type === 'answer-recorded') {
      const ackedAt = this.answerAcks.get(`${data.courseId}:${data.answeredCount}`);
      if (ackedAt !== undefined) this.lags.push(Date.now() - ackedAt);
    }
  }

  /** The candidate waits here for the invigilator; resolves true once the presence is confirmed. */
  authorization(candidateId) {
    return this.deferred(candidateId).promise;
  }

  deferred(candidateId) {
    if (!this.waiting.has(candidateId)) {
      let resolve;
      const promise = new Promise((done) => (resolve = done));
      this.waiting.set(candidateId, { promise, resolve });
    }
    return this.waiting.get(candidateId);
  }

  async confirmPresence(candidateId) {
    const path = `/invigilation/sessions/${this.session.id}/candidates/${candidateId}/authorization`;
    for (let attempt = 1; attempt <= MAX_CONSECUTIVE_FAILURES; attempt++) {
      let response = await this.client.send('PUT', path, { token: this.token, json: { authorized: true } });
      if (response.status === 401 && (await this.renewToken())) {
        response = await this.client.send('PUT', path, { token: this.token, json: { authorized: true } });
      }
      this.stats.record('authorize', response);
      if (response.ok) {
        this.expected['candidate-changed'] += 1;
        this.deferred(candidateId).resolve(true);
        return true;
      }
      await retryPause();
    }
    this.deferred(candidateId).resolve(false);
    return false;
  }

  /** A 15-minute access token may die during a long morning: refresh with the cookie, else sign in again. */
  async renewToken() {
    const invigilator = this.session.invigilator;
    const response =
      invigilator.cookie !== undefined
        ? await this.client.send('POST', '/auth/refresh', { cookie: invigilator.cookie })
        : await this.client.send('POST', '/auth/token', {
            json: { login: invigilator.email, password: invigilator.password },
          });
    this.stats.record('token-renewal', response);
    if (!response.ok) return false;
    invigilator.token = response.body.accessToken;
    invigilator.cookie = refreshCookieOf(response.headers) ?? invigilator.cookie;
    return true;
  }

  receivedChanges() {
    return sum([...this.counts].filter(([type]) => type !== 'snapshot').map(([, count]) => count));
  }

  expectedChanges() {
    return sum(Object.values(this.expected));
  }

  /**
   * Events of acknowledged requests not (yet) received, type by type. The expectation is a floor: a request whose
   * reply was lost (a 503 after a timeout) may still have committed its change, and then sent its event too.
   */
  missingChanges() {
    return sum(Object.entries(this.expected).map(([type, count]) => Math.max(0, count - (this.counts.get(type) ?? 0))));
  }

  async close() {
    this.stopping = true;
    this.stream?.close();
    await this.loop;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// A candidate: sign-in, join, wait for the invigilator, start, then question after question

class Candidate {
  constructor(pupil, { client, stats, invigilator, run }) {
    Object.assign(this, { pupil, client, stats, invigilator, run });
    this.session = pupil.session;
    this.outcome = 'not started';
  }

  /** One request of a step, recorded; a dead access token is renewed once and the request sent again. */
  async call(step, method, path, json) {
    let response = await this.client.send(method, path, { token: this.token, json });
    if (response.status === 401 && this.token !== undefined && (await this.renewToken())) {
      response = await this.client.send(method, path, { token: this.token, json });
    }
    this.stats.record(step, response);
    return response;
  }

  /** A pupil retries what failed, a few times, before calling the invigilator (the candidate gives up). */
  async persist(step, method, path, json) {
    for (let attempt = 1; attempt <= MAX_CONSECUTIVE_FAILURES; attempt++) {
      const response = await this.call(step, method, path, typeof json === 'function' ? json() : json);
      if (response.ok) return response.body;
      this.lastError = `${step}: ${response.status} ${response.code}`;
      await retryPause();
    }
    throw new Error(this.lastError);
  }

  async renewToken() {
    const response =
      this.cookie !== undefined
        ? await this.client.send('POST', '/auth/refresh', { cookie: this.cookie })
        : await this.client.send('POST', '/auth/token', {
            json: { login: this.pupil.username, password: this.pupil.password },
          });
    this.stats.record('token-renewal', response);
    if (!response.ok) return false;
    this.token = response.body.accessToken;
    this.cookie = refreshCookieOf(response.headers) ?? this.cookie;
    return true;
  }

  async sitExam() {
    try {
      if (this.token === undefined) {
        await this.signIn();
        await sleep(thinkTime());
      }
      await this.join();
      await this.waitForPresence();
      this.seat();
      // Everyone of the room gets the code at once and types it within --start-ramp-ms.
      await this.invigilator.codeGivenOut;
      await sleep(Math.random() * config.startRampMs);
      await this.start();
      await this.answerEveryQuestion();
      this.outcome = 'completed';
    } catch (error) {
      this.outcome = `gave up (${error.message})`;
    } finally {
      this.seat();
    }
  }

  seat() {
    if (this.seatedInRoom) return;
    this.seatedInRoom = true;
    this.invigilator.seatOne();
  }

  async signIn() {
    const { pupil } = this;
    const signed = await this.persist('sign-in', 'POST', '/auth/token', {
      login: pupil.username,
      password: pupil.password,
    });
    this.token = signed.accessToken;
    this.cookie = undefined;
    if (pupil.mustChangePassword) {
      this.run.mustChangeFlags.push(signed.me.user.mustChangePassword);
      await sleep(thinkTime());
      const newPassword = newPupilPassword(pupil.index);
      await this.persist('password-change', 'POST', '/auth/password', { currentPassword: pupil.password, newPassword });
      pupil.password = newPassword;
      pupil.mustChangePassword = false;
      // The change revokes the refresh tokens and clears the cookie: a renewal signs in again.
    }
  }

  async join() {
    const { pupil } = this;
    const joined = await this.persist('join', 'POST', `/certification/sessions/${this.session.id}/join`, {
      firstName: pupil.firstName,
      lastName: pupil.lastName,
      birthdate: pupil.birthdate,
    });
    this.invigilator.expected['candidate-changed'] += 1;
    this.candidateId = joined.candidateId;
    this.joinedAt = Date.now();
  }

  /** The invigilator confirms the presence: on the live `joined` event (--authorize sse) or at once (direct). */
  async waitForPresence() {
    if (config.authorize === 'direct') {
      if (!(await this.invigilator.confirmPresence(this.candidateId))) throw new Error('presence never confirmed');
      return;
    }
    const timeout = sleep(config.authorizeTimeoutMs).then(() => 'timeout');
    const outcome = await Promise.race([this.invigilator.authorization(this.candidateId), timeout]);
    if (outcome === 'timeout') {
      // The `joined` event never came: the candidate raises a hand and the invigilator confirms from the list.
      this.run.authorizationFallbacks += 1;
      if (!(await this.invigilator.confirmPresence(this.candidateId))) throw new Error('presence never confirmed');
    } else if (outcome !== true) throw new Error('presence never confirmed');
    this.run.presenceWaits.push(Date.now() - this.joinedAt);
  }

  async start() {
    const started = await this.persist('start', 'POST', `/certification/sessions/${this.session.id}/start`, {
      accessCode: this.session.accessCode,
    });
    this.invigilator.expected['candidate-changed'] += 1;
    // One course-started per test, even when the first start's reply was lost and the retry came back `resumed`.
    this.invigilator.expected['course-started'] += 1;
    this.courseId = started.courseId;
    this.questionCount = started.questionCount;
    this.run.questionCounts.push(started.questionCount);
  }

  async answerEveryQuestion() {
    const path = `/certification/courses/${this.courseId}`;
    for (;;) {
      const { question } = await this.persist('current-question', 'GET', `${path}/current-question`);
      if (question === null) return;
      await sleep(thinkTime());
      const skip = Math.random() < 0.1;
      const body = skip
        ? { challengeId: question.challenge.id, skip: true }
        : { challengeId: question.challenge.id, answer: randomAnswer(question.challenge) };
      const response = await this.call('answer', 'POST', `${path}/answers`, body);
      if (response.ok) this.acknowledge(question, response.body);
      else {
        // The next loop asks the current question again: it is this one if the answer was not stored.
        this.failuresInARow = (this.failuresInARow ?? 0) + 1;
        if (this.failuresInARow >= MAX_CONSECUTIVE_FAILURES)
          throw new Error(`answer: ${response.status} ${response.code}`);
        await retryPause();
      }
    }
  }

  acknowledge(question, receipt) {
    this.failuresInARow = 0;
    const { run, invigilator } = this;
    run.acknowledged.push({
      courseId: this.courseId,
      questionNumber: receipt.questionNumber,
      challengeId: receipt.challengeId,
    });
    if (receipt.questionNumber !== question.number || receipt.challengeId !== question.challenge.id)
      run.receiptMismatches += 1;
    if (receipt.alreadyRecorded) return;
    invigilator.expected['answer-recorded'] += 1;
    invigilator.answerAcks.set(`${this.courseId}:${receipt.course.answeredCount}`, Date.now());
    if (receipt.course.state === 'completed') invigilator.expected['course-completed'] += 1;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const ms = (value) => (Number.isNaN(value) ? '-' : value.toFixed(1));

function printSteps(stats, wallMs) {
  say('');
  say('step              ok   errors   req/s    p50 ms    p95 ms    p99 ms    max ms');
  const names = [...new Set([...STEPS, ...stats.steps.keys()])].filter((name) => stats.steps.has(name));
  for (const name of names) {
    const step = stats.steps.get(name);
    const sorted = [...step.ok].sort((a, b) => a - b);
    const errors = sum(step.errors.values());
    const rate = (sorted.length + errors) / (wallMs / 1000);
    say(
      `${name.padEnd(16)} ${String(sorted.length).padStart(5)} ${String(errors).padStart(8)} ${rate.toFixed(1).padStart(7)} ` +
        `${ms(percentile(sorted, 50)).padStart(9)} ${ms(percentile(sorted, 95)).padStart(9)} ${ms(percentile(sorted, 99)).padStart(9)} ${ms(sorted.at(-1) ?? NaN).padStart(9)}`,
    );
  }
  for (const name of names) {
    const step = stats.steps.get(name);
    for (const [key, count] of step.errors) say(`  ${name} error ${key}: ${count}`);
    if (step.retried > 0) say(`  ${name}: ${step.retried} sent again after a reset keep-alive socket`);
  }
}

function distribution(label, values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return say(`${label}: none`);
  say(
    `${label}: p50 ${ms(percentile(sorted, 50))} ms, p95 ${ms(percentile(sorted, 95))} ms, max ${ms(sorted.at(-1))} ms (${sorted.length})`,
  );
}

function printLive(invigilators, drainMs) {
  const types = ['candidate-changed', 'course-started', 'answer-recorded', 'course-completed'];
  say('');
  say(`live streams (${invigilators.length}, one per session):`);
  for (const type of types) {
    const received = sum(invigilators.map((one) => one.counts.get(type) ?? 0));
    const expected = sum(invigilators.map((one) => one.expected[type]));
    const missing = sum(invigilators.map((one) => Math.max(0, one.expected[type] - (one.counts.get(type) ?? 0))));
    say(
      `  ${type.padEnd(18)} received ${String(received).padStart(7)} / expected ≥ ${String(expected).padStart(7)}; missing ${missing}`,
    );
  }
  const others = new Set(
    invigilators
      .flatMap((one) => [...one.counts.keys()])
      .filter((type) => !types.includes(type) && type !== 'snapshot'),
  );
  for (const type of others)
    say(`  ${type.padEnd(18)} received ${sum(invigilators.map((one) => one.counts.get(type) ?? 0))} (not expected)`);
  const received = sum(invigilators.map((one) => one.receivedChanges()));
  const expected = sum(invigilators.map((one) => one.expectedChanges()));
  const short = invigilators.filter((one) => one.missingChanges() > 0).length;
  say(
    `  SSE events received ${received} / expected ≥ ${expected} (+ ${sum(invigilators.map((one) => one.counts.get('snapshot') ?? 0))} snapshots); sessions short of events: ${short}`,
  );
  say(
    '  (expected = events of the acknowledged requests; a request answered 503 may have committed and sent its event too)',
  );
  say(
    `  reconnections: ${sum(invigilators.map((one) => one.reconnections))}; last events arrived ${seconds(drainMs)} after the last candidate finished`,
  );
  distribution(
    '  answer acknowledged → answer-recorded on the stream',
    invigilators.flatMap((one) => one.lags),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Main

async function main() {
  const tag = randomBytes(3).toString('hex').toUpperCase();
  const target = options.url === undefined ? await ownPlatform(tag) : runningPlatform();
  const interrupt = async () => {
    say('interrupted: stopping the platform');
    await target.cleanUp().catch(() => undefined);
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  const client = createClient(target.baseUrl);
  let exitCode = 0;
  try {
    exitCode = await benchmark(client, target, tag);
  } finally {
    client.close();
    await target.cleanUp();
  }
  return exitCode;
}

/**
 * Pupils sign in as they sit down, before the access code is given out: spread over the welcome quarter of an hour in a
 * real room. Here `--sign-in-concurrency` at a time (argon2id makes each one cost tens of ms of a core); the
 * throughput is printed apart from the exam figures.
 */
async function signInBeforeTheExam(candidates) {
  const signInStats = new StepStats();
  const started = Date.now();
  const queue = [...candidates];
  await Promise.all(
    Array.from({ length: config.signInConcurrency }, async () => {
      for (let candidate = queue.shift(); candidate !== undefined; candidate = queue.shift()) {
        const examStats = candidate.stats;
        candidate.stats = signInStats;
        try {
          await candidate.signIn();
        } catch (error) {
          candidate.outcome = `gave up (${error.message})`;
        } finally {
          candidate.stats = examStats;
        }
      }
    }),
  );
  say(`sign-in before the exam (${config.signInConcurrency} at a time, not part of the exam figures):`);
  printSteps(signInStats, Date.now() - started);
}

async function benchmark(client, target, tag) {
  say(
    `exam: ${config.candidates} candidates, ${config.perSession} per session, ${config.questions} tests, think ${config.thinkMs} ms ±50 %, ` +
      `ramp-up ${seconds(config.rampMs)}, presence confirmed ${config.authorize === 'sse' ? 'on the live joined event' : 'right after the join'}, ` +
      `password change at ${config.passwordChange}`,
  );
  const setupStarted = Date.now();
  const { sessions, pupils } = await setUpExam({
    client,
    admin: target.admin,
    candidates: config.candidates,
    perSession: config.perSession,
    questions: config.questions,
    passwordChange: config.passwordChange,
    tag,
    log: (message) => say(`  setup: ${message}`),
  });
  say(`setup: ${seconds(Date.now() - setupStarted)} (not part of the figures below)`);

  const stats = new StepStats();
  const run = {
    acknowledged: [],
    receiptMismatches: 0,
    presenceWaits: [],
    authorizationFallbacks: 0,
    questionCounts: [],
    mustChangeFlags: [],
  };
  const invigilators = new Map(sessions.map((session) => [session.id, new Invigilator(session, client, stats)]));
  await Promise.all([...invigilators.values()].map((invigilator) => invigilator.watch()));
  say(`${invigilators.size} live streams open`);
  for (const pupil of pupils)
    if (pupil.flagSeenAtFirstSignIn !== undefined) run.mustChangeFlags.push(pupil.flagSeenAtFirstSignIn);

  const candidates = pupils.map(
    (pupil) => new Candidate(pupil, { client, stats, invigilator: invigilators.get(pupil.session.id), run }),
  );
  if (config.signIn === 'setup') await signInBeforeTheExam(candidates);

  const sampler = target.platform === undefined ? undefined : processSampler(target.platform.processes);
  const cpuBefore = sampler?.cpu();
  const examStarted = Date.now();
  const progress = setInterval(() => {
    const done = candidates.filter((candidate) => candidate.outcome !== 'not started').length;
    say(
      `  ${seconds(Date.now() - examStarted)}: ${run.acknowledged.length} answers acknowledged, ${done}/${candidates.length} candidates finished`,
    );
  }, 10_000);
  await Promise.all(
    candidates.map(async (candidate) => {
      await sleep(Math.random() * config.rampMs);
      if (candidate.outcome === 'not started') await candidate.sitExam();
    }),
  );
  clearInterval(progress);
  const examMs = Date.now() - examStarted;
  const cpuAfter = sampler?.cpu();

  // Events still on their way (the outbox relays publish after commit): wait until each stream has them all.
  const drainStarted = Date.now();
  const all = [...invigilators.values()];
  while (all.some((one) => one.missingChanges() > 0) && Date.now() - drainStarted < config.drainTimeoutMs) {
    await sleep(100);
  }
  const drainMs = Math.max(0, Math.max(...all.map((one) => one.lastEventAt)) - drainStarted);
  if (all.some((one) => one.missingChanges() > 0))
    say(`live events still missing after waiting ${seconds(config.drainTimeoutMs)}`);
  await Promise.all(all.map((one) => one.close()));
  sampler?.stop();

  const outcomes = new Map();
  for (const candidate of candidates) outcomes.set(candidate.outcome, (outcomes.get(candidate.outcome) ?? 0) + 1);
  say('');
  say(
    `exam wall time ${seconds(examMs)}; ${stats.totalRequests()} requests, ${(stats.totalRequests() / (examMs / 1000)).toFixed(1)} requests/s overall`,
  );
  for (const [outcome, count] of outcomes) say(`  candidates ${outcome}: ${count}`);
  const counts = [...run.questionCounts].sort((a, b) => a - b);
  if (counts.length > 0) say(`  questions per test: ${counts[0]}–${counts.at(-1)}, ${sum(counts)} in all`);
  printSteps(stats, examMs);
  say('');
  distribution('join → presence confirmed (candidate waiting for the invigilator)', run.presenceWaits);
  if (run.authorizationFallbacks > 0)
    say(
      `  ${run.authorizationFallbacks} presences confirmed without the live event (it had not come after ${seconds(config.authorizeTimeoutMs)})`,
    );
  if (run.receiptMismatches > 0)
    say(`receipts naming another question or challenge than the one answered: ${run.receiptMismatches}`);
  say(
    `first sign-ins with a temporary password flagged mustChangePassword: ${run.mustChangeFlags.filter(Boolean).length}/${run.mustChangeFlags.length}`,
  );
  printLive(all, drainMs);
  if (sampler !== undefined)
    printResources(say, sampler, [{ label: 'CPU s during the exam', before: cpuBefore, after: cpuAfter }]);

  return verifyDurability(target, run.acknowledged);
}

/** Every 200 answer receipt must be a row of certification_answers; read after the platform stopped. */
async function verifyDurability(target, acknowledged) {
  say('');
  if (target.storedAnswers === undefined) {
    say(`acknowledged answers: ${acknowledged.length}; database not checked (give --testing-database-url with --url)`);
    return 0;
  }
  const testingExit = await target.stop();
  if (testingExit !== undefined) say(`platform stopped (testing service: ${testingExit})`);
  const courseIds = [...new Set(acknowledged.map((answer) => answer.courseId))];
  const rows = await target.storedAnswers(courseIds);
  const result = compareAnswers(acknowledged, rows);
  say(
    `acknowledged answers: ${result.acknowledged}, found in database: ${result.found}, missing: ${result.missing.length}`,
  );
  if (result.unacknowledged.length > 0)
    say(`  stored without a 200 receipt (reply lost or failed): ${result.unacknowledged.length}`);
  for (const answer of result.missing.slice(0, 10)) say(`  missing course:question:challenge ${answer}`);
  return result.missing.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
