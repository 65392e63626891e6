/**
 * Periods of the analytics page. Days are calendar days in Asia/Ho_Chi_Minh (UTC+7, no daylight
 * saving), like the API's: "today" is the province's today whatever the browser's time zone.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The API's limit: at most this many days, both ends included. */
export const MAX_DAYS = 366;

const OFFSET_MS = 7 * 3_600_000;
const MS_PER_DAY = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Period {
  from: string;
  to: string;
}

export const PRESETS = ['last7', 'last30', 'lastQuarter'] as const;
export type Preset = (typeof PRESETS)[number];

export type PeriodProblem = 'from' | 'to' | 'order' | 'tooLong';

/** A real date written YYYY-MM-DD (2026-02-30 is not). */
export function isDay(value: string | null | undefined): value is string {
  const m = DAY.exec(value ?? '');
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function dayNumber(day: string): number {
  const m = DAY.exec(day)!;
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / MS_PER_DAY;
}

function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The province's calendar day at an instant. */
export function provincialDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

/** Days from `from` to `to`, both included (1 for a single day, ≤ 0 when `to` is earlier). */
export function daySpan(period: Period): number {
  return dayNumber(period.to) - dayNumber(period.from) + 1;
}

/**
 * A preset period at an instant: the last 7 or 30 days up to and including today, or the last
 * complete calendar quarter (on 26 Nov 2026: 1 Jul – 30 Sep 2026; on 15 Feb 2026: Q4 2025).
 */
export function presetPeriod(preset: Preset, now: Date): Period {
  const today = provincialDay(now);
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'lastQuarter': {
      const [year, month] = today.split('-').map(Number);
      const thisQuarterStart = Date.UTC(year, Math.floor((month - 1) / 3) * 3, 1) / MS_PER_DAY;
      const to = fromDayNumber(thisQuarterStart - 1);
      const [toYear, toMonth] = to.split('-').map(Number);
      return { from: `${toYear}-${String(toMonth - 2).padStart(2, '0')}-01`, to };
    }
  }
}

/** The preset a period is at this instant, if any (to show the chosen button as pressed). */
export function presetOf(period: Period, now: Date): Preset | null {
  return PRESETS.find((p) => {
    const candidate = presetPeriod(p, now);
    return candidate.from === period.from && candidate.to === period.to;
  }) ?? null;
}

/** What is wrong with a period the API would refuse, or null. */
export function periodProblem(from: string | null | undefined, to: string | null | undefined): PeriodProblem | null {
  if (!isDay(from)) return 'from';
  if (!isDay(to)) return 'to';
  const span = daySpan({ from, to });
  if (span < 1) return 'order';
  if (span > MAX_DAYS) return 'tooLong';
  return null;
}

/** The quarter a day falls in, e.g. { quarter: 3, year: 2026 } (for the preset's label). */
export function quarterOf(day: string): { quarter: number; year: number } {
  const [year, month] = day.split('-').map(Number);
  return { quarter: Math.floor((month - 1) / 3) + 1, year };
}
