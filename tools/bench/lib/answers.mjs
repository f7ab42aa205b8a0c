// Answers of the simulated candidates: a random well-formed one (the platform's load, not the score, is measured),
// or the reference answer of the challenge, read from libs/referential's challenge files (as the e2e suite's
// referenceAnswer does), when the score matters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CHALLENGES_DIR = join(import.meta.dirname, '..', '..', '..', 'libs', 'referential', 'data', 'challenges');

/** A random well-formed answer to the challenge as the candidate sees it (type, proposals, fields). */
export function randomAnswer(challenge) {
  switch (challenge.type) {
    case 'QCU':
      return 1 + Math.floor(Math.random() * challenge.proposals.length);
    case 'QCM': {
      const choices = challenge.proposals.map((_, index) => index + 1).filter(() => Math.random() < 0.5);
      return choices.length > 0 ? choices : [1 + Math.floor(Math.random() * challenge.proposals.length)];
    }
    default:
      return Object.fromEntries(
        challenge.fields.map((field) => [field.key, `réponse ${Math.floor(Math.random() * 100)}`]),
      );
  }
}

let bank;

/** Every challenge of the referential by id, with its solution. */
function challengeBank(dir = CHALLENGES_DIR) {
  if (bank === undefined) {
    bank = new Map();
    for (const file of readdirSync(dir).filter((name) => /^\d+\.\d+\.json$/.test(name))) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      for (const tube of data.tubes)
        for (const skill of tube.skills) for (const challenge of skill.challenges) bank.set(challenge.id, challenge);
    }
  }
  return bank;
}

/** The answer the challenge's solution accepts (libs/referential referenceAnswer); throws for an unknown id. */
export function referenceAnswer(challengeId) {
  const challenge = challengeBank().get(challengeId);
  if (challenge === undefined) throw new Error(`challenge ${challengeId} is not in ${CHALLENGES_DIR}`);
  switch (challenge.type) {
    case 'QCU':
      return challenge.solution;
    case 'QCM':
      return [...challenge.solution];
    case 'QROC':
    case 'QROCM-ind':
      return Object.fromEntries(challenge.fields.map(({ key }) => [key, challenge.solution[key]?.[0] ?? '']));
    case 'QROCM-dep': {
      const accepted = challenge.solution['*'];
      return Object.fromEntries(challenge.fields.map(({ key }, index) => [key, accepted[index] ?? '']));
    }
    default:
      throw new Error(`challenge ${challengeId}: unknown type ${challenge.type}`);
  }
}
