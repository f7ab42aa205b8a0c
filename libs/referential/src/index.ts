export * from './lib/referential';
