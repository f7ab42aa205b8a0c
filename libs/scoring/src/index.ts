export * from './lib/competence-level';
