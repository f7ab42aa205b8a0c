export * from './lib/kernel';
