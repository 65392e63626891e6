import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { Api, type Schemas } from '../../core/api/api';
import { I18n, registerMessages } from '../../core/i18n/i18n';
import { httpStatus } from '../../inquiries/api-errors';
import { formatDateTime } from '../../inquiries/dates';
import { Actions } from '../actions';
import { newsWsEn, newsWsVi } from './messages';
import { errorDetail, FEED_STATUS_LABEL, feedResultLine, ingestSummary } from './news-logic';

registerMessages({ vi: newsWsVi, en: newsWsEn });

type FeedResult = Schemas['FeedResultDto'];

/**
 * The configured news feeds (admins, on the portal settings panel): status of each, when it was
 * last read and last read successfully, items stored, the last error; "fetch news now" runs an
 * ingest pass and reports per feed. Only one pass runs at a time (409 otherwise).
 */
@Component({
  selector: 'app-news-feeds',
  template: `
    <section aria-labelledby="nf-h" class="feeds" data-news-feeds>
      <h3 id="nf-h">{{ t('newsWs.feeds') }}</h3>
      <p class="hint">{{ t('newsWs.feeds.lead') }}</p>
      @if (feeds.hasValue()) {
        @if (feeds.value().length === 0) {
          <p>{{ t('newsWs.feeds.none') }}</p>
        } @else {
          <div class="table-wrap" role="region" [attr.aria-labelledby]="'nf-h'" tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col">{{ t('newsWs.feeds.url') }}</th>
                  <th scope="col">{{ t('newsWs.feeds.status') }}</th>
                  <th scope="col">{{ t('newsWs.feeds.lastAttempt') }}</th>
                  <th scope="col">{{ t('newsWs.feeds.lastSuccess') }}</th>
                  <th scope="col">{{ t('newsWs.feeds.items') }}</th>
                  <th scope="col">{{ t('newsWs.feeds.lastError') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (f of rows(); track f.url) {
                  <tr [attr.data-feed]="f.url" [attr.data-status]="f.status">
                    <th scope="row" class="url">{{ f.url }}</th>
                    <td><span class="badge" [class.badge--failing]="f.status === 'failing'">{{ t(f.label) }}</span></td>
                    <td>{{ f.lastAttempt }}</td>
                    <td>{{ f.lastSuccess }}</td>
                    <td data-items>{{ f.itemCount }}</td>
                    <td class="url">{{ f.lastError }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      } @else if (feeds.error()) {
        <p role="alert" class="problem">{{ t('newsWs.feeds.loadError') }}</p>
      } @else {
        <p>{{ t('ws.loading') }}</p>
      }
      <p class="row">
        <button type="button" class="button" [disabled]="fetching()" [attr.aria-busy]="fetching()" (click)="fetch()" data-fetch-news>
          {{ fetching() ? t('newsWs.feeds.fetching') : t('newsWs.feeds.fetch') }}
        </button>
        <button type="button" class="button button--secondary" [disabled]="feeds.isLoading()" (click)="feeds.reload()">{{ t('newsWs.feeds.reload') }}</button>
      </p>
      <div role="status" data-fetch-status>
        @if (summary(); as s) {
          <p class="status">{{ s }}</p>
        }
      </div>
      @if (results().length) {
        <h4 id="nf-result-h">{{ t('newsWs.feeds.result') }}</h4>
        <ul aria-labelledby="nf-result-h" class="results" data-fetch-results>
          @for (r of results(); track r.url) {
            <li [attr.data-feed]="r.url" [class.problem]="!r.ok"><span class="url">{{ r.url }}</span>: {{ line(r) }}</li>
          }
        </ul>
      }
      @if (problem()) {
        <p role="alert" class="problem" data-fetch-error>{{ problem() }}</p>
      }
    </section>
  `,
  styles: `
    .feeds { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid #c8ccd4; }
    h3 { margin: 0 0 0.25rem; font-size: 1.125rem; }
    h4 { margin: 1rem 0 0.25rem; font-size: 1rem; }
    .table-wrap { overflow-x: auto; margin-bottom: 0.75rem; }
    table { width: 100%; border-collapse: collapse; }
    th, td { padding: 0.5rem; border-bottom: 1px solid #c8ccd4; text-align: left; vertical-align: top; }
    .url { overflow-wrap: anywhere; font-weight: 400; }
    .badge { display: inline-block; padding: 0 0.5rem; border: 1px solid #1d5e20; border-radius: 0.25rem; color: #1d5e20; white-space: nowrap; }
    .badge--failing { border-color: #a4161a; color: #a4161a; font-weight: 700; }
    .results { margin: 0; padding-left: 1.25rem; }
  `,
  styleUrl: '../admin/admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsFeeds {
  private readonly api = inject(Api);
  private readonly actions = inject(Actions);
  private readonly i18n = inject(I18n);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly t = this.i18n.t;

  protected readonly feeds = rxResource({ stream: () => this.api.get('/api/v1/workspace/news/feeds') });
  protected readonly rows = computed(() => {
    if (!this.feeds.hasValue()) return [];
    const lang = this.i18n.lang();
    const dash = this.t('newsWs.feeds.dash');
    return this.feeds.value().map((f) => ({
      url: f.url,
      status: f.status,
      label: FEED_STATUS_LABEL[f.status],
      lastAttempt: formatDateTime(f.lastAttemptAt, lang) || dash,
      lastSuccess: formatDateTime(f.lastSuccessAt, lang) || dash,
      itemCount: f.itemCount,
      lastError: f.lastError ?? dash,
    }));
  });

  protected readonly fetching = signal(false);
  protected readonly results = signal<FeedResult[]>([]);
  protected readonly summary = signal('');
  protected readonly problem = signal('');

  /** The feed list changed (settings saved): read the statuses again. */
  reload(): void {
    this.feeds.reload();
  }

  protected line(r: FeedResult): string {
    const { key, params } = feedResultLine(r);
    return this.t(key, params);
  }

  protected fetch(): void {
    if (this.fetching()) return;
    this.fetching.set(true);
    this.summary.set('');
    this.problem.set('');
    this.results.set([]);
    this.actions
      .post('/api/v1/workspace/news/ingest')
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (results) => {
          this.fetching.set(false);
          this.results.set(results);
          this.summary.set(this.t('newsWs.feeds.done', { ...ingestSummary(results) }));
          this.feeds.reload();
        },
        error: (error: unknown) => {
          this.fetching.set(false);
          this.problem.set(
            httpStatus(error) === 409
              ? this.t('newsWs.feeds.busy')
              : this.t('newsWs.feeds.fetchError', { detail: errorDetail(error) }),
          );
        },
      });
  }
}
