import { answersContractBreach, scoreContractBreach } from './certification-contract';
import { buildAnswer, buildTest } from './scoring-v2.builders';

describe(answersContractBreach.name, () => {
  it('holds when every challenge has an answer', () => {
    const { challenges, answers } = buildTest({ '1.1': ['ok', 'ko', 'aband'] });

    expect(answersContractBreach(challenges, answers)).toBeNull();
  });

  it('asks no answer of a neutralised challenge nor of one skipped automatically', () => {
    const { challenges, answers } = buildTest({
      '1.1': ['ok', { neutralized: true }, 'auto-skipped'],
    });

    expect(answersContractBreach(challenges, answers)).toBeNull();
  });

  it('names the challenge without an answer', () => {
    const { challenges, answers } = buildTest({ '1.1': ['ok', 'ok', 'unanswered'] });

    expect(answersContractBreach(challenges, answers)).toBe('challenge rec1.1-3 has no answer');
  });

  it('names every challenge without an answer', () => {
    const { challenges, answers } = buildTest({ '1.1': ['unanswered', 'ok'], '2.1': ['unanswered'] });

    expect(answersContractBreach(challenges, answers)).toBe('challenges rec1.1-1, rec2.1-1 have no answer');
  });

  it('refuses a challenge answered twice', () => {
    const { challenges, answers } = buildTest({ '1.1': ['ok', 'ko'] });

    const breach = answersContractBreach(challenges, [
      ...answers,
      buildAnswer({ challengeId: 'rec1.1-2', status: 'ok' }),
    ]);

    expect(breach).toBe('challenge rec1.1-2 has 2 answers');
  });
});

describe(scoreContractBreach.name, () => {
  it('refuses 0 pix with a rate above 50 %', () => {
    expect(scoreContractBreach(0, 51)).toBe('the score is 0 pix while the reproducibility rate is 51 %, above 50 %');
  });

  it('accepts 0 pix with a rate of exactly 50 %', () => {
    expect(scoreContractBreach(0, 50)).toBeNull();
  });

  it('accepts any score above 0', () => {
    expect(scoreContractBreach(1, 100)).toBeNull();
  });
});
