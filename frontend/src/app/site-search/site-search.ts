import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, linkedSignal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { Meta } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';

import { Api } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import type { MessageKey } from '../core/i18n/vi';
import { GroupKind, isDegraded, isEmpty, parseSiteQuery, siteSearchGroups } from './site-search-state';

const GROUP_LABEL: Readonly<Record<GroupKind, MessageKey>> = {
  projects: 'siteSearch.group.projects',
  policies: 'siteSearch.group.policies',
  news: 'siteSearch.group.news',
};
const NONE_LABEL: Readonly<Record<GroupKind, MessageKey>> = {
  projects: 'siteSearch.none.projects',
  policies: 'siteSearch.none.policies',
  news: 'siteSearch.none.news',
};
const ALL_LABEL: Readonly<Record<GroupKind, MessageKey | null>> = {
  projects: 'siteSearch.all.projects',
  policies: 'siteSearch.all.policies',
  news: null,
};

/**
 * `/{lang}/search?q=…`: one search box for the whole portal, with the first calls for investment,
 * policies and news items of the provincial portal that match. The query lives in the URL only
 * (a search is a navigation, so Back returns to the previous one). Result pages are not indexed.
 */
@Component({
  selector: 'app-site-search',
  imports: [RouterLink],
  templateUrl: './site-search.html',
  styleUrl: './site-search.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteSearch {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly groupLabel = GROUP_LABEL;
  protected readonly noneLabel = NONE_LABEL;
  protected readonly allLabel = ALL_LABEL;

  private readonly queryParamMap = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly q = computed(() => parseSiteQuery(this.queryParamMap().get('q')));
  /** What the box shows: follows the URL (Back) and what is typed. */
  protected readonly draft = linkedSignal(() => this.q());

  protected readonly results = rxResource({
    params: () => (this.q() ? { q: this.q(), lang: this.lang() } : undefined),
    stream: ({ params }) => this.api.get('/api/v1/search', { query: { q: params.q, lang: params.lang } }),
  });

  protected readonly result = computed(() => (this.results.hasValue() ? this.results.value() : undefined));
  protected readonly groups = computed(() => {
    const r = this.result();
    return r ? siteSearchGroups(r, this.q(), this.lang()) : [];
  });
  protected readonly degraded = computed(() => {
    const r = this.result();
    return r ? isDegraded(r) : false;
  });
  protected readonly empty = computed(() => {
    const r = this.result();
    return r ? isEmpty(r) : false;
  });

  /** Read out when a search starts and ends (the results themselves are not a live region). */
  protected readonly announcement = computed(() => {
    if (!this.q() || this.results.error()) return '';
    if (this.results.isLoading()) return this.t('siteSearch.loading');
    const r = this.result();
    if (!r) return '';
    return this.t('siteSearch.summary', {
      q: this.q(),
      projects: r.projects.total,
      policies: r.policies.total,
      news: r.news.total,
    });
  });

  constructor() {
    // Search result pages are not for search engines (the server says the same in the HTML).
    const meta = inject(Meta);
    meta.updateTag({ name: 'robots', content: 'noindex' });
    inject(DestroyRef).onDestroy(() => meta.removeTag('name="robots"'));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const q = parseSiteQuery(this.draft());
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: q || null } });
  }
}
