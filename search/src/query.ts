import type { MultiSearchQuery, SearchParams } from 'meilisearch';
import { hasDiacritics, toneSpelling } from './vietnamese.js';

/** Facets users can filter on, by their public name → the document attribute (stable codes only). */
export const PROJECT_FACETS = {
  sector: 'sector_codes',
  unit: 'unit_code',
  department: 'department_code',
  form: 'investment_form_code',
  land: 'land_status',
  capital: 'capital_band',
  area: 'area_band',
  status: 'status',
} as const;
export type ProjectFacet = keyof typeof PROJECT_FACETS;

export const PROJECT_SORTS = {
  relevance: [],
  newest: ['published_at:desc'],
  capital_desc: ['capital_vnd:desc'],
  capital_asc: ['capital_vnd:asc'],
  area_desc: ['area_ha:desc'],
  area_asc: ['area_ha:asc'],
  title: ['title_sort:asc'],
} as const;
export type ProjectSort = keyof typeof PROJECT_SORTS | 'distance';

export interface ProjectQuery {
  q: string;
  lang: 'vi' | 'en';
  filters: Partial<Record<ProjectFacet, string[]>>;
  capital?: { min?: number; max?: number };
  area?: { min?: number; max?: number };
  /** west, south, east, north */
  bbox?: [number, number, number, number];
  near?: { lat: number; lng: number; km: number };
  sort: ProjectSort;
  page: number;
  pageSize: number;
}

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export class QueryError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A value inside a Meilisearch filter: only codes we accept, always quoted (no filter injection). */
function quote(field: string, value: string): string {
  if (!CODE.test(value)) throw new QueryError(field, `${field} values are codes of letters, digits, "-" and "_"`);
  return JSON.stringify(value);
}

function finite(field: string, n: number): number {
  if (!Number.isFinite(n)) throw new QueryError(field, `${field} must be a number`);
  return n;
}

/** The filter expression for everything selected, optionally leaving one facet out (disjunctive counts). */
export function projectFilter(query: ProjectQuery, except?: ProjectFacet): string[] {
  const parts: string[] = [];
  for (const [facet, values] of Object.entries(query.filters) as [ProjectFacet, string[]][]) {
    if (facet === except || !values?.length) continue;
    const attr = PROJECT_FACETS[facet];
    parts.push(`${attr} IN [${values.map((v) => quote(facet, v)).join(', ')}]`);
  }
  const range = (attr: string, name: string, r?: { min?: number; max?: number }) => {
    if (r?.min !== undefined) parts.push(`${attr} >= ${finite(`${name}Min`, r.min)}`);
    if (r?.max !== undefined) parts.push(`${attr} <= ${finite(`${name}Max`, r.max)}`);
  };
  range('capital_vnd', 'capital', query.capital);
  range('area_ha', 'area', query.area);
  if (query.bbox) {
    const [west, south, east, north] = query.bbox.map((n) => finite('bbox', n));
    if (south > north || west > east || south < -90 || north > 90 || west < -180 || east > 180) {
      throw new QueryError('bbox', 'bbox must be west,south,east,north with west < east and south < north');
    }
    // Meilisearch wants the top-right corner first; swapped corners would silently mean "everything outside".
    parts.push(`_geoBoundingBox([${north}, ${east}], [${south}, ${west}])`);
  }
  if (query.near) {
    const { lat, lng, km } = query.near;
    if (Math.abs(finite('near', lat)) > 90 || Math.abs(finite('near', lng)) > 180 || !(finite('near', km) > 0) || km > 500) {
      throw new QueryError('near', 'near must be lat,lng,km with a radius of up to 500 km');
    }
    parts.push(`_geoRadius(${lat}, ${lng}, ${Math.round(km * 1000)})`);
  }
  return parts;
}

/**
 * The text Meilisearch gets. A query typed with diacritics also carries its tone spelling; with the
 * "last" matching strategy, documents with the exact tones match more words and rank first, while
 * folded matches ("đặt" for "đất") still follow.
 */
export function searchText(q: string): string {
  const text = q.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, 200);
  const tones = hasDiacritics(text) ? toneSpelling(text) : '';
  return tones ? `${text} ${tones}` : text;
}

export interface BuiltSearch {
  main: MultiSearchQuery;
  /** One query per selected facet, without that facet's own filter, for its counts. */
  facetQueries: { facet: ProjectFacet; query: MultiSearchQuery }[];
}

/**
 * What a result card needs. Without this every hit carried the whole document (both descriptions)
 * and a formatted copy of it: ~100 KB a page to transfer and parse. Cropped snippets still come in
 * `_formatted` for attributes that are not retrieved.
 */
export const PROJECT_HIT_FIELDS = ['slug', 'code', 'status', 'title_vi', 'title_en', 'summary_vi', 'summary_en', 'sector_codes', 'unit_code', 'department_code', '_geo', 'capital_vnd', 'area_ha'] as const;
export const POLICY_HIT_FIELDS = ['slug', 'code', 'title_vi', 'title_en', 'summary_vi', 'summary_en', 'legal_number', 'incentive_types'] as const;

