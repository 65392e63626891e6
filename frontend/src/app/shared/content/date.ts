/**
 * Dates for investors, per UI language. Pure functions (no Angular).
 *
 * The API sends two kinds of value: calendar dates (`2021-03-26`, e.g. a legal document's date)
 * and instants (`2026-05-04T03:12:00Z`, e.g. when a project was last verified). Calendar dates are
 * formatted as written, never shifted by a time zone; instants are shown in Vietnam time, since
 * the portal and its agencies are there.
 */
export type DateLang = 'vi' | 'en';

const LOCALE: Readonly<Record<DateLang, string>> = { vi: 'vi-VN', en: 'en-GB' };
const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "01/03/2021" / "1 March 2021"; '' when there is no usable value. */
export function formatDate(value: string | null | undefined, lang: DateLang): string {
  if (!value) return '';
  const dateOnly = DATE_ONLY.exec(value);
  const date = dateOnly
    ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])))
    : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: lang === 'vi' ? '2-digit' : 'numeric',
    month: lang === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: dateOnly ? 'UTC' : PORTAL_TIME_ZONE,
  }).format(date);
}

/** Today's calendar date in Vietnam as `YYYY-MM-DD` (what validity dates are compared with). */
export function portalToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: PORTAL_TIME_ZONE,
  }).format(now);
}
