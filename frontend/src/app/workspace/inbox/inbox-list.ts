import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import { injectListUrlState, pageCount } from '../list-state';
import { Session } from '../session';
import { dueDisplay, INQUIRY_STATUS_LABEL, INQUIRY_STATUSES, isInquiryStatus } from './inbox-logic';
import { InquiryStatusBadge, OverdueBadge } from './inquiry-status';

type InboxItem = Schemas['InboxItemDto'];

export const INBOX_PAGE_SIZE = 25;

/**
 * The inquiry inbox: the department's inquiries (all departments for the editorial board and
 * admins), most urgent first. Filters live in the URL (`?status=new&overdue=1&department=…&page=2`).
 */
@Component({
  selector: 'app-inbox-list',
  imports: [RouterLink, InquiryStatusBadge, OverdueBadge],
  templateUrl: './inbox-list.html',
  styleUrl: './inbox-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxList {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly statuses = INQUIRY_STATUSES;
  protected readonly statusLabel = INQUIRY_STATUS_LABEL;

  private readonly url = injectListUrlState();
  protected readonly status = computed(() => {
    const s = this.url.query().get('status');
    return isInquiryStatus(s) ? s : null;
  });
  protected readonly overdue = computed(() => this.url.query().get('overdue') === '1');
  protected readonly department = computed(() => this.url.query().get('department') || null);
  protected readonly page = this.url.page;

  /** The board (editors, admins) sees every department and may pick one. */
  protected readonly board = computed(() => this.session.role() !== 'officer');

  protected readonly departments = rxResource({
    params: () => (this.board() ? true : undefined),
    stream: () => this.api.departments().pipe(map((d) => d.items)),
  });

  protected readonly list = rxResource({
    params: () => ({
      status: this.status() ?? undefined,
      overdue: this.overdue() || undefined,
      departmentId: this.board() ? (this.department() ?? undefined) : undefined,
      page: this.page(),
    }),
    stream: ({ params }) =>
      this.api.get('/api/v1/workspace/inquiries', { query: { ...params, pageSize: INBOX_PAGE_SIZE } }),
  });

  protected readonly rows = computed(() => {
    if (!this.list.hasValue()) return [];
    const now = new Date();
    const lang = this.i18n.lang();
    return this.list.value().items.map((item) => ({ item, due: dueDisplay(item.dueAt, item.overdue, now, lang) }));
  });
  protected readonly pages = computed(() => (this.list.hasValue() ? pageCount(this.list.value().total, INBOX_PAGE_SIZE) : 1));

  protected sender(item: InboxItem): string {
    return [item.organisation, item.country].filter(Boolean).join(' · ');
  }

  protected subject(item: InboxItem): string {
    return item.subject ? this.pick(item.subject.title) : this.t('inbox.general');
  }

  protected filter(changes: Record<string, string | null>): void {
    this.url.filter(changes, true);
  }

  protected goTo(page: number): void {
    this.url.goTo(page);
  }
}
