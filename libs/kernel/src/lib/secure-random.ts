import type { RandomIntSource } from './random-code';

/**
 * Uniform integers from the platform's CSPRNG (Web Crypto, in Node.js and browsers alike), by rejection
 * sampling so that no value is more likely than another.
 */
export const secureRandomInt: RandomIntSource = (maxExclusive: number) => {
  if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > 2 ** 32) {
    throw new RangeError('maxExclusive must be an integer from 1 to 2^32');
  }
  const limit = Math.floor(2 ** 32 / maxExclusive) * maxExclusive;
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return value % maxExclusive;
  }
};
