import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';

import { Api } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import { waitMinutes } from './portal-lists';

/** Outgoing mail queue at a glance (admins): how many mails wait and how many failed. */
@Component({
  selector: 'app-mail-stats',
  imports: [RouterLink],
  template: `
    <section aria-labelledby="ms-h" class="panel" data-mail-stats>
      <h2 id="ms-h">{{ t('admin.mail.heading') }}</h2>
      @if (stats.hasValue()) {
        <p class="stats" data-mail-counts>
          <span>{{ t('admin.mail.counts', { pending: stats.value().pending, failed: stats.value().failed }) }}</span>
          @if (oldest() !== null) {
            <span class="muted">{{ t('admin.mail.oldest', { minutes: oldest()! }) }}</span>
          }
        </p>
        @if (stats.value().failed > 0) {
          <p class="hint">{{ t('admin.mail.failedHint') }}</p>
        }
      } @else if (stats.error()) {
        <p role="alert" class="problem">{{ t('admin.mail.error') }}</p>
      } @else {
        <p>{{ t('ws.loading') }}</p>
      }
      <p class="row">
        <button type="button" class="button button--secondary" (click)="stats.reload()" [disabled]="stats.isLoading()" data-mail-reload>
          {{ t('devmail.reload') }}
        </button>
        <a routerLink="/workspace/dev-mail">{{ t('admin.mail.devMail') }}</a>
      </p>
    </section>
  `,
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailStats {
  private readonly api = inject(Api);
  protected readonly t = inject(I18n).t;
  protected readonly stats = rxResource({ stream: () => this.api.get('/api/v1/workspace/mail/stats') });
  protected readonly oldest = computed(() => (this.stats.hasValue() ? waitMinutes(this.stats.value().oldestPendingSeconds) : null));
}
