import { TestingErrorCode } from '@pix/contracts';
import { type Challenge, loadChallengeBank, referenceAnswer, SKIPPED_ANSWER, wrongAnswer } from '@pix/referential';
import { type Course, decideAnswer, finalizationChange, sameValue, shapeProblem } from './course';

const bank = loadChallengeBank();
const byType = (type: Challenge['type']) => {
  const found = bank.challenges.find((challenge) => challenge.type === type);
  if (found === undefined) throw new Error(type);
  return found;
};
const timed = bank.challenges.find((challenge) => challenge.flags.timedSeconds !== null && challenge.type === 'QCU');
const focus = bank.challenges.find((challenge) => challenge.flags.focus && challenge.type === 'QCU');
const plain = bank.challenges.find(
  (challenge) => !challenge.flags.focus && challenge.flags.timedSeconds === null && challenge.type === 'QCM',
);

function courseOf(challenges: readonly Challenge[], answered = 0): Course {
  return {
    id: 1,
    sessionId: 2,
    candidateId: 3,
    userId: 4,
    state: 'started',
    verificationCode: 'P-23467899',
    profileDate: new Date('2026-02-28T10:00:00Z'),
    abortReason: null,
    startedAt: new Date('2026-03-01T08:00:00Z'),
    endedAt: null,
    questions: challenges.map((challenge, index) => ({
      number: index + 1,
      challengeId: challenge.id,
      competence: challenge.competence,
      skill: challenge.skill,
      tube: challenge.skill.replace(/\d$/, ''),
      level: Number(challenge.skill.slice(-1)),
    })),
    answers: challenges.slice(0, answered).map((challenge, index) => ({
      questionNumber: index + 1,
      challengeId: challenge.id,
      value: SKIPPED_ANSWER,
      status: 'aband',
      focusedOut: false,
      timedOut: false,
      answeredAt: new Date('2026-03-01T08:05:00Z'),
    })),
  };
}

const at = new Date('2026-03-01T08:10:00Z');
const lookup = (id: string) => bank.challengeById(id);

describe('decideAnswer', () => {
  it('grades the current question and completes the test at the last one', () => {
    const qcu = byType('QCU');
    const qroc = byType('QROC');

    const first = decideAnswer(
      courseOf([qcu, qroc]),
      { courseId: 1, userId: 4, challengeId: qcu.id, answer: referenceAnswer(qcu) },
      lookup,
      at,
    );
    const last = decideAnswer(
      courseOf([qcu, qroc], 1),
      { courseId: 1, userId: 4, challengeId: qroc.id, answer: wrongAnswer(qroc) },
      lookup,
      at,
    );

    expect(first).toMatchObject({
      kind: 'record',
      completesCourse: false,
      answer: { questionNumber: 1, status: 'ok' },
    });
    expect(last).toMatchObject({ kind: 'record', completesCourse: true, answer: { questionNumber: 2, status: 'ko' } });
  });

  it('marks a timed-out answer timedout and a right answer after leaving a focus challenge focusedOut', () => {
    if (timed === undefined || focus === undefined || plain === undefined) throw new Error('the bank has them');
    // Flags that do not apply to the challenge are ignored.
    const ignored = decideAnswer(
      courseOf([plain]),
      {
        courseId: 1,
        userId: 4,
        challengeId: plain.id,
        answer: referenceAnswer(plain),
        focusedOut: true,
        timedOut: true,
      },
      lookup,
      at,
    );

    const late = decideAnswer(
      courseOf([timed]),
      { courseId: 1, userId: 4, challengeId: timed.id, answer: referenceAnswer(timed), timedOut: true },
      lookup,
      at,
    );
    const left = decideAnswer(
      courseOf([focus]),
      { courseId: 1, userId: 4, challengeId: focus.id, answer: referenceAnswer(focus), focusedOut: true },
      lookup,
      at,
    );
    const leftWrong = decideAnswer(
      courseOf([focus]),
      { courseId: 1, userId: 4, challengeId: focus.id, answer: wrongAnswer(focus), focusedOut: true },
      lookup,
      at,
    );

    expect(late.answer).toMatchObject({ status: 'timedout', timedOut: true });
    expect(left.answer).toMatchObject({ status: 'focusedOut', focusedOut: true });
    expect(leftWrong.answer.status).toBe('ko');
    expect(ignored.answer).toMatchObject({ status: 'ok', focusedOut: false, timedOut: false });
  });

  it('refuses an answer with a skip, and neither an answer nor a skip', () => {
    const qcu = byType('QCU');
    const course = courseOf([qcu]);

    expect(() =>
      decideAnswer(course, { courseId: 1, userId: 4, challengeId: qcu.id, answer: 1, skip: true }, lookup, at),
    ).toThrow(expect.objectContaining({ code: TestingErrorCode.ANSWER_INVALID }));
    expect(() => decideAnswer(course, { courseId: 1, userId: 4, challengeId: qcu.id }, lookup, at)).toThrow(
      expect.objectContaining({ code: TestingErrorCode.ANSWER_INVALID }),
    );
  });

  it('answers the same skip again from the store, even once the test is over', () => {
    const qcu = byType('QCU');
    const over: Course = { ...courseOf([qcu], 1), state: 'completed' };

    const decision = decideAnswer(over, { courseId: 1, userId: 4, challengeId: qcu.id, skip: true }, lookup, at);

    expect(decision).toEqual({ kind: 'already-recorded', answer: over.answers[0] });
  });
});

