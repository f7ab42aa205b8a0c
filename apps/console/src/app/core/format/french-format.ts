/** French wording of dates, times and amounts, as the schools' documents print them. */

const NBSP = '\u00a0';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const longDateFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** Sessions happen in metropolitan France for the collèges and lycées this console serves. */
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

function calendarDay(isoDate: string): Date | null {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate ? null : date;
}

/** `2026-04-14` → `14 avril 2026` (a calendar day: no time zone shift). */
export function formatDate(isoDate: string): string {
  const day = calendarDay(isoDate);
  return day === null ? isoDate : dateFormat.format(day);
}

/** `2026-04-14` → `mardi 14 avril 2026`. */
export function formatLongDate(isoDate: string): string {
  const day = calendarDay(isoDate);
  return day === null ? isoDate : longDateFormat.format(day);
}

/** `13:30` → `13 h 30`, `09:00` → `9 h 00` (French typography, non-breaking spaces). */
export function formatTime(time: string): string {
  const match = TIME.exec(time);
  if (match === null) return time;
  return `${Number(match[1])}${NBSP}h${NBSP}${match[2]}`;
}

/** `2011-03-07` → `07/03/2011` (JJ/MM/AAAA, as on the attendance sheet). */
export function formatBirthdate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  return match === null ? isoDate : `${match[3]}/${match[2]}/${match[1]}`;
}

/** An instant in Paris time: `2026-04-14T08:05:00Z` → `14 avril 2026 à 10:05`. */
export function formatDateTime(isoDateTime: string): string {
  const instant = new Date(isoDateTime);
  return Number.isNaN(instant.getTime()) ? isoDateTime : dateTimeFormat.format(instant);
}

/** Extra time is stored as a fraction: `0.3` → `30 %`, `0.333` → `33,3 %`; none → null. */
export function formatExtraTime(fraction: number | null): string | null {
  if (fraction === null || fraction <= 0) return null;
  const percent = Math.round(fraction * 1000) / 10;
  return `${percent.toLocaleString('fr-FR')}${NBSP}%`;
}