export function buildProjectSearch(indexUid: string, query: ProjectQuery): BuiltSearch {
  const text = searchText(query.q);
  const selected = (Object.keys(query.filters) as ProjectFacet[]).filter((f) => query.filters[f]?.length);
  const unselected = (Object.keys(PROJECT_FACETS) as ProjectFacet[]).filter((f) => !selected.includes(f));
  let sort: string[] = [...(query.sort === 'distance' ? [] : PROJECT_SORTS[query.sort])];
  if (query.sort === 'distance') {
    const at = query.near ?? (query.bbox ? { lat: (query.bbox[1] + query.bbox[3]) / 2, lng: (query.bbox[0] + query.bbox[2]) / 2 } : null);
    if (!at) throw new QueryError('sort', 'sort=distance needs near or bbox');
    sort = [`_geoPoint(${at.lat}, ${at.lng}):asc`];
  }
  const lang = query.lang;
  const params: SearchParams = {
    filter: projectFilter(query),
    facets: unselected.map((f) => PROJECT_FACETS[f]),
    sort: sort.length ? sort : undefined,
    page: query.page,
    hitsPerPage: query.pageSize,
    matchingStrategy: 'last',
    attributesToRetrieve: [...PROJECT_HIT_FIELDS],
    attributesToHighlight: [`title_${lang}`, `summary_${lang}`, 'title_vi', 'summary_vi'],
    attributesToCrop: [`description_${lang}`, 'description_vi'],
    cropLength: 30,
    // Control characters as markers: the API escapes the text, then turns them into <mark>.
    highlightPreTag: '\u0001',
    highlightPostTag: '\u0002',
  };
  const main: MultiSearchQuery = { indexUid, q: text, ...params };
  const facetQueries = selected.map((facet) => ({
    facet,
    query: { indexUid, q: text, filter: projectFilter(query, facet), facets: [PROJECT_FACETS[facet]], limit: 0, matchingStrategy: 'last' as const },
  }));
  return { main, facetQueries };
}

// ---- policies ----

export const POLICY_FACETS = {
  sector: 'sector_codes',
  unit: 'unit_codes',
  department: 'department_code',
  incentive: 'incentive_types',
} as const;
export type PolicyFacet = keyof typeof POLICY_FACETS;

export const POLICY_SORTS = { relevance: [], newest: ['published_at:desc'], title: ['title_sort:asc'] } as const;
export type PolicySort = keyof typeof POLICY_SORTS;

export interface PolicyQuery {
  q: string;
  lang: 'vi' | 'en';
  filters: Partial<Record<PolicyFacet, string[]>>;
  sort: PolicySort;
  page: number;
  pageSize: number;
}

export function policyFilter(query: PolicyQuery, except?: PolicyFacet): string[] {
  const parts: string[] = [];
  for (const [facet, values] of Object.entries(query.filters) as [PolicyFacet, string[]][]) {
    if (facet === except || !values?.length) continue;
    const clause = `${POLICY_FACETS[facet]} IN [${values.map((v) => quote(facet, v)).join(', ')}]`;
    // A policy without units applies to the whole province, so it matches any unit.
    parts.push(facet === 'unit' ? `(${clause} OR unit_codes IS EMPTY)` : clause);
  }
  return parts;
}

export function buildPolicySearch(indexUid: string, query: PolicyQuery): { main: MultiSearchQuery; facetQueries: { facet: PolicyFacet; query: MultiSearchQuery }[] } {
  const text = searchText(query.q);
  const selected = (Object.keys(query.filters) as PolicyFacet[]).filter((f) => query.filters[f]?.length);
  const unselected = (Object.keys(POLICY_FACETS) as PolicyFacet[]).filter((f) => !selected.includes(f));
  const sort = [...POLICY_SORTS[query.sort]];
  const lang = query.lang;
  const main: MultiSearchQuery = {
    indexUid,
    q: text,
    filter: policyFilter(query),
    facets: unselected.map((f) => POLICY_FACETS[f]),
    sort: sort.length ? sort : undefined,
    page: query.page,
    hitsPerPage: query.pageSize,
    matchingStrategy: 'last',
    attributesToRetrieve: [...POLICY_HIT_FIELDS],
    attributesToHighlight: [`title_${lang}`, 'title_vi'],
    attributesToCrop: [`body_${lang}`, 'body_vi'],
    cropLength: 30,
    highlightPreTag: '\u0001',
    highlightPostTag: '\u0002',
  };
  const facetQueries = selected.map((facet) => ({
    facet,
    query: { indexUid, q: text, filter: policyFilter(query, facet), facets: [POLICY_FACETS[facet]], limit: 0, matchingStrategy: 'last' as const },
  }));
  return { main, facetQueries };
}

// ---- news ----

export interface NewsQuery {
  q: string;
  /** Only items in this language; all languages when absent. */
  language?: 'vi' | 'en';
  limit: number;
}

/** News items by relevance (newest first for an empty text), title highlighted, summary cropped. */
export function buildNewsSearch(indexUid: string, query: NewsQuery): MultiSearchQuery {
  const text = searchText(query.q);
  return {
    indexUid,
    q: text,
    filter: query.language ? [`language = ${query.language}`] : undefined,
    sort: text ? undefined : ['published_at:desc'],
    limit: query.limit,
    matchingStrategy: 'last',
    attributesToRetrieve: ['db_id', 'title', 'summary', 'link', 'source', 'image_url', 'language', 'published_at'],
    attributesToHighlight: ['title'],
    attributesToCrop: ['summary'],
    cropLength: 30,
    highlightPreTag: '\u0001',
    highlightPostTag: '\u0002',
  };
}
