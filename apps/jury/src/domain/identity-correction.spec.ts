import { correctIdentity } from './identity-correction';

const today = new Date('2027-04-01T00:00:00Z');
const valid = {
  firstName: '  Léa   Marie ',
  lastName: ' Martin ',
  sex: 'F' as const,
  birthdate: '2011-04-02',
  birthCity: 'Bordeaux',
  birthCountry: 'France',
  birthINSEECode: '33063',
  birthPostalCode: null,
};

describe(correctIdentity.name, () => {
  it('squeezes the whitespace of the names', () => {
    const { identity, problems } = correctIdentity(valid, today);

    expect(problems).toEqual([]);
    expect(identity).toMatchObject({ firstName: 'Léa Marie', lastName: 'Martin' });
  });

  it.each([
    ['a blank first name', { firstName: '   ' }, 'firstName'],
    ['a blank last name', { lastName: '' }, 'lastName'],
    ['a birthdate in 1900', { birthdate: '1900-12-31' }, 'birthdate'],
    ['an impossible date', { birthdate: '2011-02-30' }, 'birthdate'],
    ['a birthdate in the future', { birthdate: '2027-05-01' }, 'birthdate'],
    ['a sex other than M or F', { sex: 'X' as 'M' }, 'sex'],
    ['no birthplace', { birthCity: ' ' }, 'birthCity'],
    ['a birth in France without INSEE nor postal code', { birthINSEECode: null }, 'birthINSEECode'],
    ['a malformed postal code', { birthPostalCode: '3300' }, 'birthPostalCode'],
  ])('refuses %s', (_case, change, field) => {
    const { problems } = correctIdentity({ ...valid, ...change }, today);

    expect(problems.map((problem) => problem.field)).toContain(field);
  });

  it('accepts a birth abroad without code, and a Corsican INSEE code', () => {
    expect(correctIdentity({ ...valid, birthCountry: 'Belgique', birthINSEECode: null }, today).problems).toEqual([]);
    expect(correctIdentity({ ...valid, birthINSEECode: '2a004' }, today).identity.birthINSEECode).toBe('2A004');
  });
});
