export * from './lib/error';
export * from './lib/health';
export * from './lib/eligibility';
