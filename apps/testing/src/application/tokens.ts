export const CLOCK = Symbol('CLOCK');
/** A {@link import('@pix/kernel').RandomIntSource}: a CSPRNG in production, seeded in tests. */
export const RANDOM_INT = Symbol('RANDOM_INT');
/** The challenge bank ({@link import('@pix/referential').ChallengeBank}). */
export const CHALLENGE_BANK = Symbol('CHALLENGE_BANK');
