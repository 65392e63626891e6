import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';

import { Api } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { formatDate } from '../../shared/content/date';

interface QueuePage {
  total: number;
  items: { id: string; code: string; title: { vi: string }; department: { name: { vi: string; en: string | null } }; submittedAt: string | null }[];
}

/** Submitted projects and policies of every department, oldest submission first. */
@Component({
  selector: 'app-review-queue',
  imports: [RouterLink],
  template: `
    <h1>{{ t('ws.review.title') }}</h1>
    <p>{{ t('ws.review.intro') }}</p>
    @for (group of groups(); track group.kind) {
      <section class="group" [attr.aria-labelledby]="'rq-' + group.kind">
        <h2 [id]="'rq-' + group.kind">{{ group.heading }}</h2>
        @if (group.loading) {
          <p>{{ t('ws.loading') }}</p>
        } @else if (group.failed) {
          <p class="error" role="alert">{{ t('ws.list.error') }}</p>
        } @else if (group.items.length === 0) {
          <p>{{ t('ws.review.empty') }}</p>
        } @else {
          <ul class="items" [attr.data-review-list]="group.kind">
            @for (item of group.items; track item.id) {
              <li class="item">
                <a [routerLink]="['/workspace/review', group.kind, item.id]">{{ item.title.vi }}</a>
                <span class="meta">{{ item.code }} · {{ pick(item.department.name) }} · {{ t('ws.review.submittedAt', { date: date(item.submittedAt) }) }}</span>
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styles: `
    .items { margin: 0; padding: 0; list-style: none; }
    .item { padding-block: 0.625rem; border-top: 1px solid #c8ccd4; overflow-wrap: anywhere; }
    .item a { font-weight: 600; }
    .meta { display: block; color: #4a4a4a; font-size: 0.9375rem; }
    .error { color: #a4161a; font-weight: 600; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueue {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  private readonly projects = rxResource({
    stream: () => this.api.get('/api/v1/workspace/projects', { query: { status: 'submitted', pageSize: 100 } }),
  });
  private readonly policies = rxResource({
    stream: () => this.api.get('/api/v1/workspace/policies', { query: { status: 'submitted', pageSize: 100 } }),
  });

  protected readonly groups = computed(() => [
    this.group('projects', 'ws.review.projects', this.projects.hasValue() ? this.projects.value() : null, this.projects.isLoading(), !!this.projects.error()),
    this.group('policies', 'ws.review.policies', this.policies.hasValue() ? this.policies.value() : null, this.policies.isLoading(), !!this.policies.error()),
  ]);

  private group(kind: 'projects' | 'policies', key: MessageKey, page: QueuePage | null, loading: boolean, failed: boolean) {
    const items = [...(page?.items ?? [])].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
    return { kind, items, loading, failed, heading: this.t(key, { count: page ? page.total : '…' }) };
  }

  protected date(iso: string | null): string {
    return formatDate(iso, this.i18n.lang());
  }
}
