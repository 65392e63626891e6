/**
 * URLs of the portal's API and pages, built from the portal origin. Pure.
 */
import { FILTER_KEYS, type Filters, type Lang } from './attrs';

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

/** `base?k=v&…`, leaving out empty values; arrays become comma-separated lists. */
export function withQuery(base: string, params: Readonly<Record<string, QueryValue>>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === false || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(key, value.join(','));
    } else {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

export function apiUrl(portal: string, path: string, params: Readonly<Record<string, QueryValue>> = {}): string {
  return withQuery(`${portal}/api/v1${path}`, params);
}

/** A page of the public site: `{portal}/{lang}/projects`, `{portal}/{lang}/policies/{slug}`… */
export function pageUrl(portal: string, lang: Lang, section: 'projects' | 'policies', slug?: string): string {
  return `${portal}/${lang}/${section}${slug ? `/${encodeURIComponent(slug)}` : ''}`;
}

/** The portal's own list page with the widget's filters, newest first (the widget's order). */
export function seeAllUrl(portal: string, lang: Lang, section: 'projects' | 'policies', filters: Filters): string {
  const params: Record<string, QueryValue> = {};
  for (const key of FILTER_KEYS) params[key] = filters[key];
  params['sort'] = 'newest';
  return withQuery(pageUrl(portal, lang, section), params);
}

/** True when every filter has at most one code (what the plain list endpoints accept). */
export function singleCodes(filters: Filters): boolean {
  return FILTER_KEYS.every((k) => filters[k].length <= 1);
}

export interface ProjectsOptions {
  lang: Lang;
  limit: number;
  filters: Filters;
  featured: boolean;
  /** One project by slug (the oEmbed card): everything else is ignored. */
  project: string | null;
}

/** How a widget gets its data: which URL, and whether the filters are then applied in the browser. */
export interface Plan {
  url: string;
  kind: 'one' | 'list' | 'search';
  /** The response holds more than asked (or unfiltered items): filter and cut to `limit` here. */
  filterHere: boolean;
}

/** Enough to hold every featured call (the editorial board features a handful). */
export const FEATURED_FETCH = 100;

/**
 * The plain list `GET /api/v1/projects` is what the portal's home page uses (newest first, the
 * `featured` flag, one code per filter, no search-log entry). Several codes in one filter need the
 * search API (`sort=newest`), which has no `featured`: featured calls with several codes are then
 * fetched all at once and filtered here.
 */
export function planProjects(portal: string, o: ProjectsOptions): Plan {
  if (o.project) return { url: apiUrl(portal, `/projects/${encodeURIComponent(o.project)}`, { lang: o.lang }), kind: 'one', filterHere: false };
  const { sector, unit, department } = o.filters;
  if (singleCodes(o.filters)) {
    return {
      url: apiUrl(portal, '/projects', { lang: o.lang, pageSize: o.limit, sector, unit, department, featured: o.featured }),
      kind: 'list',
      filterHere: false,
    };
  }
  if (o.featured) {
    return { url: apiUrl(portal, '/projects', { lang: o.lang, pageSize: FEATURED_FETCH, featured: true }), kind: 'list', filterHere: true };
  }
  return {
    url: apiUrl(portal, '/search/projects', { lang: o.lang, pageSize: o.limit, sort: 'newest', sector, unit, department }),
    kind: 'search',
    filterHere: false,
  };
}

export interface PoliciesOptions {
  lang: Lang;
  limit: number;
  filters: Filters;
}

/** `GET /api/v1/policies` (newest first, with validity); the search API for several codes per filter. */
export function planPolicies(portal: string, o: PoliciesOptions): Plan {
  const { sector, unit, department } = o.filters;
  const params = { lang: o.lang, pageSize: o.limit, sector, unit, department };
  return singleCodes(o.filters)
    ? { url: apiUrl(portal, '/policies', params), kind: 'list', filterHere: false }
    : { url: apiUrl(portal, '/search/policies', { ...params, sort: 'newest' }), kind: 'search', filterHere: false };
}

/** Map points of every matching project (filters as lists), and the map settings. */
export function mapUrls(portal: string, lang: Lang, filters: Filters): { points: string; settings: string } {
  const { sector, unit, department } = filters;
  return {
    points: apiUrl(portal, '/search/projects/map', { lang, sector, unit, department }),
    settings: apiUrl(portal, '/settings/public'),
  };
}
