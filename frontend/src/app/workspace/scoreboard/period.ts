/**
 * Periods of the scoreboard. Days are calendar days in Asia/Ho_Chi_Minh (UTC+7 all year, no
 * daylight saving), like the API's (docs/scoring.md): "this quarter" is the province's quarter
 * whatever the browser's time zone.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The API's limit: at most this many days, both ends included (three years with a leap day). */
export const MAX_DAYS = 1096;
/** The API's years. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const OFFSET_MS = 7 * 3_600_000;
const MS_PER_DAY = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Period {
  from: string;
  to: string;
}

/** The presets, the default first. */
export const PRESETS = ['lastQuarter', 'thisQuarter', 'lastYear', 'thisYear'] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 'lastQuarter';

export type PeriodProblem = 'from' | 'to' | 'order' | 'tooLong';

/** A real date written YYYY-MM-DD (2026-02-30 is not) in the years the API accepts. */
export function isDay(value: string | null | undefined): value is string {
  const m = DAY.exec(value ?? '');
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= MIN_YEAR && y <= MAX_YEAR
  );
}

function dayNumber(day: string): number {
  const m = DAY.exec(day)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

function dayText(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** The province's calendar day at an instant. */
export function provincialDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (1 for a single day, ≤ 0 when `to` is earlier). */
export function daySpan(period: Period): number {
  return dayNumber(period.to) - dayNumber(period.from) + 1;
}

/** The calendar quarter a day falls in, e.g. { quarter: 3, year: 2026 }. */
export function quarterOf(day: string): { quarter: number; year: number } {
  const [year, month] = day.split('-').map(Number);
  return { quarter: Math.floor((month - 1) / 3) + 1, year };
}

/** A whole calendar quarter (1–4) of a year. */
export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3;
  // Day 0 of the month after the quarter is its last day.
  return { from: dayText(year, first, 1), to: dayText(year, first + 3, 0) };
}

/**
 * A preset at an instant, in whole calendar quarters or years in Vietnam. On 26 Nov 2026: last
 * quarter 1 Jul – 30 Sep 2026, this quarter 1 Oct – 31 Dec 2026, last year 2025, this year 2026.
 * On 1 Jan 2027 00:30 in Vietnam (still 31 Dec 2026 in UTC) last quarter is Q4 2026.
 */
export function presetPeriod(preset: Preset, now: Date): Period {
  const { quarter, year } = quarterOf(provincialDay(now));
  switch (preset) {
    case 'lastQuarter':
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    case 'thisQuarter':
      return quarterPeriod(year, quarter);
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/** The preset a period is at this instant, if any (to show the chosen button as pressed). */
export function presetOf(period: Period, now: Date): Preset | null {
  return (
    PRESETS.find((p) => {
      const candidate = presetPeriod(p, now);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
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

/**
 * The period a URL asks for: both dates as given, or the default preset when neither is given
 * (a half-given period is shown as it is, so the form can say what is missing).
 */
export function periodFromQuery(from: string | null, to: string | null, now: Date): Period {
  if (!from && !to) return presetPeriod(DEFAULT_PRESET, now);
  return { from: from ?? '', to: to ?? '' };
}
