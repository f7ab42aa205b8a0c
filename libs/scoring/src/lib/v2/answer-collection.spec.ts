import { collectAnswers, countsForCompetence, countsForReproducibilityRate } from './answer-collection';
import { buildAnswer, buildChallenge, buildTest } from './scoring-v2.builders';

describe(collectAnswers.name, () => {
  it('reads ok as correct, partially as partially correct and every other status as wrong', () => {
    const { challenges, answers } = buildTest({
      '1.1': ['ok', 'partially', 'ko'],
      '1.2': ['aband', 'timedout', 'focusedOut'],
    });

    const collection = collectAnswers(challenges, answers);

    expect(collection.map(({ result }) => result)).toEqual([
      'correct',
      'partially-correct',
      'wrong',
      'wrong',
      'wrong',
      'wrong',
    ]);
  });

  it('reads a neutralised challenge as neutralised, even answered ok', () => {
    const { challenges, answers } = buildTest({ '1.1': [{ answer: 'ok', neutralized: true }] });

    const collection = collectAnswers(challenges, answers);

    expect(collection).toEqual([{ challengeId: 'rec1.1-1', competence: '1.1', type: 'QCU', result: 'neutralized' }]);
  });

  it('reads a challenge skipped automatically as wrong, even should it carry an ok answer', () => {
    const { challenges, answers } = buildTest({ '1.1': ['auto-skipped', { answer: 'ok', autoSkipped: true }] });

    const collection = collectAnswers(challenges, answers);

    expect(collection.map(({ result }) => result)).toEqual(['wrong', 'wrong']);
  });

  it('reads a challenge without an answer as unanswered', () => {
    const { challenges, answers } = buildTest({ '1.1': ['unanswered'] });

    const collection = collectAnswers(challenges, answers);

    expect(collection.map(({ result }) => result)).toEqual(['unanswered']);
  });

  it('ignores answers to challenges outside the test', () => {
    const challenges = [buildChallenge({ challengeId: 'recA' })];
    const answers = [
      buildAnswer({ challengeId: 'recElsewhere', status: 'ok' }),
      buildAnswer({ challengeId: 'recA', status: 'ko' }),
    ];

    const collection = collectAnswers(challenges, answers);

    expect(collection.map(({ result }) => result)).toEqual(['wrong']);
  });
});

describe(countsForReproducibilityRate.name, () => {
  it('counts ok answers as correct and every answered or auto-skipped challenge not neutralised', () => {
    const { challenges, answers } = buildTest({
      '1.1': ['ok', 'ok', 'ko'],
      '2.1': ['ok', 'partially', 'neutralized'],
      '3.1': ['auto-skipped', 'auto-skipped', { answer: 'ok', neutralized: true }],
    });

    const counts = countsForReproducibilityRate(collectAnswers(challenges, answers));

    expect(counts).toEqual({ correct: 3, nonNeutralized: 7 });
  });

  it('leaves an unanswered challenge out of both counts', () => {
    const { challenges, answers } = buildTest({ '1.1': ['ok', 'unanswered'] });

    const counts = countsForReproducibilityRate(collectAnswers(challenges, answers));

    expect(counts).toEqual({ correct: 1, nonNeutralized: 1 });
  });
});

