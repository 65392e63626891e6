import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';

import { Api, Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { MessageKey } from '../core/i18n/vi';
import { splitHighlight } from '../projects/search-state';
import { formatCount } from '../shared/format/format';
import { INCENTIVE_LABEL, isIncentiveType } from './incentives';
import {
  EMPTY_POLICY_STATE,
  parsePolicyState,
  POLICY_FACETS,
  POLICY_PAGE_SIZE,
  POLICY_SORTS,
  PolicyFacet,
  policyApiQuery,
  policyFilterCount,
  policyQueryParams,
  PolicySort,
  PolicyState,
  togglePolicyFilter,
} from './policy-state';

type SearchResult = Schemas['SearchPoliciesResultDto'];

const FACET_LABEL: Readonly<Record<PolicyFacet, MessageKey>> = {
  incentive: 'policies.facet.incentive',
  sector: 'policies.facet.sector',
  unit: 'policies.facet.unit',
  department: 'policies.facet.department',
};

const SORT_LABEL: Readonly<Record<PolicySort, MessageKey>> = {
  relevance: 'policies.sort.relevance',
  newest: 'policies.sort.newest',
  title: 'policies.sort.title',
};

const collator = new Intl.Collator('vi');

function sameState(a: PolicyState, b: PolicyState): boolean {
  return JSON.stringify(policyQueryParams(a)) === JSON.stringify(policyQueryParams(b));
}

/**
 * `/{lang}/policies`: search and checkbox facets over the published incentive policies. The URL
 * query is the only state; every change is a navigation, so searches can be shared.
 */
@Component({
  selector: 'app-policy-list',
  imports: [RouterLink],
  templateUrl: './policy-list.html',
  styleUrl: './policy-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyList {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly sorts = POLICY_SORTS;
  protected readonly sortLabel = SORT_LABEL;

  private readonly queryParamMap = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly state = computed(() => parsePolicyState(this.queryParamMap()), { equal: sameState });
  protected readonly draft = linkedSignal(() => this.state().q);
  protected readonly filtersOpen = signal(false);

  protected readonly results = rxResource({
    params: () => ({ state: this.state(), lang: this.lang() }),
    stream: ({ params }) =>
      this.api.get('/api/v1/search/policies', { query: { ...policyApiQuery(params.state), lang: params.lang } }),
  });

  /** The last answer, kept while the next one loads so facets do not flash away. */
  protected readonly last = linkedSignal<SearchResult | undefined, SearchResult | undefined>({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });

  protected readonly loading = computed(() => this.results.isLoading());
  protected readonly failed = computed(() => this.results.status() === 'error');
  protected readonly total = computed(() => this.last()?.total ?? 0);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / POLICY_PAGE_SIZE)));

  protected readonly announcement = computed(() => {
    if (this.loading()) return this.t('policies.loading');
    if (this.failed() || !this.last()) return '';
    const total = this.total();
    return total === 0
      ? this.t('policies.countNone')
      : this.t('policies.count', { count: formatCount(total, this.lang()) });
  });

  private label(key: PolicyFacet, code: string, fallback: string): string {
    if (key === 'incentive' && isIncentiveType(code)) return this.t(INCENTIVE_LABEL[code]);
    return fallback;
  }

  protected readonly facetGroups = computed(() => {
    const state = this.state();
    const facets = this.last()?.facets;
    return POLICY_FACETS.flatMap((key) => {
      const values = facets?.[key] ?? [];
      const selected = state.filters[key];
      const options = values.map((v) => ({
        code: v.code,
        label: this.label(key, v.code, v.label),
        count: v.count,
        checked: selected.includes(v.code),
      }));
      for (const code of selected) {
        if (!values.some((v) => v.code === code)) {
          options.push({ code, label: this.label(key, code, code), count: 0, checked: true });
        }
      }
      options.sort((a, b) => collator.compare(a.label, b.label));
      return options.length
        ? [{ key, legend: this.t(FACET_LABEL[key]), options: options.map((o) => ({ ...o, id: `pf-${key}-${o.code}` })) }]
        : [];
    });
  });

  protected readonly activeFilters = computed(() => {
    const state = this.state();
    const facets = this.last()?.facets;
    return POLICY_FACETS.flatMap((key) =>
      state.filters[key].map((code) => {
        const label = this.label(key, code, facets?.[key].find((v) => v.code === code)?.label ?? code);
        return { key, code, label: `${this.t(FACET_LABEL[key])}: ${label}` };
      }),
    );
  });

  protected readonly filterCount = computed(() => policyFilterCount(this.state()));

  protected readonly hits = computed(() =>
    (this.last()?.hits ?? []).map((h) => {
      const parts = splitHighlight(h.titleHighlighted);
      return {
        slug: h.slug,
        title: parts.length ? parts : [{ text: h.title, mark: false }],
        summary: h.summary,
        legalNumber: h.legalNumber,
        incentives: h.incentiveTypes.map((c) => (isIncentiveType(c) ? this.t(INCENTIVE_LABEL[c]) : c)),
        textLang: !h.translated && this.lang() === 'en' ? 'vi' : null,
      };
    }),
  );

  protected readonly pageLinks = computed(() => {
    const state = this.state();
    const pages = this.pages();
    const wanted = new Set([1, pages, state.page - 1, state.page, state.page + 1]);
    return [...wanted]
      .filter((p) => p >= 1 && p <= pages)
      .sort((a, b) => a - b)
      .map((page) => ({ page, current: page === state.page, params: policyQueryParams({ ...state, page }) }));
  });

  protected readonly prevParams = computed(() => {
    const state = this.state();
    return state.page > 1 ? policyQueryParams({ ...state, page: state.page - 1 }) : null;
  });

  protected readonly nextParams = computed(() => {
    const state = this.state();
    return state.page < this.pages() ? policyQueryParams({ ...state, page: state.page + 1 }) : null;
  });

  protected onSubmit(event: Event): void {
    event.preventDefault();
    this.go({ ...this.state(), q: this.draft(), page: 1 });
  }

  protected toggle(key: PolicyFacet, code: string, on: boolean): void {
    this.go(togglePolicyFilter(this.state(), key, code, on));
  }

  protected remove(f: { key: PolicyFacet; code: string }): void {
    this.toggle(f.key, f.code, false);
  }

  protected clearAll(): void {
    this.go({ ...EMPTY_POLICY_STATE, q: this.state().q, sort: this.state().sort });
  }

  protected setSort(value: string): void {
    const sort = (POLICY_SORTS as readonly string[]).includes(value) ? (value as PolicySort) : 'relevance';
    this.go({ ...this.state(), sort, page: 1 });
  }

  private go(state: PolicyState): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: policyQueryParams(state) });
  }
}
