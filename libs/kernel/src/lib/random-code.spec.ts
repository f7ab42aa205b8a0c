import { randomCode, seededRandomInt } from './random-code';

describe(randomCode.name, () => {
  it('draws only from the alphabet, with the requested length', () => {
    const code = randomCode('BCD', 50, seededRandomInt(42));

    expect(code).toHaveLength(50);
    expect(code).toMatch(/^[BCD]+$/);
  });

  it('is reproducible with the same seed and differs with another', () => {
    const first = randomCode('BCDFGHJKMPQRTVWXY', 8, seededRandomInt(7));

    expect(randomCode('BCDFGHJKMPQRTVWXY', 8, seededRandomInt(7))).toBe(first);
    expect(randomCode('BCDFGHJKMPQRTVWXY', 8, seededRandomInt(8))).not.toBe(first);
  });

  it('refuses a random source that goes out of range', () => {
    expect(() => randomCode('AB', 1, () => 2)).toThrow(RangeError);
  });

  it('refuses an empty alphabet', () => {
    expect(() => randomCode('', 1, seededRandomInt(1))).toThrow(RangeError);
  });
});
