export * from './lib/clock';
export * from './lib/domain-error';
export * from './lib/random-code';
