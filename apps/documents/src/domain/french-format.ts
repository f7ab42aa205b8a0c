/** French renderings of the values printed on the documents. Dates are calendar dates: no time zone shift. */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

const LONG_DATE = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DATE = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** True for a real calendar date written `YYYY-MM-DD` (no 30 February). */
export function isCalendarDate(value: string): boolean {
  return toUtcDate(value) !== null;
}

export function isTimeOfDay(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/** `2099-03-16` -> `lundi 16 mars 2099`; the first of the month is written `1er`, as in French. */
export function formatLongDate(value: string): string {
  return withFirstOfMonth(LONG_DATE, requireDate(value));
}

/** `2022-04-29` -> `29 avr. 2022` (the invigilator kit's `d MMM yyyy`). */
export function formatShortDate(value: string): string {
  return withFirstOfMonth(SHORT_DATE, requireDate(value));
}

/** `2005-05-20` -> `20/05/2005` (JJ/MM/AAAA). */
export function formatNumericDate(value: string): string {
  requireDate(value);
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

/** `14:30` -> `14h30`, `08:05` -> `08h05` (HHhMM). */
export function formatTime(value: string): string {
  const match = TIME_PATTERN.exec(value);
  if (match === null) throw new Error(`not a time of day: "${value}"`);
  return `${match[1]}h${match[2]}`;
}

/** A number of minutes as `1 h 45`, `2 h`, `45 min`. */
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.round(totalMinutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** A decimal fraction as a French percentage: 0.3 -> `30 %`, 0.333 -> `33,3 %` (narrow no-break space). */
export function formatPercentage(fraction: number): string {
  const percent = Math.round(fraction * 1000) / 10;
  return `${String(percent).replace('.', ',')}\u202F%`;
}

/**
 * Keeps a table cell on one line: text longer than `maxLength` characters is cut so that, with the final
 * ellipsis, it is exactly `maxLength` characters long. Counts characters, not UTF-16 units.
 */
export function truncate(text: string, maxLength: number): string {
  const characters = Array.from(text.trim());
  if (characters.length <= maxLength) return characters.join('');
  return `${characters
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}…`;
}

function requireDate(value: string): Date {
  const date = toUtcDate(value);
  if (date === null) throw new Error(`not a calendar date: "${value}"`);
  return date;
}

function toUtcDate(value: string): Date | null {
  if (!DATE_PATTERN.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
}

function withFirstOfMonth(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}
