import type { AlertView, InvigilatedCandidate, InvigilatedSession } from '@pix/contracts';
import {
  alertDecided,
  applyLiveEvent,
  EMPTY_LIVE_STATE,
  knowsCandidate,
  LiveEvent,
  LiveSessionState,
  theoreticalEnd,
  toLiveEvent,
  withAlertList,
  withCandidate,
} from './live-session-state';

const STARTED_AT = '2099-03-17T08:40:00.000Z';

function buildCandidate(overrides: Partial<InvigilatedCandidate> = {}): InvigilatedCandidate {
  return {
    id: 41,
    lastName: 'MARTIN',
    firstName: 'Léa',
    birthdate: '2011-03-15',
    extraTimePercentage: null,
    authorizedToStart: false,
    status: 'not_started',
    answeredCount: 0,
    questionCount: 0,
    startedAt: null,
    theoreticalEndAt: null,
    ...overrides,
  };
}

function buildSnapshot(candidates: InvigilatedCandidate[] = [buildCandidate()]): InvigilatedSession {
  return {
    sessionId: 12,
    certificationCenterName: 'Collège Jean Moulin',
    address: 'Bâtiment B',
    room: 'Salle 104',
    date: '2099-03-17',
    time: '08:30',
    examiner: 'Mme Caron',
    status: 'created',
    candidates,
    progressAvailable: true,
  };
}

function buildAlert(overrides: Partial<AlertView> = {}): AlertView {
  return {
    id: 5,
    sessionId: 12,
    candidateId: 41,
    courseId: 90,
    questionNumber: 3,
    challengeId: 'rec1',
    status: 'ongoing',
    raisedAt: STARTED_AT,
    decidedAt: null,
    decidedBy: null,
    subcategory: null,
    code: null,
    issueReportId: null,
    ...overrides,
  };
}

const progress = (type: 'course-started' | 'answer-recorded' | 'course-completed' | 'course-ended', data: object) =>
  ({
    type,
    data: {
      courseId: 90,
      sessionId: 12,
      candidateId: 41,
      userId: 7,
      state: 'started',
      answeredCount: 0,
      questionCount: 15,
      startedAt: STARTED_AT,
      endedAt: null,
      ...data,
    },
  }) as LiveEvent;

const changed = (data: object) =>
  ({
    type: 'candidate-changed',
    data: {
      sessionId: 12,
      candidateId: 41,
      change: 'presence_confirmed',
      authorizedToStart: true,
      startedAt: null,
      at: STARTED_AT,
      ...data,
    },
  }) as LiveEvent;

function applyAll(state: LiveSessionState, ...events: LiveEvent[]): LiveSessionState {
  return events.reduce(applyLiveEvent, state);
}

const only = (state: LiveSessionState) => state.session?.candidates[0];

describe(toLiveEvent.name, () => {
  it('reads the events the page applies, and ignores the others and what is not JSON', () => {
    expect(toLiveEvent({ type: 'snapshot', data: JSON.stringify(buildSnapshot()) })).toEqual({
      type: 'snapshot',
      data: buildSnapshot(),
    });
    expect(toLiveEvent({ type: 'answer-recorded', data: '{"candidateId":41}' })).toEqual({
      type: 'answer-recorded',
      data: { candidateId: 41 },
    });
    expect(toLiveEvent({ type: 'issue-report-recorded', data: '{"candidateId":41}' })).toBeNull();
    expect(toLiveEvent({ type: 'snapshot', data: '{"sessionId":12' })).toBeNull();
    expect(toLiveEvent({ type: 'snapshot', data: '{"sessionId":12}' })).toBeNull();
  });
});

