/**
 * Calendar days of the province (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): every analytics
 * figure is bucketed by the day a reader in Sóc Trăng would name, not by the server's UTC day.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The provincial calendar day of an instant, as YYYY-MM-DD. */
export function localDay(at: Date): string {
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A real date written YYYY-MM-DD (2026-02-30 is not). */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function dayNumber(day: string): number {
  const m = DAY.exec(day)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** Days from `from` to `to`, both included; 1 when they are the same day, ≤ 0 when `to` is earlier. */
export function daySpan(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/** Every day from `from` to `to`, both included (empty when `to` is earlier). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(new Date(n * MS_PER_DAY).toISOString().slice(0, 10));
  return out;
}
