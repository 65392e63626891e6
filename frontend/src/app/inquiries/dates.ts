import type { Lang } from '../core/i18n/lang';

/** Deadlines are set in the province's time: show them there, with the offset, wherever the reader is. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * Date, then time with the offset: "Thứ Sáu, 4 tháng 12, 2026, 17:00 GMT+7" /
 * "Friday 4 December 2026, 17:00 GMT+7" ('' for a bad value). Composed from two formats because
 * ICU's combined Vietnamese pattern puts the time first ("lúc 17:00 … Thứ Sáu, …").
 */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  const date = parse(iso);
  if (!date) return '';
  const day = new Intl.DateTimeFormat(LOCALE[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: PROVINCE_TIME_ZONE,
  }).format(date);
  const time = new Intl.DateTimeFormat(LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: PROVINCE_TIME_ZONE,
    timeZoneName: 'short',
  }).format(date);
  return `${day}, ${time}`;
}

/** A calendar date in the province's time zone: "4 tháng 12, 2026" / "4 December 2026". */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  const date = parse(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: PROVINCE_TIME_ZONE,
  }).format(date);
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
