import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';

import { I18n } from '../../core/i18n/i18n';
import type { NewsRowView, NewsState } from './news-logic';

/** One news item in the workspace lists: link, source, date, why or by whom, and its buttons. */
@Component({
  selector: 'app-news-row',
  template: `
    @let n = row();
    <p class="row__title">
      @if (n.href) {
        <a [href]="n.href" rel="external noopener"
          ><span [attr.lang]="n.lang" data-news-title>{{ n.title }}</span
          ><span class="visually-hidden"> {{ t('newsWs.external') }}</span></a
        >
      } @else {
        <span [attr.lang]="n.lang" data-news-title>{{ n.title }}</span> <span class="muted">{{ t('newsWs.noLink') }}</span>
      }
    </p>
    <p class="row__meta">
      <span [attr.lang]="n.lang">{{ n.source }}</span> · <time [attr.datetime]="n.datetime">{{ n.date }}</time>
      @if (n.state) {
        · <strong>{{ t(n.state === 'pinned' ? 'newsWs.state.pinned' : 'newsWs.state.hidden') }}</strong>
        @if (n.setBy) {
          ({{ n.setBy }})
        }
      }
      @if (n.reasons.length) {
        · {{ t('newsWs.matched', { reasons: reasons() }) }}
      }
    </p>
    <p class="row__actions">
      @for (a of n.actions; track a.action) {
        <button type="button" class="button button--secondary" [attr.data-action]="a.action" [disabled]="busy()" (click)="act.emit({ id: n.id, title: n.title, previous: n.state, next: a.next })">
          {{ t(a.label) }}<span class="visually-hidden" [attr.lang]="n.lang"> “{{ n.title }}”</span>
        </button>
      }
    </p>
  `,
  styles: `
    :host { display: block; padding: 0.75rem 0; border-bottom: 1px solid #c8ccd4; overflow-wrap: anywhere; }
    p { margin: 0 0 0.25rem; }
    .row__title { font-weight: 600; }
    .row__meta, .muted { color: #4a4a4a; font-size: 0.9375rem; }
    .row__actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0 0; }
    .button { min-height: 2.75rem; padding: 0.375rem 1rem; border: 2px solid #163a70; border-radius: 0.25rem; background: #f3f5f8; color: #0e2850; font: inherit; font-weight: 600; cursor: pointer; }
    .button:disabled { cursor: progress; opacity: 0.7; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsRow {
  readonly row = input.required<NewsRowView>();
  /** A change is being saved: every button waits. */
  readonly busy = input(false);
  readonly act = output<{ id: string; title: string; previous: NewsState; next: NewsState }>();

  protected readonly t = inject(I18n).t;
  protected readonly reasons = computed(() =>
    this.row()
      .reasons.map((k) => this.t(k))
      .join(', '),
  );
}
