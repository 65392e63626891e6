/** Offset of Asia/Ho_Chi_Minh (no daylight saving time since 1975). */
const VN_OFFSET_MS = 7 * 3600_000;

/**
 * When an inquiry received at `from` is due: the same time of day `days` working days later,
 * where working days are Monday–Friday in Vietnam that are not in `holidays` (YYYY-MM-DD, Vietnam
 * dates). An inquiry sent on a day off counts from 08:00 of the next working day.
 */
export function dueAfterWorkingDays(from: Date, days: number, holidays: ReadonlySet<string> = new Set()): Date {
  // Work in "Vietnam wall-clock as UTC" so getUTCDay() is the local weekday.
  const local = new Date(from.getTime() + VN_OFFSET_MS);
  const weekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6 || holidays.has(d.toISOString().slice(0, 10));
  if (weekend(local)) {
    while (weekend(local)) local.setUTCDate(local.getUTCDate() + 1);
    local.setUTCHours(8, 0, 0, 0);
  }
  let left = days;
  while (left > 0) {
    local.setUTCDate(local.getUTCDate() + 1);
    if (!weekend(local)) left--;
  }
  return new Date(local.getTime() - VN_OFFSET_MS);
}
