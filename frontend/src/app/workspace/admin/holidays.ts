/** A real calendar date written YYYY-MM-DD (the API's format for holidays). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export type HolidayResult = { ok: true; holidays: string[] } | { ok: false; error: 'invalid' | 'duplicate' };

/** Adds a date to the list, which stays sorted and without duplicates. */
export function addHoliday(holidays: readonly string[], date: string): HolidayResult {
  const value = date.trim();
  if (!isIsoDate(value)) return { ok: false, error: 'invalid' };
  if (holidays.includes(value)) return { ok: false, error: 'duplicate' };
  return { ok: true, holidays: sortHolidays([...holidays, value]) };
}

export function removeHoliday(holidays: readonly string[], date: string): string[] {
  return holidays.filter((d) => d !== date);
}

/** Sorted, duplicates dropped (YYYY-MM-DD sorts as text). */
export function sortHolidays(holidays: readonly string[]): string[] {
  return [...new Set(holidays)].sort();
}
