import { loadChallengeBank } from './bundled-challenge-bank';
import { checkAnswer } from './check-answer';
import { referenceAnswer, wrongAnswer } from './reference-answer';

describe('referenceAnswer and wrongAnswer', () => {
  const bank = loadChallengeBank();

  it('on each of the 465 challenges of the bank, the reference answer is right and the wrong one is not', () => {
    const mismatches = bank.challenges.flatMap((challenge) => [
      ...(checkAnswer(challenge, referenceAnswer(challenge)) === 'ok' ? [] : [`${challenge.id} reference`]),
      ...(checkAnswer(challenge, wrongAnswer(challenge)) === 'ok' ? [`${challenge.id} wrong`] : []),
    ]);

    expect(bank.challenges).toHaveLength(465);
    expect(mismatches).toEqual([]);
  });
});
