import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map, Observable } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import { formatDate } from '../../shared/content/date';
import { injectListUrlState, pageCount } from '../list-state';
import { Session } from '../session';
import { STATUS_LABEL, StatusBadge, STATUSES, type Status } from '../status-badge';

export type ItemKind = 'projects' | 'policies';
type Item = Schemas['ProjectDto'] | Schemas['PolicyDto'];
interface ItemPage {
  items: Item[];
  total: number;
}

const PAGE_SIZE = 25;

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/**
 * Projects or policies the signed-in user works on (officers: their department's; editors and
 * admins: all departments), filtered by status through the URL (`?status=rejected&page=2`).
 */
@Component({
  selector: 'app-ws-item-list',
  imports: [RouterLink, StatusBadge],
  templateUrl: './item-list.html',
  styleUrl: './item-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemList {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(Session);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly statuses = STATUSES;
  protected readonly statusLabel = STATUS_LABEL;

  protected readonly kind = toSignal(this.route.data.pipe(map((d) => d['kind'] as ItemKind)), {
    initialValue: this.route.snapshot.data['kind'] as ItemKind,
  });
  private readonly url = injectListUrlState();
  protected readonly status = computed(() => {
    const s = this.url.query().get('status');
    return isStatus(s) ? s : null;
  });
  protected readonly page = this.url.page;

  protected readonly canCreate = this.session.canCreate;
  protected readonly showDepartment = computed(() => this.session.role() !== 'officer');
  protected readonly heading = computed(() => {
    const own = this.session.role() === 'officer';
    if (this.kind() === 'projects') return this.t(own ? 'ws.nav.myProjects' : 'ws.nav.allProjects');
    return this.t(own ? 'ws.nav.myPolicies' : 'ws.nav.allPolicies');
  });

  protected readonly list = rxResource({
    params: () => ({ kind: this.kind(), status: this.status() ?? undefined, page: this.page() }),
    stream: ({ params }) => {
      const query = { status: params.status, page: params.page, pageSize: PAGE_SIZE };
      const page: Observable<ItemPage> =
        params.kind === 'projects'
          ? this.api.get('/api/v1/workspace/projects', { query })
          : this.api.get('/api/v1/workspace/policies', { query });
      return page;
    },
  });
  protected readonly items = computed<Item[]>(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly pages = computed(() => (this.list.hasValue() ? pageCount(this.list.value().total, PAGE_SIZE) : 1));

  /** Editors review (read-only); officers and admins edit. */
  protected link(item: Item): string[] {
    const kind = this.kind();
    return this.session.role() === 'editor' ? ['/workspace/review', kind, item.id] : ['/workspace', kind, item.id];
  }

  protected updated(item: Item): string {
    return formatDate(item.updatedAt, this.i18n.lang());
  }

  protected filter(value: string): void {
    this.url.filter({ status: isStatus(value) ? value : null }, false);
  }

  protected goTo(page: number): void {
    this.url.goTo(page);
  }
}
