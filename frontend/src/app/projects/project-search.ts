import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { debounceTime, Subject } from 'rxjs';

import { Api, Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { MessageKey } from '../core/i18n/vi';
import { formatArea, formatCount, formatVnd } from '../shared/format/format';
import { MapBox, MapMarker, MapView } from '../shared/map/map';
import { ProjectCard, ProjectCardView } from './project-card';
import {
  activeFilterCount,
  Bbox,
  EMPTY_STATE,
  FACET_KEYS,
  FacetKey,
  PAGE_SIZE,
  parseSearchState,
  plainText,
  SearchState,
  SORTS,
  SortKey,
  toApiQuery,
  toMapQuery,
  toggleFilter,
  toQueryParams,
} from './search-state';

type SearchResult = Schemas['SearchProjectsResultDto'];
type FacetValue = Schemas['FacetValueDto'];
type MapPointsResult = Schemas['MapPointsResultDto'];

export const FACET_LABEL: Readonly<Record<FacetKey, MessageKey>> = {
  sector: 'search.facet.sector',
  unit: 'search.facet.unit',
  department: 'search.facet.department',
  form: 'search.facet.form',
  land: 'search.facet.land',
  capital: 'search.facet.capital',
  area: 'search.facet.area',
  status: 'search.facet.status',
};

const SORT_LABEL: Readonly<Record<SortKey, MessageKey>> = {
  relevance: 'search.sort.relevance',
  newest: 'search.sort.newest',
  capital_desc: 'search.sort.capital_desc',
  capital_asc: 'search.sort.capital_asc',
  area_desc: 'search.sort.area_desc',
  area_asc: 'search.sort.area_asc',
};

/** Typing pauses this long before the search runs. */
const TYPING_DEBOUNCE_MS = 250;
/** Keystrokes closer together than this rewrite one history entry instead of adding many. */
const TYPING_BURST_MS = 2000;

interface FacetGroupView {
  key: FacetKey;
  legend: string;
  options: { code: string; label: string; count: number; checked: boolean; id: string }[];
}

interface ActiveFilter {
  key: FacetKey | 'bbox';
  code: string;
  label: string;
}

interface PageLink {
  page: number;
  current: boolean;
  params: Record<string, string>;
}

function sameState(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(toQueryParams(a)) === JSON.stringify(toQueryParams(b));
}

/**
 * `/{lang}/projects`: full-text search with facets, sort, pages and a map kept in sync. The URL
 * query is the only state: every change is a router navigation, and the page derives what it
 * shows from `queryParamMap`, so links can be shared and Back restores the previous search.
 */
@Component({
  selector: 'app-project-search',
  imports: [RouterLink, MapView, ProjectCard],
  templateUrl: './project-search.html',
  styleUrl: './project-search.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectSearch {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly sorts = SORTS;
  protected readonly sortLabel = SORT_LABEL;

  private readonly queryParamMap = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly state = computed(() => parseSearchState(this.queryParamMap()), { equal: sameState });

  /** What the search box shows: follows the URL (Back, chips) without eating trailing spaces. */
  protected readonly draft = linkedSignal<string, string>({
    source: () => this.state().q,
    computation: (q, previous) => (previous && previous.value.trim() === q ? previous.value : q),
  });

  protected readonly filtersOpen = signal(false);
  private readonly typed = new Subject<string>();
  private lastTypedAt = 0;

  protected readonly results = rxResource({
    params: () => ({ state: this.state(), lang: this.lang() }),
    stream: ({ params }) =>
      this.api.get('/api/v1/search/projects', {
        query: { ...toApiQuery(params.state), lang: params.lang },
      }),
  });

  /** Every matching project as a map point (same filters, no paging): the map shows them all. */
  protected readonly mapPoints = rxResource({
    params: () => ({ query: toMapQuery(this.state()), lang: this.lang() }),
    stream: ({ params }) =>
      this.api.get('/api/v1/search/projects/map', { query: { ...params.query, lang: params.lang } }),
  });

  private readonly lastPoints = linkedSignal<MapPointsResult | undefined, MapPointsResult | undefined>({
    source: () => (this.mapPoints.hasValue() ? this.mapPoints.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });

  /** The last answer, kept while the next one loads so lists and facets do not flash away. */
  protected readonly last = linkedSignal<SearchResult | undefined, SearchResult | undefined>({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });

  protected readonly loading = computed(() => this.results.isLoading());
  protected readonly failed = computed(() => this.results.status() === 'error');
  protected readonly total = computed(() => this.last()?.total ?? 0);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));

  protected readonly announcement = computed(() => {
    if (this.loading()) return this.t('search.loading');
    if (this.failed() || !this.last()) return '';
    const total = this.total();
    return total === 0
      ? this.t('search.countNone')
      : this.t('search.count', { count: formatCount(total, this.lang()) });
  });

  protected readonly cards = computed<ProjectCardView[]>(() => {
    const lang = this.lang();
    return (this.last()?.hits ?? []).map((hit) => ({
      slug: hit.slug,
      title: hit.title,
      summary: hit.summary,
      sectors: hit.sectors,
      unit: hit.unit,
      capital: formatVnd(hit.capitalVnd, lang),
      area: formatArea(hit.areaHa, lang),
      translated: hit.translated,
      titleHighlighted: hit.titleHighlighted,
      snippet: hit.snippet,
    }));
  });

  protected readonly markers = computed<MapMarker[]>(() => {
    const lang = this.lang();
    return (this.lastPoints()?.points ?? []).map((p) => ({
      lat: p.lat,
      lng: p.lng,
      label: plainText(p.title),
      href: `/${lang}/projects/${encodeURIComponent(p.slug)}`,
    }));
  });

  private readonly facetValues = computed(() => {
    const facets = (this.last()?.facets ?? {}) as Partial<Record<FacetKey, FacetValue[]>>;
    return facets;
  });

  protected readonly facetGroups = computed<FacetGroupView[]>(() => {
    const state = this.state();
    const facets = this.facetValues();
    return FACET_KEYS.flatMap((key) => {
      const values = facets[key];
      if (!values) return []; // a facet this API version does not offer yet
      const selected = state.filters[key];
      const options = values.map((v) => ({
        code: v.code,
        label: v.label,
        count: v.count,
        checked: selected.includes(v.code),
        id: `facet-${key}-${v.code}`,
      }));
      // A value in the URL that no longer matches anything stays visible, so it can be unticked.
      for (const code of selected) {
        if (!values.some((v) => v.code === code)) {
          options.push({ code, label: code, count: 0, checked: true, id: `facet-${key}-${code}` });
        }
      }
      return options.length ? [{ key, legend: this.t(FACET_LABEL[key]), options }] : [];
    });
  });

  protected readonly activeFilters = computed<ActiveFilter[]>(() => {
    const state = this.state();
    const facets = this.facetValues();
    const list: ActiveFilter[] = [];
    for (const key of FACET_KEYS) {
      for (const code of state.filters[key]) {
        const label = facets[key]?.find((v) => v.code === code)?.label ?? code;
        list.push({ key, code, label: `${this.t(FACET_LABEL[key])}: ${label}` });
      }
    }
    if (state.bbox) list.push({ key: 'bbox', code: '', label: this.t('search.bbox') });
    return list;
  });

  protected readonly filterCount = computed(() => activeFilterCount(this.state()));

  protected readonly pageLinks = computed<PageLink[]>(() => {
    const state = this.state();
    const pages = this.pages();
    const wanted = new Set([1, pages, state.page - 1, state.page, state.page + 1]);
    return [...wanted]
      .filter((p) => p >= 1 && p <= pages)
      .sort((a, b) => a - b)
      .map((page) => ({ page, current: page === state.page, params: toQueryParams({ ...state, page }) }));
  });

  protected readonly prevParams = computed(() => {
    const state = this.state();
    return state.page > 1 ? toQueryParams({ ...state, page: state.page - 1 }) : null;
  });

  protected readonly nextParams = computed(() => {
    const state = this.state();
    return state.page < this.pages() ? toQueryParams({ ...state, page: state.page + 1 }) : null;
  });

  constructor() {
    this.typed
      .pipe(debounceTime(TYPING_DEBOUNCE_MS), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((q) => {
        if (q.trim() === this.state().q) return;
        const now = Date.now();
        const burst = now - this.lastTypedAt < TYPING_BURST_MS;
        this.lastTypedAt = now;
        this.go({ ...this.state(), q, page: 1 }, burst);
      });
  }

  protected onType(value: string): void {
    this.draft.set(value);
    this.typed.next(value);
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    this.lastTypedAt = 0;
    this.go({ ...this.state(), q: this.draft(), page: 1 });
  }

  protected toggle(key: FacetKey, code: string, on: boolean): void {
    this.go(toggleFilter(this.state(), key, code, on));
  }

  protected remove(filter: ActiveFilter): void {
    if (filter.key === 'bbox') this.go({ ...this.state(), bbox: null, page: 1 });
    else this.toggle(filter.key, filter.code, false);
  }

  protected clearAll(): void {
    this.go({ ...EMPTY_STATE, q: this.state().q, sort: this.state().sort });
  }

  protected setSort(value: string): void {
    const sort = (SORTS as readonly string[]).includes(value) ? (value as SortKey) : 'relevance';
    this.go({ ...this.state(), sort, page: 1 });
  }

  protected searchArea(box: MapBox): void {
    this.go({ ...this.state(), bbox: box as Bbox, page: 1 });
  }

  protected retry(): void {
    this.results.reload();
  }

  private go(state: SearchState, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toQueryParams(state),
      replaceUrl,
    });
  }
}
