import { computed, inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type ParamMap, type Params, Router } from '@angular/router';

/** What the workspace lists keep in the URL: the query, the current page and ways to change them. */
export interface ListUrlState {
  /** The current query parameters. */
  readonly query: Signal<ParamMap>;
  /** `?page=` as a page number (1 when missing or invalid). */
  readonly page: Signal<number>;
  /** Changes filters and goes back to page 1; `merge` keeps the other query parameters. */
  filter(changes: Params, merge: boolean): void;
  /** Goes to a page, keeping the filters. */
  goTo(page: number): void;
}

/** URL state of a paginated list (`?…&page=2`); call in an injection context. */
export function injectListUrlState(): ListUrlState {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const query = toSignal(route.queryParamMap, { initialValue: route.snapshot.queryParamMap });
  return {
    query,
    page: computed(() => Math.max(1, Math.trunc(Number(query().get('page'))) || 1)),
    filter(changes, merge) {
      void router.navigate([], {
        relativeTo: route,
        queryParams: { ...changes, page: null },
        ...(merge ? { queryParamsHandling: 'merge' as const } : {}),
      });
    },
    goTo(page) {
      void router.navigate([], { relativeTo: route, queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
    },
  };
}

/** Number of pages for `total` items (at least 1). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