describe(applyLiveEvent.name, () => {
  it('takes a snapshot as the whole session, dropping what was shown before', () => {
    const before = applyAll(EMPTY_LIVE_STATE, { type: 'snapshot', data: buildSnapshot() }, changed({}));

    const after = applyLiveEvent(before, {
      type: 'snapshot',
      data: buildSnapshot([buildCandidate({ id: 41, authorizedToStart: false }), buildCandidate({ id: 42 })]),
    });

    expect(after.session?.candidates.map((candidate) => [candidate.id, candidate.authorizedToStart])).toEqual([
      [41, false],
      [42, false],
    ]);
  });

  it('follows the presence confirmed, then withdrawn', () => {
    const confirmed = applyAll(EMPTY_LIVE_STATE, { type: 'snapshot', data: buildSnapshot() }, changed({}));
    expect(only(confirmed)).toMatchObject({ authorizedToStart: true, status: 'not_started' });

    const withdrawn = applyLiveEvent(confirmed, changed({ change: 'presence_withdrawn', authorizedToStart: false }));
    expect(only(withdrawn)).toMatchObject({ authorizedToStart: false, status: 'not_started' });
  });

  it('starts the test with its start time and theoretical end, extra time included', () => {
    const state = applyAll(
      EMPTY_LIVE_STATE,
      {
        type: 'snapshot',
        data: buildSnapshot([buildCandidate({ extraTimePercentage: 0.3, authorizedToStart: true })]),
      },
      changed({ change: 'started', startedAt: STARTED_AT }),
      progress('course-started', {}),
    );

    expect(only(state)).toMatchObject({
      status: 'in_progress',
      startedAt: STARTED_AT,
      answeredCount: 0,
      questionCount: 15,
      // 105 min × 1.3 = 136 min 30 s
      theoreticalEndAt: '2099-03-17T10:56:30.000Z',
    });
  });

  it('counts the answers, and never goes back when events cross', () => {
    const state = applyAll(
      EMPTY_LIVE_STATE,
      { type: 'snapshot', data: buildSnapshot() },
      progress('course-started', {}),
      progress('answer-recorded', { answeredCount: 4 }),
      progress('answer-recorded', { answeredCount: 3 }),
    );
    expect(only(state)).toMatchObject({ status: 'in_progress', answeredCount: 4 });

    const completed = applyAll(
      state,
      progress('course-completed', { state: 'completed', answeredCount: 15 }),
      progress('answer-recorded', { answeredCount: 14 }),
    );
    expect(only(completed)).toMatchObject({ status: 'finished', answeredCount: 15 });
  });

  it('shows a test ended by the invigilator', () => {
    const state = applyAll(
      EMPTY_LIVE_STATE,
      { type: 'snapshot', data: buildSnapshot() },
      progress('answer-recorded', { answeredCount: 7 }),
      changed({ change: 'test_ended', authorizedToStart: true, startedAt: STARTED_AT }),
    );

    expect(only(state)).toMatchObject({ status: 'ended_by_invigilator', answeredCount: 7 });
  });

  it('leaves the state alone for a candidate it does not list', () => {
    const state = applyAll(EMPTY_LIVE_STATE, { type: 'snapshot', data: buildSnapshot() });

    expect(applyLiveEvent(state, changed({ candidateId: 99 }))).toBe(state);
    expect(knowsCandidate(state, 99)).toBe(false);
    expect(knowsCandidate(state, 41)).toBe(true);
  });

  it('adds an alert raised once, and drops it once decided', () => {
    const raised = {
      type: 'alert-raised',
      data: {
        alertId: 5,
        sessionId: 12,
        candidateId: 41,
        questionNumber: 3,
        challengeId: 'rec1',
        raisedAt: STARTED_AT,
      },
    } as const;
    const state = applyAll(EMPTY_LIVE_STATE, { type: 'snapshot', data: buildSnapshot() }, raised, raised);
    expect(state.alerts).toEqual([{ id: 5, candidateId: 41, questionNumber: 3 }]);

    const decided = applyLiveEvent(state, {
      type: 'alert-decided',
      data: { alertId: 5, sessionId: 12, candidateId: 41, status: 'validated', subcategory: 'E1', issueReportId: 8 },
    });
    expect(decided.alerts).toEqual([]);
    // A raise arriving late does not bring it back.
    expect(applyLiveEvent(decided, raised).alerts).toEqual([]);
  });
});

describe(withAlertList.name, () => {
  it('keeps the ongoing alerts listed, those the stream told of meanwhile, and not those decided since', () => {
    let state = applyAll(EMPTY_LIVE_STATE, {
      type: 'alert-raised',
      data: {
        alertId: 7,
        sessionId: 12,
        candidateId: 42,
        questionNumber: 9,
        challengeId: 'rec2',
        raisedAt: STARTED_AT,
      },
    });
    state = alertDecided(state, 6);

    const merged = withAlertList(state, [
      buildAlert({ id: 4, status: 'validated' }),
      buildAlert({ id: 5 }),
      buildAlert({ id: 6 }),
    ]);

    expect(merged.alerts).toEqual([
      { id: 5, candidateId: 41, questionNumber: 3 },
      { id: 7, candidateId: 42, questionNumber: 9 },
    ]);
  });
});

describe(withCandidate.name, () => {
  it('takes the gateway’s answer to an action for the candidate', () => {
    const state = applyAll(EMPTY_LIVE_STATE, { type: 'snapshot', data: buildSnapshot() });

    const after = withCandidate(state, buildCandidate({ authorizedToStart: true }));

    expect(only(after)?.authorizedToStart).toBe(true);
  });
});

describe(theoreticalEnd.name, () => {
  it('is 1 h 45 after the start without extra time', () => {
    expect(theoreticalEnd(STARTED_AT, null)).toBe('2099-03-17T10:25:00.000Z');
  });
});
