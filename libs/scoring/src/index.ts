export * from './lib/competence-level';
export * from './lib/eligibility';
