const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

/** Lower case without accents, ligatures spelled out: « Œuilly » → « oeuilly », « Ève » → « eve ». */
export function foldCase(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** The words of a text once folded: punctuation, hyphens, apostrophes and spaces all separate words. */
export function foldedWords(value: string): string[] {
  return foldCase(value)
    .split(NOT_LETTER_OR_DIGIT)
    .filter((word) => word !== '');
}

/** Trims and collapses runs of white space to one space. */
export function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * Key under which two spellings of a person's name compare equal: case, accents, spaces, hyphens and
 * apostrophes ignored (« Jean-Éric » = « jean eric » = « JEANERIC »).
 */
export function personNameKey(value: string): string {
  return foldedWords(value).join('');
}

const ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/**
 * Key under which two spellings of a French commune compare equal: case, accents, ligatures (Œ/oe), hyphens,
 * apostrophes and spaces ignored, and « St »/« Ste » read as « Saint »/« Sainte ».
 */
export function placeNameKey(value: string): string {
  return foldedWords(value)
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join('');
}

/** « Le code… » → « le code… », to place a full sentence after « Ligne 3, colonne « X » : ». */
export function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** Formats 5000 as « 5 000 » (the French thousands separator, a no-break space). */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
