/**
 * The policy list keeps its whole state in the URL query (shareable, Back restores it), like the
 * project search. Pure parts only: URL ⇄ state and state → API query.
 */
import type { QueryOf } from '../core/api/api';

export type PolicySearchQuery = QueryOf<'/api/v1/search/policies'>;

export const POLICY_FACETS = ['incentive', 'sector', 'unit', 'department'] as const;
export type PolicyFacet = (typeof POLICY_FACETS)[number];

export const POLICY_SORTS = ['relevance', 'newest', 'title'] as const;
export type PolicySort = (typeof POLICY_SORTS)[number];

export const POLICY_PAGE_SIZE = 10;
const MAX_Q = 200;
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export interface PolicyState {
  q: string;
  filters: Readonly<Record<PolicyFacet, readonly string[]>>;
  sort: PolicySort;
  page: number;
}

export interface ParamSource {
  get(name: string): string | null;
}

function emptyFilters(): Record<PolicyFacet, string[]> {
  return { incentive: [], sector: [], unit: [], department: [] };
}

export const EMPTY_POLICY_STATE: PolicyState = { q: '', filters: emptyFilters(), sort: 'relevance', page: 1 };

function parseCodes(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((c) => c.trim()).filter((c) => CODE.test(c)))];
}

export function parsePolicyState(params: ParamSource): PolicyState {
  const filters = emptyFilters();
  for (const key of POLICY_FACETS) filters[key] = parseCodes(params.get(key));
  const sortRaw = params.get('sort') ?? '';
  const sort = (POLICY_SORTS as readonly string[]).includes(sortRaw) ? (sortRaw as PolicySort) : 'relevance';
  const pageRaw = Number(params.get('page'));
  const page = Number.isInteger(pageRaw) && pageRaw >= 1 && pageRaw <= 10_000 ? pageRaw : 1;
  return { q: (params.get('q') ?? '').trim().slice(0, MAX_Q), filters, sort, page };
}

/** Query params for the router: defaults left out, so equal states give equal URLs. */
export function policyQueryParams(state: PolicyState): Record<string, string> {
  const params: Record<string, string> = {};
  if (state.q.trim()) params['q'] = state.q.trim();
  for (const key of POLICY_FACETS) if (state.filters[key].length) params[key] = state.filters[key].join(',');
  if (state.sort !== 'relevance') params['sort'] = state.sort;
  if (state.page > 1) params['page'] = String(state.page);
  return params;
}

export function policyApiQuery(state: PolicyState): PolicySearchQuery {
  const query: PolicySearchQuery = { page: state.page, pageSize: POLICY_PAGE_SIZE };
  if (state.q.trim()) query.q = state.q.trim();
  for (const key of POLICY_FACETS) if (state.filters[key].length) query[key] = state.filters[key].join(',');
  if (state.sort !== 'relevance') query.sort = state.sort;
  return query;
}

/** A copy with one facet value switched on or off, back on page 1. */
export function togglePolicyFilter(state: PolicyState, key: PolicyFacet, code: string, on: boolean): PolicyState {
  const rest = state.filters[key].filter((c) => c !== code);
  return { ...state, filters: { ...state.filters, [key]: on ? [...rest, code] : rest }, page: 1 };
}

export function policyFilterCount(state: PolicyState): number {
  return POLICY_FACETS.reduce((n, k) => n + state.filters[k].length, 0);
}
