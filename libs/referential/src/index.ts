export * from './lib/competences';
export * from './lib/challenge';
export * from './lib/challenge-bank';
export {
  type ChallengeFileSource,
  type ChallengeFilesValidation,
  MIN_OPERATIVE_CHALLENGES_PER_SKILL,
  MIN_TUBES_PER_COMPETENCE,
  validateChallengeFiles,
  type ValidatedChallengeFile,
} from './lib/challenge-bank.validation';
export { type ChallengeFileData, challengeFileSchema } from './lib/challenge-file.schema';
export { BUNDLED_CHALLENGE_FILES, loadChallengeBank } from './lib/bundled-challenge-bank';
export * from './lib/check-answer';
export { levenshtein, matchesAcceptedAnswer, normaliseAnswer } from './lib/answer-matching';
export * from './lib/public-view';
export * from './lib/reference-answer';
