/** A session number as typed: digits only, else null. */
export function sessionNumberOf(typed: string): number | null {
  const trimmed = typed.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value > 0 ? value : null;
}
