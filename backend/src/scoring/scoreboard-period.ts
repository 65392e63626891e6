import { FieldError } from '../common/errors.js';

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving time since 1975). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/** Three years, one of them a leap year: the longest period a scoreboard covers. */
export const MAX_PERIOD_DAYS = 3 * 365 + 1;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A period of whole calendar days in Vietnam: `from` 00:00 to the end of `to`, both inclusive.
 * `start` and `end` are the instants bounding it, `end` exclusive (00:00 of the day after `to`).
 */
export interface Period {
  from: string;
  to: string;
  days: number;
  start: Date;
  end: Date;
}

/** A YYYY-MM-DD calendar date as the UTC midnight of that date (a day number, not an instant). */
function dayValue(text: string, field: string): number {
  const m = DATE.exec(text);
  if (!m) throw new FieldError(field, `${field} must be a date written YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const value = Date.UTC(y, mo - 1, d);
  const back = new Date(value);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new FieldError(field, `${field} is not a calendar date (${text})`);
  }
  if (y < 2000 || y > 2100) throw new FieldError(field, `${field} must lie between 2000 and 2100`);
  return value;
}

const dayText = (value: number) => new Date(value).toISOString().slice(0, 10);

function periodOf(fromDay: number, toDay: number): Period {
  return {
    from: dayText(fromDay),
    to: dayText(toDay),
    days: Math.round((toDay - fromDay) / DAY_MS) + 1,
    start: new Date(fromDay - VN_OFFSET_MS),
    end: new Date(toDay + DAY_MS - VN_OFFSET_MS),
  };
}

/** Checks and converts the query's dates; a 400 naming the field otherwise. */
export function parsePeriod(from: string, to: string, maxDays = MAX_PERIOD_DAYS): Period {
  const fromDay = dayValue(from, 'from');
  const toDay = dayValue(to, 'to');
  if (fromDay > toDay) throw new FieldError('to', 'to must not be before from');
  const period = periodOf(fromDay, toDay);
  if (period.days > maxDays) throw new FieldError('to', `the period must not be longer than ${maxDays} days`);
  return period;
}

/** The period of the same number of days that ends the day before `p` starts (for the trend). */
export function previousPeriod(p: Period): Period {
  const fromDay = Date.parse(`${p.from}T00:00:00Z`);
  return periodOf(fromDay - p.days * DAY_MS, fromDay - DAY_MS);
}

/** The Vietnam calendar date of an instant, YYYY-MM-DD. */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}
