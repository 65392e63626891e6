import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, map, of } from 'rxjs';

import { Api } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { RELATED_NEWS_LIMIT, relatedNewsViews } from './news-view';

/**
 * "Related news" on a project or policy page: up to five articles of the provincial portal's news
 * sections (editors' pins first), each linking to the portal. Nothing is shown while loading,
 * when nothing matches, or when the request fails: the section is extra and never holds the page.
 */
@Component({
  selector: 'app-related-news',
  template: `
    @if (items().length) {
      <section class="news" aria-labelledby="news-heading" data-related-news>
        <h2 id="news-heading">{{ t('news.heading') }}</h2>
        <p class="news__lead">{{ t('news.lead') }}</p>
        <ul class="news__list">
          @for (n of items(); track n.id) {
            <li [attr.data-news-id]="n.id" [attr.data-pinned]="n.pinned ? '' : null">
              <h3 class="news__title">
                @if (n.href) {
                  <a [href]="n.href" rel="external noopener" data-news-link
                    ><span [attr.lang]="n.lang" data-news-title>{{ n.title }}</span
                    ><span class="visually-hidden" [attr.lang]="n.lang ? lang() : null"> {{ t('news.external') }}</span></a
                  >
                } @else {
                  <span [attr.lang]="n.lang" data-news-title>{{ n.title }}</span>
                }
              </h3>
              <p class="news__meta">
                <span [attr.lang]="n.lang">{{ n.source }}</span> ·
                <time [attr.datetime]="n.datetime">{{ n.date }}</time>
                @if (n.pinned) {
                  · <span class="news__pinned" data-news-pinned>{{ t('news.pinned') }}</span>
                }
              </p>
              @if (n.summary) {
                <p class="news__summary" [attr.lang]="n.lang">{{ n.summary }}</p>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    :host { display: block; }
    .news { margin-bottom: 1.75rem; }
    h2 { margin: 0 0 0.25rem; font-size: 1.25rem; }
    .news__lead, .news__meta { margin: 0; color: #4a4a4a; font-size: 0.9375rem; }
    .news__lead { margin-bottom: 0.5rem; }
    .news__list { margin: 0; padding: 0; list-style: none; }
    li { padding: 0.75rem 0; border-bottom: 1px solid #c8ccd4; }
    .news__title { margin: 0 0 0.25rem; font-size: 1.0625rem; line-height: 1.4; }
    .news__pinned { font-style: italic; }
    .news__summary { margin: 0.25rem 0 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RelatedNews {
  /** Which kind of page it is on, and that page's slug. */
  readonly kind = input.required<'projects' | 'policies'>();
  readonly slug = input.required<string>();

  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;

  private readonly news = rxResource({
    params: () => ({ kind: this.kind(), slug: this.slug(), lang: this.lang() }),
    stream: ({ params }) => {
      const options = { path: { slug: params.slug }, query: { lang: params.lang, limit: RELATED_NEWS_LIMIT } };
      const request =
        params.kind === 'projects'
          ? this.api.get('/api/v1/projects/{slug}/news', options)
          : this.api.get('/api/v1/policies/{slug}/news', options);
      // A failure leaves the section out, quietly: the page is complete without it.
      return request.pipe(
        map((r) => r.items),
        catchError(() => of([])),
      );
    },
  });

  protected readonly items = computed(() =>
    this.news.hasValue() ? relatedNewsViews(this.news.value(), this.lang()) : [],
  );
}
