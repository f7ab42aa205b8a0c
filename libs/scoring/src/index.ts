export * from './lib/scoring';
