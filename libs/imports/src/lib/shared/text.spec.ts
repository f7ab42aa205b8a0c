import { formatCount, personNameKey, placeNameKey } from './text';

describe('placeNameKey', () => {
  it.each([
    ['Saint-Étienne', 'st etienne'],
    ['Sainte-Foy-lès-Lyon', 'STE FOY LES LYON'],
    ['Œuilly', 'oeuilly'],
    ['L’Haÿ-les-Roses', "l'hay les roses"],
    ['Châlons-en-Champagne', 'CHALONS EN CHAMPAGNE'],
  ])('reads « %s » and « %s » as the same commune', (official, typed) => {
    expect(placeNameKey(typed)).toBe(placeNameKey(official));
  });

  it('keeps different communes apart', () => {
    expect(placeNameKey('Saint-Denis')).not.toBe(placeNameKey('Sainte-Denise'));
  });
});

describe('personNameKey', () => {
  it('ignores case, accents, spaces, hyphens and apostrophes', () => {
    expect(personNameKey(' Jean-Éric ')).toBe(personNameKey('JEAN ERIC'));
    expect(personNameKey('N’Diaye')).toBe(personNameKey('ndiaye'));
  });
});

describe('formatCount', () => {
  it('groups thousands the French way', () => {
    expect(formatCount(5000)).toBe('5\u00a0000');
    expect(formatCount(999)).toBe('999');
  });
});
