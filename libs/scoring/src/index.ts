export * from './lib/competence-level';
export * from './lib/eligibility';
export * from './lib/earned-pix';
export * from './lib/v2/scoring-v2.types';
export { scoreCertificationV2 } from './lib/v2/score-certification-v2';
