const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const LOOSE_ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export type DateParseResult = { ok: true; value: string } | { ok: false; reason: 'format' | 'nonexistent' };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toIso(year: number, month: number, day: number): DateParseResult {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'nonexistent' };
  }
  return {
    ok: true,
    value: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

/** Strict `YYYY-MM-DD` (what the console sends), checked against the calendar. */
export function parseIsoDate(raw: string): DateParseResult {
  const match = ISO_DATE.exec(raw.trim());
  if (!match) return { ok: false, reason: 'format' };
  return toIso(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * A date as typed in a spreadsheet: `jj/mm/aaaa`, also `j/m/aaaa`, `jj-mm-aaaa`, `jj.mm.aaaa`, and the ISO
 * `aaaa-mm-jj` some tools export. Two-digit years are refused (1910 or 2010?).
 */
export function parseFrenchDate(raw: string): DateParseResult {
  const value = raw.trim();
  const french = FRENCH_DATE.exec(value);
  if (french) return toIso(Number(french[3]), Number(french[2]), Number(french[1]));
  const iso = LOOSE_ISO_DATE.exec(value);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return { ok: false, reason: 'format' };
}

/** `2010-02-28` → `28/02/2010`. */
export function toFrenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** Guards the `today` every import takes (a programming error, not a user's). */
export function assertToday(today: string): void {
  if (!parseIsoDate(today).ok) {
    throw new TypeError(`today must be a YYYY-MM-DD date, got "${today}"`);
  }
}
