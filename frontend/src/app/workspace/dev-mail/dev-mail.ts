import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';

import { Api, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { httpStatus } from '../../inquiries/api-errors';
import { formatDateTime } from '../../inquiries/dates';

type Mail = Schemas['DevMailDto'];

const MAIL_STATUS: Readonly<Record<Mail['status'], MessageKey>> = {
  pending: 'devmail.status.pending',
  sent: 'devmail.status.sent',
  failed: 'devmail.status.failed',
};

/**
 * The development mailbox (admins, MAIL_TRANSPORT=dev only): mails the portal would have sent,
 * newest first; each opens in place to read its text.
 */
@Component({
  selector: 'app-dev-mail',
  templateUrl: './dev-mail.html',
  styleUrl: './dev-mail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevMail {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  protected readonly mails = rxResource({ stream: () => this.api.get('/api/v1/workspace/mail/dev') });
  protected readonly items = computed<Mail[]>(() => (this.mails.hasValue() ? this.mails.value().items : []));
  /** 404: the server does not keep mails (real transport); 403: not an admin. */
  protected readonly problem = computed<MessageKey | null>(() => {
    if (!this.mails.error()) return null;
    const status = httpStatus(this.mails.error());
    if (status === 404) return 'devmail.unavailable';
    if (status === 403 || status === 401) return 'devmail.forbidden';
    return 'devmail.error';
  });

  protected time(iso: string | null): string {
    return formatDateTime(iso, this.i18n.lang());
  }

  protected statusLabel(mail: Mail): string {
    return this.t(MAIL_STATUS[mail.status]);
  }
}
