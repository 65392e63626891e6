/**
 * Attribute parsing of the widgets. Pure: every function takes the raw attribute value (null when
 * absent) and returns a valid value; anything invalid falls back to the default, never throws.
 */
export type Lang = 'vi' | 'en';

/** Taxonomy, unit and department codes, as the API accepts them. */
const CODE = /^[A-Za-z0-9_-]{1,64}$/;
/** Published slugs are lower-case ASCII (the API refuses anything else). */
const SLUG = /^[a-z0-9-]{1,120}$/;
/** The API accepts at most 50 codes per filter. */
const MAX_CODES = 50;

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 20;
export const DEFAULT_MAP_HEIGHT = 400;
const MIN_MAP_HEIGHT = 150;
const MAX_MAP_HEIGHT = 2000;

/** 'en' (also en-GB, EN…) or 'vi', the default. */
export function parseLang(raw: string | null): Lang {
  return /^en(-|$)/i.test(raw?.trim() ?? '') ? 'en' : 'vi';
}

/** A whole number from 1 to 20; the default (5) otherwise. */
export function parseLimit(raw: string | null): number {
  const text = raw?.trim() ?? '';
  const n = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  return n >= 1 && n <= MAX_LIMIT ? n : DEFAULT_LIMIT;
}

/** "a, b,a,bad code" → ['a', 'b']: valid codes, once each, in order. */
export function parseCodes(raw: string | null): string[] {
  if (!raw) return [];
  const codes = raw
    .split(',')
    .map((c) => c.trim())
    .filter((c) => CODE.test(c));
  return [...new Set(codes)].slice(0, MAX_CODES);
}

/** A boolean attribute: present is true, except the explicit word "false". */
export function parseBool(raw: string | null): boolean {
  return raw !== null && raw.trim().toLowerCase() !== 'false';
}

export function parseSlug(raw: string | null): string | null {
  const slug = raw?.trim() ?? '';
  return SLUG.test(slug) ? slug : null;
}

/** The origin of an http(s) URL; the fallback for anything else. */
export function parseOrigin(raw: string | null, fallback: string): string {
  if (!raw) return fallback;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : fallback;
  } catch {
    return fallback;
  }
}

const TARGETS = ['_blank', '_self', '_parent', '_top'];

/** Where the search form opens its results: a browsing-context keyword, `_blank` by default. */
export function parseTarget(raw: string | null): string {
  const target = raw?.trim().toLowerCase() ?? '';
  return TARGETS.includes(target) ? target : '_blank';
}

/** Map height in CSS pixels ("480" or "480px"), 150–2000; 400 otherwise. */
export function parseHeight(raw: string | null): number {
  const m = /^(\d{1,4})(px)?$/i.exec(raw?.trim() ?? '');
  const n = m ? Number(m[1]) : Number.NaN;
  return n >= MIN_MAP_HEIGHT && n <= MAX_MAP_HEIGHT ? n : DEFAULT_MAP_HEIGHT;
}

/** The filters every list widget takes. */
export interface Filters {
  sector: string[];
  unit: string[];
  department: string[];
}

export const FILTER_KEYS = ['sector', 'unit', 'department'] as const;

export function parseFilters(get: (name: string) => string | null): Filters {
  return { sector: parseCodes(get('sector')), unit: parseCodes(get('unit')), department: parseCodes(get('department')) };
}
