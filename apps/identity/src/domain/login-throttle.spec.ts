import {
  ACCOUNT_AND_IP_RULE,
  accountAndIpKey,
  recordFailure,
  secondsBlocked,
  type ThrottleCounter,
} from './login-throttle';

const at = (iso: string) => new Date(iso);

describe('login throttling', () => {
  it('blocks the pair for 15 minutes at the 10th failure inside the window', () => {
    let counter: ThrottleCounter | null = null;
    for (let failure = 1; failure <= 9; failure += 1) {
      counter = recordFailure(counter, ACCOUNT_AND_IP_RULE, at('2027-03-16T08:00:00Z'));
    }
    expect(secondsBlocked(counter, at('2027-03-16T08:00:00Z'))).toBe(0);

    counter = recordFailure(counter, ACCOUNT_AND_IP_RULE, at('2027-03-16T08:05:00Z'));

    expect(counter.failures).toBe(10);
    expect(secondsBlocked(counter, at('2027-03-16T08:05:00Z'))).toBe(900);
    expect(secondsBlocked(counter, at('2027-03-16T08:19:59Z'))).toBe(1);
    expect(secondsBlocked(counter, at('2027-03-16T08:20:00Z'))).toBe(0);
  });

  it('starts a new window once the previous one is over', () => {
    const old: ThrottleCounter = { failures: 9, windowStartedAt: at('2027-03-16T08:00:00Z'), blockedUntil: null };

    const next = recordFailure(old, ACCOUNT_AND_IP_RULE, at('2027-03-16T08:15:00Z'));

    expect(next).toEqual({ failures: 1, windowStartedAt: at('2027-03-16T08:15:00Z'), blockedUntil: null });
  });

  it('keys the pair on the normalised login', () => {
    expect(accountAndIpKey('  Anne@Pix.fr ', '10.0.0.1')).toBe(accountAndIpKey('anne@pix.fr', '10.0.0.1'));
    expect(accountAndIpKey('anne@pix.fr', '10.0.0.1')).not.toBe(accountAndIpKey('anne@pix.fr', '10.0.0.2'));
  });
});
