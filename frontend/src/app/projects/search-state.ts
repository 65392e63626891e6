/**
 * The project search page's whole state lives in the URL query, so a search can be shared and the
 * Back button restores it. This file holds the pure parts: URL ⇄ state, state → API query, and
 * the highlight splitting of API texts. No Angular here, so everything is unit-tested directly.
 */
import type { QueryOf } from '../core/api/api';

/** Query parameters of the project search API (the map points endpoint takes the same). */
export type SearchApiQuery = QueryOf<'/api/v1/search/projects'>;

/** Facet groups in the order the page shows them; each is a URL and API parameter of codes. */
export const FACET_KEYS = [
  'sector',
  'unit',
  'department',
  'form',
  'land',
  'capital',
  'area',
  'status',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const SORTS = [
  'relevance',
  'newest',
  'capital_desc',
  'capital_asc',
  'area_desc',
  'area_asc',
] as const;
export type SortKey = (typeof SORTS)[number];
export const DEFAULT_SORT: SortKey = 'relevance';

export const PAGE_SIZE = 20;
/** Longest query we keep from a URL (the API rejects longer ones anyway). */
const MAX_Q = 200;
/** Codes are short slugs; anything else in a URL is dropped rather than sent. */
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** A map box: west, south, east, north in degrees (the API's `bbox` order). */
export type Bbox = readonly [west: number, south: number, east: number, north: number];

export interface SearchState {
  q: string;
  filters: Readonly<Record<FacetKey, readonly string[]>>;
  sort: SortKey;
  page: number;
  bbox: Bbox | null;
}

/** What the router gives us: `ParamMap` fits, and so does a `URLSearchParams`. */
export interface ParamSource {
  get(name: string): string | null;
}

export function emptyFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, []])) as unknown as Record<FacetKey, string[]>;
}

export const EMPTY_STATE: SearchState = {
  q: '',
  filters: emptyFilters(),
  sort: DEFAULT_SORT,
  page: 1,
  bbox: null,
};

function parseCodes(raw: string | null): string[] {
  if (!raw) return [];
  const codes = raw
    .split(',')
    .map((c) => c.trim())
    .filter((c) => CODE.test(c));
  return [...new Set(codes)];
}

/** Five decimals are about one metre: plenty for a map box, and short URLs. */
function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

export function parseBbox(raw: string | null | undefined): Bbox | null {
  if (!raw) return null;
  const parts = raw.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [west, south, east, north] = parts;
  const lngOk = (n: number) => n >= -180 && n <= 180;
  const latOk = (n: number) => n >= -90 && n <= 90;
  if (!lngOk(west) || !lngOk(east) || !latOk(south) || !latOk(north)) return null;
  if (west >= east || south >= north) return null;
  return [round(west), round(south), round(east), round(north)];
}

export function formatBbox(bbox: Bbox): string {
  return bbox.map(round).join(',');
}

export function parseSearchState(params: ParamSource): SearchState {
  const filters = emptyFilters();
  for (const key of FACET_KEYS) filters[key] = parseCodes(params.get(key));
  const sortRaw = params.get('sort');
  const sort = (SORTS as readonly string[]).includes(sortRaw ?? '') ? (sortRaw as SortKey) : DEFAULT_SORT;
  const pageRaw = Number(params.get('page'));
  const page = Number.isInteger(pageRaw) && pageRaw >= 1 && pageRaw <= 10_000 ? pageRaw : 1;
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_Q),
    filters,
    sort,
    page,
    bbox: parseBbox(params.get('bbox')),
  };
}

/**
 * Query params for `router.navigate([], { queryParams })`: defaults are left out, so the
 * plain page stays `/vi/projects` and equal states give equal URLs.
 */
export function toQueryParams(state: SearchState): Record<string, string> {
  const params: Record<string, string> = {};
  const q = state.q.trim();
  if (q) params['q'] = q;
  for (const key of FACET_KEYS) {
    const codes = state.filters[key];
    if (codes.length) params[key] = codes.join(',');
  }
  if (state.sort !== DEFAULT_SORT) params['sort'] = state.sort;
  if (state.page > 1) params['page'] = String(state.page);
  if (state.bbox) params['bbox'] = formatBbox(state.bbox);
  return params;
}

export function activeFilterCount(state: SearchState): number {
  return FACET_KEYS.reduce((n, k) => n + state.filters[k].length, 0) + (state.bbox ? 1 : 0);
}

/** A copy with one facet value switched on or off; any change of filters goes back to page 1. */
export function toggleFilter(state: SearchState, key: FacetKey, code: string, on: boolean): SearchState {
  const current = state.filters[key].filter((c) => c !== code);
  return {
    ...state,
    filters: { ...state.filters, [key]: on ? [...current, code] : current },
    page: 1,
  };
}

/** The API query of a state (without `lang`): filters as comma-separated codes. */
export function toApiQuery(state: SearchState): SearchApiQuery {
  const query: SearchApiQuery = { page: state.page, pageSize: PAGE_SIZE };
  if (state.q.trim()) query.q = state.q.trim();
  for (const key of FACET_KEYS) {
    if (state.filters[key].length) query[key] = state.filters[key].join(',');
  }
  if (state.sort !== DEFAULT_SORT) query.sort = state.sort;
  if (state.bbox) query.bbox = formatBbox(state.bbox);
  return query;
}

/** The map points query of a state: the same filters, without paging and order. */
export function toMapQuery(state: SearchState): SearchApiQuery {
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = toApiQuery(state);
  return filters;
}

/** One piece of a highlighted text: `mark` pieces matched the query. */
export interface TextPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * Splits an API highlight into plain-text parts, so the template renders matches as `<mark>`
 * elements with text bindings and never passes API text to innerHTML. Accepts the raw markers
 * (\u0001 … \u0002) and the escaped-HTML form (`&lt;` text with `<mark>` … `</mark>`).
 */
export function splitHighlight(value: string | null | undefined): TextPart[] {
  if (!value) return [];
  const html = value.includes('<mark>') || value.includes('</mark>');
  const normalized = html
    ? value.replaceAll('<mark>', '\u0001').replaceAll('</mark>', '\u0002')
    : value;
  const parts: TextPart[] = [];
  let mark = false;
  let buffer = '';
  const flush = () => {
    if (buffer) {
      const text = html ? decodeEntities(buffer) : buffer;
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
    buffer = '';
  };
  for (const ch of normalized) {
    if (ch === '\u0001' || ch === '\u0002') {
      flush();
      mark = ch === '\u0001';
    } else {
      buffer += ch;
    }
  }
  flush();
  return parts;
}

/** The plain text of a highlight (for titles, alt texts and announcements). */
export function plainText(value: string | null | undefined): string {
  return splitHighlight(value)
    .map((p) => p.text)
    .join('');
}
