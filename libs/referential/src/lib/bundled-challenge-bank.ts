// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- types the JSON imports for consumers built without resolveJsonModule
/// <reference path="./json-modules.d.ts" />
import competence11 from '../../data/challenges/1.1.json';
import competence12 from '../../data/challenges/1.2.json';
import competence13 from '../../data/challenges/1.3.json';
import competence21 from '../../data/challenges/2.1.json';
import competence22 from '../../data/challenges/2.2.json';
import competence23 from '../../data/challenges/2.3.json';
import competence24 from '../../data/challenges/2.4.json';
import competence31 from '../../data/challenges/3.1.json';
import competence32 from '../../data/challenges/3.2.json';
import competence33 from '../../data/challenges/3.3.json';
import competence34 from '../../data/challenges/3.4.json';
import competence41 from '../../data/challenges/4.1.json';
import competence42 from '../../data/challenges/4.2.json';
import competence43 from '../../data/challenges/4.3.json';
import competence51 from '../../data/challenges/5.1.json';
import competence52 from '../../data/challenges/5.2.json';
import { buildChallengeBank, type ChallengeBank } from './challenge-bank';
import type { ChallengeFileSource } from './challenge-bank.validation';

/**
 * The bank shipped with the library. Static imports, so that bundlers embed the data and no file is read at run
 * time. Adding a competence file means adding its import here (a test fails until it is done).
 */
export const BUNDLED_CHALLENGE_FILES: readonly ChallengeFileSource[] = [
  { fileName: '1.1.json', content: competence11 },
  { fileName: '1.2.json', content: competence12 },
  { fileName: '1.3.json', content: competence13 },
  { fileName: '2.1.json', content: competence21 },
  { fileName: '2.2.json', content: competence22 },
  { fileName: '2.3.json', content: competence23 },
  { fileName: '2.4.json', content: competence24 },
  { fileName: '3.1.json', content: competence31 },
  { fileName: '3.2.json', content: competence32 },
  { fileName: '3.3.json', content: competence33 },
  { fileName: '3.4.json', content: competence34 },
  { fileName: '4.1.json', content: competence41 },
  { fileName: '4.2.json', content: competence42 },
  { fileName: '4.3.json', content: competence43 },
  { fileName: '5.1.json', content: competence51 },
  { fileName: '5.2.json', content: competence52 },
];

let bundledBank: ChallengeBank | undefined;

/** The bundled bank, validated on first use (throws a ChallengeBankError if a file is broken), then cached. */
export function loadChallengeBank(): ChallengeBank {
  bundledBank ??= buildChallengeBank(BUNDLED_CHALLENGE_FILES);
  return bundledBank;
}
