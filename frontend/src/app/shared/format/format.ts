/**
 * Number formatting for investors, per UI language. Pure functions (no Angular), so they can be
 * used in templates through `computed()` and in unit tests alike.
 *
 * Every helper takes what the API sends (a number, a decimal string such as `CapitalDto.vnd`, or
 * nothing) and returns '' when there is no usable value, so callers decide what "unknown" shows.
 */
export type FormatLang = 'vi' | 'en';

const LOCALE: Readonly<Record<FormatLang, string>> = { vi: 'vi-VN', en: 'en-US' };

const BILLION = 1e9;
const MILLION = 1e6;

/** A finite number from a number or a decimal string; null for anything else. */
export function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

function decimal(n: number, lang: FormatLang, maxFraction: number): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    maximumFractionDigits: maxFraction,
    minimumFractionDigits: 0,
  }).format(n);
}

/** Fewer decimals as the number grows: 1,250 · 12.5 · 0.75. */
function significant(n: number, lang: FormatLang): string {
  const abs = Math.abs(n);
  return decimal(n, lang, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

/**
 * An amount in VND, the way Vietnamese investment documents write it: in billions
 * ("1.250 tỷ đồng" / "VND 1,250 billion"), or in millions below one billion.
 */
export function formatVnd(value: number | string | null | undefined, lang: FormatLang): string {
  const n = toNumber(value);
  if (n === null) return '';
  if (Math.abs(n) >= BILLION || n === 0) {
    const amount = significant(n / BILLION, lang);
    return lang === 'vi' ? `${amount} tỷ đồng` : `VND ${amount} billion`;
  }
  const amount = significant(n / MILLION, lang);
  return lang === 'vi' ? `${amount} triệu đồng` : `VND ${amount} million`;
}

/** An amount in US dollars: "≈ 49,2 triệu USD" / "US$49.2 million" (billions from 1e9 up). */
export function formatUsd(value: number | string | null | undefined, lang: FormatLang): string {
  const n = toNumber(value);
  if (n === null) return '';
  const abs = Math.abs(n);
  if (abs >= BILLION) {
    const amount = significant(n / BILLION, lang);
    return lang === 'vi' ? `${amount} tỷ USD` : `US$${amount} billion`;
  }
  if (abs >= MILLION) {
    const amount = significant(n / MILLION, lang);
    return lang === 'vi' ? `${amount} triệu USD` : `US$${amount} million`;
  }
  const amount = decimal(n, lang, 0);
  return lang === 'vi' ? `${amount} USD` : `US$${amount}`;
}

/** A land area in hectares: "12,5 ha" / "12.5 ha". */
export function formatArea(value: number | string | null | undefined, lang: FormatLang): string {
  const n = toNumber(value);
  if (n === null) return '';
  return `${decimal(n, lang, Math.abs(n) >= 100 ? 0 : 2)} ha`;
}

/** A plain count with the language's grouping: "1.234" / "1,234". */
export function formatCount(value: number | null | undefined, lang: FormatLang): string {
  const n = toNumber(value);
  return n === null ? '' : decimal(n, lang, 0);
}
