import { levenshtein, matchesAcceptedAnswer, normaliseAnswer } from './answer-matching';

describe(levenshtein.name, () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['chat', 'chat', 0],
    ['chat', 'chats', 1],
    ['chat', 'chut', 1],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['été', 'ete', 2],
    ['😀a', 'a', 1],
  ])('counts %p -> %p as %p edits', (left, right, expected) => {
    expect(levenshtein(left, right)).toBe(expected);
    expect(levenshtein(right, left)).toBe(expected);
  });
});

describe(normaliseAnswer.name, () => {
  it('keeps the text as typed without tolerance, apart from its Unicode form and apostrophes', () => {
    expect(normaliseAnswer('  L’Été ', [])).toBe("  L'Été ");
    expect(normaliseAnswer('e\u0301te\u0301', [])).toBe('été');
  });

  it('with t1, ignores case, spaces at both ends and repeated spaces, non-breaking ones included', () => {
    expect(normaliseAnswer('  Mont   Saint-Michel\u00a0 ', ['t1'])).toBe('mont saint-michel');
    expect(normaliseAnswer('Éte', ['t1'])).toBe('éte');
  });

  it('with t2, also ignores accents, ligatures and punctuation', () => {
    expect(normaliseAnswer(' Mont-Saint-Michel ! ', ['t2'])).toBe('mont saint michel');
    expect(normaliseAnswer('Cœur, ÉLÈVE; l’œuvre.', ['t1', 't2'])).toBe('coeur eleve l oeuvre');
  });
});

describe(matchesAcceptedAnswer.name, () => {
  it('without tolerance, needs the exact text', () => {
    expect(matchesAcceptedAnswer('Paris', 'Paris', [])).toBe(true);
    expect(matchesAcceptedAnswer('paris', 'Paris', [])).toBe(false);
    expect(matchesAcceptedAnswer('Paris ', 'Paris', [])).toBe(false);
  });

  it('with t1, ignores case and spaces but not accents', () => {
    expect(matchesAcceptedAnswer('  PARIS ', 'Paris', ['t1'])).toBe(true);
    expect(matchesAcceptedAnswer('Ile de  France', 'Ile de France', ['t1'])).toBe(true);
    expect(matchesAcceptedAnswer('Ile de France', 'Île de France', ['t1'])).toBe(false);
  });

  it('with t2, ignores accents and punctuation but accepts no typo', () => {
    expect(matchesAcceptedAnswer('ile de france', 'Île-de-France', ['t2'])).toBe(true);
    expect(matchesAcceptedAnswer('Île-de-France.', 'ile de france', ['t1', 't2'])).toBe(true);
    expect(matchesAcceptedAnswer('ile de frence', 'Île-de-France', ['t2'])).toBe(false);
  });

  it('with t3, accepts a distance of at most 25 % of the accepted answer', () => {
    // "navigateur": 10 letters, up to 2 edits.
    expect(matchesAcceptedAnswer('navigatuer', 'navigateur', ['t3'])).toBe(true);
    expect(matchesAcceptedAnswer('Navigatueur', 'navigateur', ['t3'])).toBe(true);
    expect(matchesAcceptedAnswer('nevigatuer', 'navigateur', ['t3'])).toBe(false);
    // "wifi": 4 letters, exactly 1 edit (25 %) is the limit.
    expect(matchesAcceptedAnswer('wify', 'wifi', ['t3'])).toBe(true);
    expect(matchesAcceptedAnswer('wiy', 'wifi', ['t3'])).toBe(false);
    // "png": 3 letters, no edit at all.
    expect(matchesAcceptedAnswer('jpg', 'png', ['t3'])).toBe(false);
  });

  it('with t3, also applies t1 and t2 first', () => {
    expect(matchesAcceptedAnswer('  ÉCOLOGÍE ', 'ecologie', ['t3'])).toBe(true);
    expect(matchesAcceptedAnswer('Ile-de-Frence', 'Île-de-France', ['t3'])).toBe(true);
  });

  it('never matches an empty answer', () => {
    expect(matchesAcceptedAnswer('', 'a', ['t3'])).toBe(false);
    expect(matchesAcceptedAnswer('   ', 'a', ['t1', 't2', 't3'])).toBe(false);
    expect(matchesAcceptedAnswer(' ! ', 'a', ['t2', 't3'])).toBe(false);
  });
});
