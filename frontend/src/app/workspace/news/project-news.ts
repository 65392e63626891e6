import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  Injector,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';

import { Api } from '../../core/api/api';
import { I18n, registerMessages } from '../../core/i18n/i18n';
import { newsWsEn, newsWsVi } from './messages';
import { decidedRow, doneKey, errorDetail, relatedRow, type NewsState } from './news-logic';
import { NewsRow } from './news-row';

registerMessages({ vi: newsWsVi, en: newsWsEn });

type Section = 'pn-related' | 'pn-pinned' | 'pn-hidden' | 'pn-results';

const DESTINATION: Readonly<Record<'pinned' | 'hidden' | 'none', Section>> = {
  pinned: 'pn-pinned',
  hidden: 'pn-hidden',
  none: 'pn-related',
};

/**
 * `/workspace/projects/:id/news` (editors, admins): the news matched to a project and why, with
 * pin (always listed first) and hide (never listed) per item, the pinned and hidden lists, and a
 * search over every stored news item to pin what the rules missed. The search text is in the URL.
 */
@Component({
  selector: 'app-project-news',
  imports: [RouterLink, NewsRow],
  templateUrl: './project-news.html',
  styleUrl: './project-news.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectNews {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly id = this.route.snapshot.paramMap.get('id') ?? '';

  private readonly queryParamMap = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly q = computed(() => (this.queryParamMap().get('q') ?? '').trim().slice(0, 200));
  protected readonly draft = linkedSignal(() => this.q());

  protected readonly project = rxResource({
    stream: () => this.api.get('/api/v1/workspace/projects/{id}', { path: { id: this.id } }),
  });
  protected readonly news = rxResource({
    params: () => ({ q: this.q() }),
    stream: ({ params }) =>
      this.api.get('/api/v1/workspace/projects/{id}/news', { path: { id: this.id }, query: { q: params.q || undefined } }),
  });

  protected readonly title = computed(() => (this.project.hasValue() ? this.i18n.pick(this.project.value().title) : ''));
  protected readonly publicLink = computed(() => {
    if (!this.project.hasValue()) return null;
    const p = this.project.value();
    return p.status === 'published' || p.status === 'awarded' ? ['/', this.lang(), 'projects', p.slug] : null;
  });

  private readonly data = computed(() => (this.news.hasValue() ? this.news.value() : undefined));
  protected readonly terms = computed(() => this.data()?.terms);
  protected readonly related = computed(() => (this.data()?.related ?? []).map((n) => relatedRow(n, this.lang())));
  protected readonly pinned = computed(() => (this.data()?.pinned ?? []).map((n) => decidedRow(n, this.lang())));
  protected readonly hidden = computed(() => (this.data()?.hidden ?? []).map((n) => decidedRow(n, this.lang())));
  protected readonly results = computed(() => (this.data()?.results ?? []).map((n) => decidedRow(n, this.lang())));

  /** The item whose change is being saved (every button waits meanwhile). */
  protected readonly saving = signal<string | null>(null);
  /** Polite confirmation of the last change. */
  protected readonly status = signal('');
  protected readonly error = signal('');
  /** Where focus goes once the lists are reloaded after a change. */
  private focusAfter: { id: string; from: Section; to: Section } | null = null;

  constructor() {
    effect(() => {
      if (this.news.isLoading() || !this.news.hasValue()) return;
      untracked(() => this.restoreFocus());
    });
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = this.draft().trim();
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: q || null } });
  }

  protected set(from: Section, change: { id: string; title: string; previous: NewsState; next: NewsState }): void {
    if (this.saving()) return;
    this.saving.set(change.id);
    this.error.set('');
    this.status.set('');
    this.api
      .put('/api/v1/workspace/projects/{id}/news/{newsId}', { state: change.next }, { path: { id: this.id, newsId: change.id } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(null);
          this.status.set(this.t(doneKey(change.previous, change.next), { title: change.title }));
          this.focusAfter = { id: change.id, from, to: DESTINATION[change.next ?? 'none'] };
          this.news.reload();
        },
        error: (error: unknown) => {
          this.saving.set(null);
          this.error.set(this.t('newsWs.error.save', { detail: errorDetail(error) }));
        },
      });
  }

  /** After a change the item moves between lists: focus its button where it is now (or the heading). */
  private restoreFocus(): void {
    const target = this.focusAfter;
    if (!target) return;
    this.focusAfter = null;
    afterNextRender(
      () => {
        const find = (section: Section) =>
          this.document.querySelector<HTMLElement>(`#${section} [data-news-id="${CSS.escape(target.id)}"] button`);
        const el = find(target.from) ?? find(target.to) ?? this.document.getElementById('pn-h');
        el?.focus();
      },
      { injector: this.injector },
    );
  }
}
