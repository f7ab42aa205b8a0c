import { FixedClock } from './clock';

describe(FixedClock.name, () => {
  it('returns a copy of the fixed instant and moves only when told', () => {
    const clock = new FixedClock(new Date('2026-03-10T08:00:00Z'));
    const first = clock.now();
    first.setFullYear(1999);

    clock.advanceBy(90_000);

    expect(clock.now().toISOString()).toBe('2026-03-10T08:01:30.000Z');
  });
});
