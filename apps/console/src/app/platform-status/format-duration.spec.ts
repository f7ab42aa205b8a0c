import { formatDuration } from './format-duration';

describe(formatDuration.name, () => {
  it.each([
    [0, '0 s'],
    [42, '42 s'],
    [125, '2 min 5 s'],
    [3_600, '1 h'],
    [7_530, '2 h 5 min'],
    [273_600, '3 j 4 h'],
  ])('writes %i seconds as "%s"', (seconds, expected) => {
    expect(formatDuration(seconds).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