describe(countsForCompetence.name, () => {
  const countsOf = (test: ReturnType<typeof buildTest>, competence = '1.1') =>
    countsForCompetence(collectAnswers(test.challenges, test.answers), competence);

  it('counts the challenges, the ok answers and the neutralised challenges of the competence only', () => {
    const test = buildTest({ '1.1': ['ok', 'ko', 'neutralized'], '1.2': ['ok', 'ok', 'ok'] });

    expect(countsOf(test)).toEqual({ challenges: 3, correct: 1, neutralized: 1 });
  });

  it('does not count an ok answer on a neutralised challenge as correct', () => {
    const test = buildTest({ '1.1': ['ok', 'ok', { answer: 'ok', neutralized: true }] });

    expect(countsOf(test)).toEqual({ challenges: 3, correct: 2, neutralized: 1 });
  });

  it('counts an auto-skipped challenge in C but not in K', () => {
    const test = buildTest({ '1.1': ['ok', 'ok', 'auto-skipped'] });

    expect(countsOf(test)).toEqual({ challenges: 3, correct: 2, neutralized: 0 });
  });

  it('gives 0, 0, 0 to a competence without challenges', () => {
    const test = buildTest({ '1.2': ['ok', 'ok', 'ok'] });

    expect(countsOf(test)).toEqual({ challenges: 0, correct: 0, neutralized: 0 });
  });

  it('gives nothing for a partially correct answer to a challenge that is not QROCM-dep', () => {
    const test = buildTest({ '1.1': ['ok', 'partially'] });

    expect(countsOf(test)).toEqual({ challenges: 2, correct: 1, neutralized: 0 });
  });

  describe('QROCM-dep rule, in a competence with fewer than 3 challenges', () => {
    it('counts a QROCM-dep challenge 2 in C, and a fully correct one 2 in K', () => {
      const test = buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'ok' }, 'ok'] });

      expect(countsOf(test)).toEqual({ challenges: 3, correct: 3, neutralized: 0 });
    });

    it('counts a partially correct QROCM-dep answer 1 in K', () => {
      const test = buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'partially' }, 'ko'] });

      expect(countsOf(test)).toEqual({ challenges: 3, correct: 1, neutralized: 0 });
    });

    it('counts a wrong QROCM-dep answer 0 in K', () => {
      const test = buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'ko' }, 'ok'] });

      expect(countsOf(test)).toEqual({ challenges: 3, correct: 1, neutralized: 0 });
    });

    it('counts a neutralised QROCM-dep challenge 2 in C and 2 in N', () => {
      const test = buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'ko', neutralized: true }, 'ok'] });

      expect(countsOf(test)).toEqual({ challenges: 3, correct: 1, neutralized: 2 });
    });

    it('applies to a competence with a single challenge', () => {
      const test = buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'partially' }] });

      expect(countsOf(test)).toEqual({ challenges: 2, correct: 1, neutralized: 0 });
    });

    it('caps K at 3: two fully correct QROCM-dep challenges give C=4 and K=3, not 4', () => {
      const test = buildTest({
        '1.1': [
          { type: 'QROCM-dep', answer: 'ok' },
          { type: 'QROCM-dep', answer: 'ok' },
        ],
      });

      expect(countsOf(test)).toEqual({ challenges: 4, correct: 3, neutralized: 0 });
    });

    it('caps K at 3: a fully and a partially correct QROCM-dep challenge give K=3, not 3 + 1', () => {
      const test = buildTest({
        '1.1': [
          { type: 'QROCM-dep', answer: 'ok' },
          { type: 'QROCM-dep', answer: 'partially' },
        ],
      });

      expect(countsOf(test)).toEqual({ challenges: 4, correct: 3, neutralized: 0 });
    });
  });

  describe('QROCM-dep rule, in a competence with 3 challenges or more', () => {
    it('counts a QROCM-dep challenge once in C and a fully correct one once in K', () => {
      const test = buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'ok' }, 'ok', 'ko'] });

      expect(countsOf(test)).toEqual({ challenges: 3, correct: 2, neutralized: 0 });
    });

    it('gives nothing for a partially correct QROCM-dep answer', () => {
      const test = buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'partially' }, 'ok', 'ok'] });

      expect(countsOf(test)).toEqual({ challenges: 3, correct: 2, neutralized: 0 });
    });

    it('counts a neutralised QROCM-dep challenge once in N', () => {
      const test = buildTest({ '1.1': [{ type: 'QROCM-dep', answer: 'ko', neutralized: true }, 'ok', 'ok'] });

      expect(countsOf(test)).toEqual({ challenges: 3, correct: 2, neutralized: 1 });
    });
  });
});
