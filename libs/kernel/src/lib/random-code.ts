/** A source of uniformly random integers in [0, maxExclusive). Production uses a CSPRNG. */
export type RandomIntSource = (maxExclusive: number) => number;

/** Draws `length` characters uniformly from `alphabet`. */
export function randomCode(alphabet: string, length: number, randomInt: RandomIntSource): string {
  if (alphabet.length === 0) throw new RangeError('alphabet must not be empty');
  if (!Number.isInteger(length) || length < 0) throw new RangeError('length must be a non-negative integer');
  let code = '';
  for (let i = 0; i < length; i += 1) {
    const index = randomInt(alphabet.length);
    if (!Number.isInteger(index) || index < 0 || index >= alphabet.length) {
      throw new RangeError(`random source returned ${index} for an alphabet of ${alphabet.length}`);
    }
    code += alphabet[index];
  }
  return code;
}

/** A deterministic source for tests: a small LCG seeded by an integer. */
export function seededRandomInt(seed: number): RandomIntSource {
  let state = seed >>> 0;
  return (maxExclusive: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % maxExclusive;
  };
}
