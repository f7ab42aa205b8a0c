import { passwordProblems } from './password-policy';

describe(passwordProblems.name, () => {
  it('accepts a long passphrase without any composition rule', () => {
    expect(passwordProblems('la rentrée se prépare bien')).toEqual([]);
    expect(passwordProblems('abcdefgh-qui-n-est-pas-courant')).toEqual([]);
  });

  it('counts characters, not UTF-16 units: 8 emoji are 8 characters', () => {
    expect(passwordProblems('😀😀😀😀😀😀😀')).toEqual(['Le mot de passe doit contenir au moins 8 caractères.']);
    expect(passwordProblems('😀😀😀😀😀😀😀😁')).toEqual([]);
  });

  it('refuses fewer than 8 and more than 128 characters', () => {
    expect(passwordProblems('1234567')).toEqual(['Le mot de passe doit contenir au moins 8 caractères.']);
    expect(passwordProblems('x'.repeat(129))).toEqual(['Le mot de passe ne doit pas dépasser 128 caractères.']);
    expect(passwordProblems(`${'x'.repeat(127)}y`)).toEqual([]);
  });

  it('refuses passwords from the common list, whatever their case', () => {
    expect(passwordProblems('azertyuiop')[0]).toContain('les plus courants');
    expect(passwordProblems('MotDePasse')[0]).toContain('les plus courants');
    expect(passwordProblems('12345678')[0]).toContain('les plus courants');
  });

  it('refuses a password containing the login', () => {
    expect(passwordProblems('jean.dupont1503!', { username: 'jean.dupont1503' })).toEqual([
      'Le mot de passe ne doit pas contenir votre identifiant.',
    ]);
    expect(passwordProblems('xxcamille.martinxx', { email: 'camille.martin@ac-bordeaux.fr' })).toEqual([
      'Le mot de passe ne doit pas contenir votre identifiant.',
    ]);
  });
});
