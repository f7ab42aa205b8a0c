import { maxGuesses, recordFailure, secondsBlocked, type ThrottleRule } from './throttle';

const rule: ThrottleRule = { maxFailures: 3, windowSeconds: 600, blockSeconds: 900 };
const at = (minutes: number) => new Date(Date.UTC(2027, 2, 16, 8, minutes));

describe('fixed-window throttling', () => {
  it('blocks at the limit inside one window, for the block duration', () => {
    const first = recordFailure(null, rule, at(0));
    const second = recordFailure(first, rule, at(1));
    const third = recordFailure(second, rule, at(2));

    expect(secondsBlocked(second, at(2))).toBe(0);
    expect(secondsBlocked(third, at(2))).toBe(900);
    expect(secondsBlocked(third, at(17))).toBe(0);
  });

  it('starts over when the window is over', () => {
    const old = recordFailure(recordFailure(null, rule, at(0)), rule, at(1));

    expect(recordFailure(old, rule, at(10))).toEqual({ failures: 1, windowStartedAt: at(10), blockedUntil: null });
  });

  it('bounds the guesses a brute force can make', () => {
    expect(maxGuesses(rule, 3600)).toBe(12);
    expect(maxGuesses({ maxFailures: 10, windowSeconds: 900, blockSeconds: 900 }, 86_400)).toBe(960);
  });
});
