import { bruteForceSuccessProbability, PASSWORD_SPACE } from './invigilator-access';

describe('brute force on a session password', () => {
  it('has 24^5 possible passwords', () => {
    expect(PASSWORD_SPACE).toBe(7_962_624);
  });

  it('stays hopeless: under 0.004 % within a day, 0.1 % over the month a session is open before its date', () => {
    const day = 24 * 3600;

    // 10 guesses an hour on one session whatever the number of addresses: 240 a day.
    expect(bruteForceSuccessProbability(day)).toBeCloseTo(240 / 7_962_624, 12);
    expect(bruteForceSuccessProbability(day)).toBeLessThan(0.00004);
    expect(bruteForceSuccessProbability(30 * day)).toBeLessThan(0.001);
  });
});
