export * from './lib/error';
export * from './lib/error-details';
export * from './lib/auth';
export * from './lib/health';
export * from './lib/eligibility';
