import type { CandidateProps } from './candidate';
import { matchCandidate } from './candidate-matching';

let nextId = 1;
function candidate(overrides: Partial<CandidateProps> = {}): CandidateProps {
  return {
    id: nextId++,
    sessionId: 208,
    firstName: 'Killian',
    lastName: 'Latour',
    sex: 'M',
    birthdate: '2005-05-20',
    birthCountry: 'FRANCE',
    birthINSEECode: '33063',
    birthPostalCode: null,
    birthCity: 'Bordeaux',
    externalId: null,
    division: '3E1',
    pupilId: null,
    email: null,
    resultRecipientEmail: null,
    extraTimePercentage: null,
    billingMode: null,
    prepaymentCode: null,
    userId: null,
    reconciledAt: null,
    authorizedToStart: false,
    startedAt: null,
    ...overrides,
  };
}

describe(matchCandidate.name, () => {
  // The guide's example: session 208, Killian Latour born 20/05/2005.
  const killian = candidate();
  const others = [killian, candidate({ firstName: 'Léa', lastName: 'Martin', birthdate: '2005-01-02' })];

  it('matches ignoring case, accents and spaces', () => {
    expect(matchCandidate(others, { firstName: ' KILLIAN ', lastName: 'la tour', birthdate: '2005-05-20' }, 9)).toEqual(
      {
        kind: 'matched',
        candidate: killian,
        alreadyLinked: false,
      },
    );
    expect(matchCandidate(others, { firstName: 'lea', lastName: 'MARTÍN', birthdate: '2005-01-02' }, 9)).toMatchObject({
      kind: 'matched',
    });
  });

  it('finds no one with another birthdate', () => {
    expect(matchCandidate(others, { firstName: 'Killian', lastName: 'Latour', birthdate: '2005-05-21' }, 9)).toEqual({
      kind: 'not-found',
    });
  });

  it('refuses when two candidates share the identity', () => {
    const twins = [killian, candidate()];

    expect(matchCandidate(twins, { firstName: 'Killian', lastName: 'Latour', birthdate: '2005-05-20' }, 9)).toEqual({
      kind: 'several-matches',
    });
  });

  it('is idempotent for the same account and refuses another account', () => {
    const linked = [candidate({ userId: 9, reconciledAt: new Date('2027-03-16T08:40:00Z') })];
    const identity = { firstName: 'Killian', lastName: 'Latour', birthdate: '2005-05-20' };

    expect(matchCandidate(linked, identity, 9)).toMatchObject({ kind: 'matched', alreadyLinked: true });
    expect(matchCandidate(linked, identity, 10)).toEqual({ kind: 'linked-to-another-account' });
  });

  it('refuses a user already linked to another candidate of the session', () => {
    const session = [killian, candidate({ firstName: 'Léa', lastName: 'Martin', birthdate: '2005-01-02', userId: 9 })];

    expect(matchCandidate(session, { firstName: 'Killian', lastName: 'Latour', birthdate: '2005-05-20' }, 9)).toEqual({
      kind: 'user-already-linked-in-session',
    });
  });
});
