import type { Challenge } from './challenge';
import { checkAnswer, SKIPPED_ANSWER } from './check-answer';
import {
  buildQcmChallenge,
  buildQcuChallenge,
  buildQrocChallenge,
  buildQrocmDepChallenge,
  buildQrocmIndChallenge,
} from './testing/challenge-builders';

describe(checkAnswer.name, () => {
  it('gives aband for a skipped challenge of any type', () => {
    const challenges: Challenge[] = [
      buildQcuChallenge(),
      buildQcmChallenge(),
      buildQrocChallenge(),
      buildQrocmIndChallenge(),
      buildQrocmDepChallenge(),
    ];

    expect(challenges.map((challenge) => checkAnswer(challenge, SKIPPED_ANSWER))).toEqual([
      'aband',
      'aband',
      'aband',
      'aband',
      'aband',
    ]);
  });

  describe('QCU', () => {
    const challenge = buildQcuChallenge({ solution: 2 });

    it('is right only with the index of the right proposal', () => {
      expect(checkAnswer(challenge, 2)).toBe('ok');
      expect(checkAnswer(challenge, 1)).toBe('ko');
      expect(checkAnswer(challenge, 4)).toBe('ko');
    });

    it('is wrong with an answer of another shape', () => {
      expect(checkAnswer(challenge, [2])).toBe('ko');
      expect(checkAnswer(challenge, { reponse: '2' })).toBe('ko');
    });
  });

  describe('QCM', () => {
    const challenge = buildQcmChallenge({ solution: [1, 3] });

    it('is right only with exactly the right set, in any order', () => {
      expect(checkAnswer(challenge, [1, 3])).toBe('ok');
      expect(checkAnswer(challenge, [3, 1])).toBe('ok');
      expect(checkAnswer(challenge, [1])).toBe('ko');
      expect(checkAnswer(challenge, [1, 3, 4])).toBe('ko');
      expect(checkAnswer(challenge, [2, 4])).toBe('ko');
    });

    it('reads the chosen proposals as a set', () => {
      expect(checkAnswer(challenge, [1, 3, 3])).toBe('ok');
      expect(checkAnswer(challenge, [1, 1])).toBe('ko');
    });

    it('is wrong with no proposal chosen or an answer of another shape', () => {
      expect(checkAnswer(challenge, [])).toBe('ko');
      expect(checkAnswer(challenge, 1)).toBe('ko');
    });
  });

  describe('QROC', () => {
    it('accepts any of the accepted answers, exactly typed without tolerance', () => {
      const challenge = buildQrocChallenge({ solution: { reponse: ['Île-de-France', 'IDF'] }, tolerance: [] });

      expect(checkAnswer(challenge, { reponse: 'IDF' })).toBe('ok');
      expect(checkAnswer(challenge, { reponse: 'Île-de-France' })).toBe('ok');
      expect(checkAnswer(challenge, { reponse: 'idf' })).toBe('ko');
    });

    it('applies its tolerance', () => {
      const t1 = buildQrocChallenge({ tolerance: ['t1'] });
      const t2 = buildQrocChallenge({ tolerance: ['t1', 't2'] });
      const t3 = buildQrocChallenge({ tolerance: ['t1', 't2', 't3'] });

      expect(checkAnswer(t1, { reponse: '  idf ' })).toBe('ok');
      expect(checkAnswer(t1, { reponse: 'ile-de-france' })).toBe('ko');
      expect(checkAnswer(t2, { reponse: 'ILE DE FRANCE' })).toBe('ok');
      expect(checkAnswer(t2, { reponse: 'ile de frnce' })).toBe('ko');
      expect(checkAnswer(t3, { reponse: 'ile de frnce' })).toBe('ok');
      expect(checkAnswer(t3, { reponse: 'ile de fr' })).toBe('ko');
    });

    it('is wrong when empty, missing or of another shape', () => {
      const challenge = buildQrocChallenge({ tolerance: ['t1', 't2', 't3'] });

      expect(checkAnswer(challenge, { reponse: '' })).toBe('ko');
      expect(checkAnswer(challenge, { reponse: '   ' })).toBe('ko');
      expect(checkAnswer(challenge, {})).toBe('ko');
      expect(checkAnswer(challenge, { autre: 'IDF' })).toBe('ko');
      expect(checkAnswer(challenge, 1)).toBe('ko');
      expect(checkAnswer(challenge, [1])).toBe('ko');
      expect(checkAnswer(challenge, JSON.parse('null') as never)).toBe('ko');
    });
  });

  describe('QROCM-ind', () => {
    const challenge = buildQrocmIndChallenge({
      solution: { capitale: ['Paris'], fleuve: ['Seine'] },
      tolerance: ['t1'],
    });

    it('is right when every field is right', () => {
      expect(checkAnswer(challenge, { capitale: ' paris', fleuve: 'SEINE' })).toBe('ok');
    });

    it('is partially right when some fields are right', () => {
      expect(checkAnswer(challenge, { capitale: 'Paris', fleuve: 'Loire' })).toBe('partially');
      expect(checkAnswer(challenge, { capitale: 'Paris' })).toBe('partially');
    });

    it('is wrong when no field is right, answers being checked against their own field', () => {
      expect(checkAnswer(challenge, { capitale: 'Seine', fleuve: 'Paris' })).toBe('ko');
      expect(checkAnswer(challenge, { capitale: '', fleuve: '' })).toBe('ko');
    });
  });

  describe('QROCM-dep', () => {
    const challenge = buildQrocmDepChallenge({
      solution: { '*': ['Firefox', 'Chrome', 'Edge', 'Safari', 'Opera'] },
      expectedCount: 3,
      tolerance: ['t1', 't2', 't3'],
    });

    it('is right with enough distinct accepted answers, in any field order', () => {
      expect(checkAnswer(challenge, { r1: 'Safari', r2: 'firefox', r3: 'Edge' })).toBe('ok');
      expect(checkAnswer(challenge, { r1: 'Opera', r2: 'Chrome', r3: 'Firefox' })).toBe('ok');
    });

    it('applies the tolerance to each field', () => {
      expect(checkAnswer(challenge, { r1: 'Fire fox', r2: 'crome', r3: 'OPÉRA' })).toBe('ok');
    });

    it('counts the same answer once, even when typed differently', () => {
      expect(checkAnswer(challenge, { r1: 'Chrome', r2: 'Chrome', r3: 'Chrome' })).toBe('partially');
      expect(checkAnswer(challenge, { r1: 'Chrome', r2: ' chrome', r3: 'Edge' })).toBe('partially');
      expect(checkAnswer(challenge, { r1: 'Chrome', r2: 'Chrom', r3: 'Edge' })).toBe('partially');
    });

    it('is partially right with some accepted answers, and wrong with none', () => {
      expect(checkAnswer(challenge, { r1: 'Edge', r2: 'Word', r3: '' })).toBe('partially');
      expect(checkAnswer(challenge, { r1: 'Word', r2: 'Excel', r3: 'Paint' })).toBe('ko');
      expect(checkAnswer(challenge, { r1: '', r2: '', r3: '' })).toBe('ko');
      expect(checkAnswer(challenge, {})).toBe('ko');
    });

    it('may expect fewer answers than it has fields', () => {
      const twoOfThree = buildQrocmDepChallenge({ expectedCount: 2 });

      expect(checkAnswer(twoOfThree, { r1: 'Edge', r2: 'Word', r3: 'Safari' })).toBe('ok');
      expect(checkAnswer(twoOfThree, { r1: 'Edge', r2: 'Word', r3: '' })).toBe('partially');
    });

    it('finds the best assignment when a typo is close to two accepted answers', () => {
      const close = buildQrocmDepChallenge({
        fields: [
          { key: 'r1', label: 'Réponse 1 :' },
          { key: 'r2', label: 'Réponse 2 :' },
        ],
        solution: { '*': ['abcd', 'abce'] },
        expectedCount: 2,
        tolerance: ['t3'],
      });

      // "abcf" is one edit from both; "abcd" only fits the first, so "abcf" must take the second.
      expect(checkAnswer(close, { r1: 'abcf', r2: 'abcd' })).toBe('ok');
    });

    it('ignores keys that are not its fields', () => {
      expect(checkAnswer(challenge, { r1: 'Edge', r2: 'Safari', autre: 'Chrome' })).toBe('partially');
    });
  });
});
