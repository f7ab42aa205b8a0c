export * from './lib/error';
export * from './lib/health';
