import { seededRandomInt } from '@pix/kernel';
import { generateTemporaryPassword, usernameCandidates, usernamePart } from './credentials';

describe('pupil credentials', () => {
  it('builds usernames from the name and the day and month of birth', () => {
    expect(usernameCandidates('Éloïse-Marie', "N'Diaye", '2011-03-15').slice(0, 3)).toEqual([
      'eloisemarie.ndiaye1503',
      'eloisemarie.ndiaye15032',
      'eloisemarie.ndiaye15033',
    ]);
    expect(usernamePart('Cœur')).toBe('coeur');
  });

  it('draws readable temporary passwords without look-alike characters', () => {
    const password = generateTemporaryPassword(seededRandomInt(7));

    expect(password).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{10}$/);
    expect(password).not.toMatch(/[01lIO]/);
  });
});
