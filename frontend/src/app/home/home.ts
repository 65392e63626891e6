import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { Router, RouterLink } from '@angular/router';

import { Api, DepartmentKind, Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { MessageKey } from '../core/i18n/vi';
import { Settings } from '../core/settings/settings';
import { ProjectCard, ProjectCardView } from '../projects/project-card';
import { formatArea, formatCount, formatUsd, formatVnd } from '../shared/format/format';
import { MapMarker, MapView } from '../shared/map/map';

type ProjectCardDto = Schemas['PublicProjectCardDto'];

const KIND_LABEL: Readonly<Record<DepartmentKind, MessageKey>> = {
  department: 'department.kind.department',
  industrial_zone_board: 'department.kind.industrial_zone_board',
  commune: 'department.kind.commune',
  other: 'department.kind.other',
};

/**
 * One independently loaded block of the page. Plain subscriptions rather than `rxResource`:
 * a resource holds the app "unstable" while it loads, and the home page must not keep other
 * pages' tests (or prerendering) waiting on its figures.
 */
class Block<T> {
  private readonly state = signal<{ status: 'loading' | 'error' | 'loaded'; value?: T }>({ status: 'loading' });
  private subscription?: Subscription;

  readonly isLoading = computed(() => this.state().status === 'loading');
  readonly error = computed(() => this.state().status === 'error');
  readonly hasValue = computed(() => this.state().status === 'loaded');

  constructor(private readonly fetch: () => Observable<T>) {}

  value(): T {
    return this.state().value as T;
  }

  reload(): void {
    this.subscription?.unsubscribe();
    this.state.set({ status: 'loading' });
    this.subscription = this.fetch().subscribe({
      next: (value) => this.state.set({ status: 'loaded', value }),
      error: () => this.state.set({ status: 'error' }),
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
  }
}

interface DepartmentView {
  id: string;
  name: string;
  /** True when English is shown but only the Vietnamese name exists. */
  untranslated: boolean;
  kind: string;
}

interface FigureView {
  id: string;
  label: string;
  value: string;
  detail?: string;
}

/**
 * `/{lang}`: a search box, headline figures, featured and newest calls for investment, sectors
 * to browse, a map of every published project, newest policies and the contributing units.
 * Each block loads on its own, with its own loading, error-with-retry and empty states.
 */
@Component({
  selector: 'app-home',
  imports: [MapView, ProjectCard, RouterLink],
  templateUrl: './home.html',
  styleUrl: './home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Home {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly settings = inject(Settings);
  private readonly router = inject(Router);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly portalName = computed(() => this.i18n.pick(this.settings.value().portalName));
  protected readonly query = signal('');

  protected readonly stats = new Block(() => this.api.get('/api/v1/stats'));
  protected readonly featured = new Block(() =>
    this.api.get('/api/v1/projects', { query: { featured: true, pageSize: 3, lang: this.lang() } }),
  );
  protected readonly newest = new Block(() =>
    this.api.get('/api/v1/projects', { query: { pageSize: 6, lang: this.lang() } }),
  );
  // One hit is the least the API returns; only the facet counts are used.
  protected readonly sectorFacets = new Block(() =>
    this.api.get('/api/v1/search/projects', { query: { pageSize: 1, lang: this.lang() } }),
  );
  protected readonly points = new Block(() =>
    this.api.get('/api/v1/search/projects/map', { query: { lang: this.lang() } }),
  );
  protected readonly policies = new Block(() =>
    this.api.get('/api/v1/policies', { query: { pageSize: 4, lang: this.lang() } }),
  );
  protected readonly departmentList = new Block(() => this.api.departments());

  constructor() {
    const texts = [this.featured, this.newest, this.sectorFacets, this.points, this.policies];
    const all = [this.stats, this.departmentList, ...texts];
    untracked(() => [this.stats, this.departmentList].forEach((b) => b.reload()));
    // Texts come in the page's language: fetch them again when it changes.
    effect(() => {
      this.lang();
      untracked(() => texts.forEach((b) => b.reload()));
    });
    inject(DestroyRef).onDestroy(() => all.forEach((b) => b.stop()));
  }

  protected readonly figures = computed<FigureView[]>(() => {
    if (!this.stats.hasValue()) return [];
    const s = this.stats.value();
    const lang = this.lang();
    const figures: FigureView[] = [
      { id: 'projects', label: this.t('home.figures.projects'), value: formatCount(s.openProjects, lang) },
    ];
    if (s.capital) {
      figures.push({
        id: 'capital',
        label: this.t('home.figures.capital'),
        value: formatVnd(s.capital.vnd, lang),
        detail: this.t('home.figures.usd', { usd: formatUsd(s.capital.usd, lang) }),
      });
    }
    figures.push(
      { id: 'sectors', label: this.t('home.figures.sectors'), value: formatCount(s.sectors, lang) },
      { id: 'policies', label: this.t('home.figures.policies'), value: formatCount(s.policies, lang) },
    );
    return figures;
  });

  protected readonly featuredCards = computed(() =>
    this.featured.hasValue() ? this.featured.value().items.map((p) => this.card(p)) : [],
  );
  protected readonly newestCards = computed(() =>
    this.newest.hasValue() ? this.newest.value().items.map((p) => this.card(p)) : [],
  );

  protected readonly sectors = computed(() =>
    this.sectorFacets.hasValue()
      ? [...this.sectorFacets.value().facets.sector].sort((a, b) => b.count - a.count)
      : [],
  );

  protected readonly markers = computed<MapMarker[]>(() => {
    if (!this.points.hasValue()) return [];
    const lang = this.lang();
    return this.points.value().points.map((p) => ({
      lat: p.lat,
      lng: p.lng,
      label: p.title,
      href: `/${lang}/projects/${encodeURIComponent(p.slug)}`,
    }));
  });

  protected readonly policyItems = computed(() => {
    if (!this.policies.hasValue()) return [];
    const english = this.lang() === 'en';
    return this.policies.value().items.map((p) => ({
      slug: p.slug,
      title: p.title,
      summary: p.summary,
      legal: p.legalBasis.number,
      untranslated: english && p.untranslated.includes('title'),
    }));
  });

  protected readonly departments = computed<DepartmentView[]>(() => {
    if (!this.departmentList.hasValue()) return [];
    const english = this.lang() === 'en';
    return this.departmentList.value().items.map((d) => ({
      id: d.id,
      name: this.i18n.pick(d.name),
      untranslated: english && !d.name.en,
      kind: this.t(KIND_LABEL[d.kind] ?? 'department.kind.other'),
    }));
  });

  protected search(event: Event): void {
    event.preventDefault();
    const q = this.query().trim();
    void this.router.navigate(['/', this.lang(), 'projects'], { queryParams: q ? { q } : {} });
  }

  private card(p: ProjectCardDto): ProjectCardView {
    const lang = this.lang();
    return {
      slug: p.slug,
      title: p.title,
      summary: p.summary,
      sectors: p.sectors.map((s) => s.name),
      unit: p.unit.name,
      capital: formatVnd(p.capital?.vnd, lang),
      area: formatArea(p.areaHa, lang),
      translated: !(lang === 'en' && p.untranslated.includes('title')),
    };
  }
}
