import type { Lang } from '../../core/i18n/lang';
import { TIME_ZONE } from './period';

/**
 * Numbers of the scoreboard in the reader's language: Vietnamese writes "70,5" and "1.234",
 * English "70.5" and "1,234". Missing values (`null`: nothing to measure) are a dash; the page
 * says in words what the dash means.
 */
export const NONE = '—';

const LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, format);
  }
  return format;
}

/** A whole count: "1.234" / "1,234". */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? NONE : formatter(lang, 0, 0).format(value);
}

/** A total score 0–100 with exactly one decimal: "70,0" / "70.0". */
export function formatScore(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? NONE : formatter(lang, 1, 1).format(value);
}

/** A number with up to `digits` decimals, no trailing zeros: "12,5" / "12.5", "3". */
export function formatDecimal(value: number | null | undefined, lang: Lang, digits = 2): string {
  return value === null || value === undefined ? NONE : formatter(lang, 0, digits).format(value);
}

/** A percentage given as 0–100, one decimal at most: "66,7 %" / "66.7%". */
export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return NONE;
  const number = formatter(lang, 0, 1).format(value);
  // Vietnamese style guides put a space before the sign; a no-break space keeps them together.
  return lang === 'vi' ? `${number}\u00a0%` : `${number}%`;
}

/** A share given as 0–1 (component values, effective weights) as a percentage: 0.7767 → "77,7 %". */
export function formatShare(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? NONE : formatPercent(Math.round(value * 1000) / 10, lang);
}

export type Trend = 'up' | 'down' | 'same';

/** Which way the total moved against the previous period (null: nothing to compare). */
export function trendOf(delta: number | null | undefined): Trend | null {
  if (delta === null || delta === undefined) return null;
  if (delta > 0) return 'up';
  if (delta < 0) return 'down';
  return 'same';
}

/** A change with its sign and one decimal: "+3,5", "−2,0" (a real minus sign), "0,0". */
export function formatDelta(delta: number | null | undefined, lang: Lang): string {
  const trend = trendOf(delta);
  if (trend === null) return NONE;
  const number = formatScore(Math.abs(delta!), lang);
  return trend === 'up' ? `+${number}` : trend === 'down' ? `\u2212${number}` : number;
}

/**
 * An instant as a short date and time in the province's time (UTC+7), the same wherever the
 * reader is: "04/12/2026 17:00" in both languages (24-hour clock).
 */
export function formatShortDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return NONE;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return NONE;
  const date = new Intl.DateTimeFormat(LOCALE[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(at);
  const time = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(at);
  return `${date} ${time}`;
}