describe('shapeProblem', () => {
  const qcu = byType('QCU');
  const qcm = byType('QCM');
  const qrocm = byType('QROCM-ind');

  it.each([
    ['QCU index 0', qcu, 0],
    ['QCU index past the last proposal', qcu, qcu.type === 'QCU' ? qcu.proposals.length + 1 : 0],
    ['QCU 1.5', qcu, 1.5],
    ['QCU as text', qcu, { a: '1' }],
    ['QCM empty', qcm, []],
    ['QCM twice the same', qcm, [1, 1]],
    ['QCM out of range', qcm, [1, 42]],
    ['QROCM as a number', qrocm, 3],
    ['QROCM with an unknown field', qrocm, { ...(referenceAnswer(qrocm) as object), hack: 'x' }],
    ['QROCM with a field missing', qrocm, { [qrocm.type === 'QROCM-ind' ? (qrocm.fields[0]?.key ?? '') : '']: 'x' }],
    [
      'QROCM with a 501-character field',
      qrocm,
      Object.fromEntries(Object.keys(referenceAnswer(qrocm) as object).map((key) => [key, 'a'.repeat(501)])),
    ],
  ] as const)('refuses %s', (_label, challenge, value) => {
    expect(shapeProblem(challenge, value as never)).toEqual(expect.any(String));
  });

  it('accepts the reference answer of each type', () => {
    for (const type of ['QCU', 'QCM', 'QROC', 'QROCM-ind', 'QROCM-dep'] as const) {
      const challenge = byType(type);
      expect(shapeProblem(challenge, referenceAnswer(challenge))).toBeNull();
    }
  });
});

describe('sameValue', () => {
  it('ignores the order of QCM choices and of field keys, not the values', () => {
    expect(sameValue([3, 1], [1, 3])).toBe(true);
    expect(sameValue({ a: 'x', b: 'y' }, { b: 'y', a: 'x' })).toBe(true);
    expect(sameValue({ a: 'x', b: 'y' }, { a: 'y', b: 'x' })).toBe(false);
    expect(sameValue(2, 3)).toBe(false);
    expect(sameValue(SKIPPED_ANSWER, 1)).toBe(false);
  });
});

describe('finalizationChange', () => {
  it.each([
    ['started', 'technical'],
    ['ended_by_invigilator', 'candidate'],
  ] as const)('ends a %s test due to finalisation with the reason %s', (state, abortReason) => {
    expect(finalizationChange({ state, abortReason: null }, abortReason)).toEqual({
      state: 'ended_due_to_finalization',
      abortReason,
    });
  });

  it('leaves a completed test as it is, whatever reason is given', () => {
    expect(finalizationChange({ state: 'completed', abortReason: null }, 'technical')).toBeNull();
  });

  it('changes nothing the second time, nor when no reason comes with it, but takes a new reason', () => {
    const ended = { state: 'ended_due_to_finalization', abortReason: 'candidate' } as const;

    expect(finalizationChange(ended, 'candidate')).toBeNull();
    expect(finalizationChange(ended, null)).toBeNull();
    expect(finalizationChange(ended, 'technical')).toEqual({
      state: 'ended_due_to_finalization',
      abortReason: 'technical',
    });
  });

  it('ends an unfinished test even without a reason', () => {
    expect(finalizationChange({ state: 'started', abortReason: null }, null)).toEqual({
      state: 'ended_due_to_finalization',
      abortReason: null,
    });
  });
});

describe('decideAnswer after the finalisation', () => {
  it('refuses any answer, saying the session is finalised', () => {
    const qcu = byType('QCU');
    const course: Course = { ...courseOf([qcu]), state: 'ended_due_to_finalization', abortReason: 'technical' };

    expect(() =>
      decideAnswer(course, { courseId: 1, userId: 4, challengeId: qcu.id, answer: referenceAnswer(qcu) }, lookup, at),
    ).toThrow(
      expect.objectContaining({
        code: TestingErrorCode.COURSE_ENDED,
        message: 'La session est finalisée : aucune réponse ne peut plus être enregistrée.',
      }),
    );
  });
});
