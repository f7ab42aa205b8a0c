import { identityKey } from './candidate';

describe(identityKey.name, () => {
  it('ignores case, accents, spaces, hyphens and apostrophes', () => {
    expect(identityKey({ firstName: 'Éloïse-Marie', lastName: "D'Arc  Le Goff", birthdate: '2011-03-05' })).toBe(
      identityKey({ firstName: 'eloise marie', lastName: 'DARC LEGOFF', birthdate: '2011-03-05' }),
    );
  });

  it('keeps different birthdates and different names apart', () => {
    const base = { firstName: 'Léa', lastName: 'Martin', birthdate: '2011-03-05' };

    expect(identityKey(base)).not.toBe(identityKey({ ...base, birthdate: '2011-03-06' }));
    expect(identityKey(base)).not.toBe(identityKey({ ...base, firstName: 'Léo' }));
  });
});
