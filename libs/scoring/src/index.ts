export * from './lib/competence-level';
export * from './lib/eligibility';
export * from './lib/earned-pix';
