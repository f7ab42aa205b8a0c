export * from './lib/clock';
export * from './lib/domain-error';
export * from './lib/random-code';
export * from './lib/secure-random';
export * from './lib/session-codes';
export * from './lib/throttle';
