import { toFrenchDate } from '../shared/dates';
import { type LineError, lineMessage } from '../shared/problems';
import { personNameKey } from '../shared/text';
import type { Candidate } from './candidate';

/** Same first name, last name and birthdate, ignoring case, accents, spaces, hyphens and apostrophes. */
export function candidateIdentityKey(candidate: Pick<Candidate, 'firstName' | 'lastName' | 'birthdate'>): string {
  return `${personNameKey(candidate.firstName)}|${personNameKey(candidate.lastName)}|${candidate.birthdate}`;
}

/** Remembers the candidates already seen (in a file, or in one session) and reports a second occurrence. */
export class DuplicateCandidateGuard {
  private readonly lineByKey = new Map<string, number>();

  /** The error for a candidate already seen, naming both lines; undefined the first time. */
  check(candidate: Candidate, line: number): LineError | undefined {
    const key = candidateIdentityKey(candidate);
    const firstLine = this.lineByKey.get(key);
    if (firstLine === undefined) {
      this.lineByKey.set(key, line);
      return undefined;
    }
    return {
      line,
      column: null,
      code: 'CANDIDATE_DUPLICATE',
      message: lineMessage(
        line,
        null,
        `Le candidat ${candidate.firstName} ${candidate.lastName}, né(e) le ${toFrenchDate(candidate.birthdate)}, figure déjà ligne ${firstLine}.`,
      ),
    };
  }
}
