import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';

import { Api, type QueryOf, toHttpParams } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import { formatDateTime } from '../../inquiries/dates';
import { Session } from '../session';
import { formatCount } from './format';
import { PeriodPicker } from './period-picker';
import { injectPeriodUrl } from './period-url';
import { dayLabel, rowView } from './view-model';
import { WeightsPanel } from './weights-panel';

const BOARD = '/api/v1/scoring/departments';
type BoardQuery = QueryOf<typeof BOARD>;

/** The download of the scoreboard: the API's own URL with the same period and language. */
export function exportUrl(query: BoardQuery, format: 'csv' | 'xlsx'): string {
  return `${BOARD}?${toHttpParams({ ...query, format } satisfies BoardQuery).toString()}`;
}

/**
 * `/workspace/scoreboard` (editors, admins): every department's score for a period (last quarter
 * unless the URL says otherwise), its rank and trend, the key figures, the downloads and the
 * weights (administrators can change them). docs/scoring.md defines every number.
 */
@Component({
  selector: 'app-scoreboard',
  imports: [RouterLink, PeriodPicker, WeightsPanel],
  templateUrl: './scoreboard.html',
  styleUrl: './scoreboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Scoreboard {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly url = injectPeriodUrl();
  protected readonly isAdmin = computed(() => this.session.role() === 'admin');

  /** What is asked of the API, or undefined while the URL's period is not valid. */
  private readonly request = computed<BoardQuery | undefined>(() => {
    const period = this.url.valid();
    return period ? { from: period.from, to: period.to, lang: this.lang() } : undefined;
  });
  protected readonly board = rxResource({
    params: () => this.request(),
    stream: ({ params }) => this.api.get(BOARD, { query: params }),
  });
  protected readonly data = computed(() => (this.board.hasValue() ? this.board.value() : null));

  protected readonly rows = computed(() => {
    const lang = this.lang();
    return (this.data()?.departments ?? []).map((row) => rowView(row, this.i18n, lang));
  });

  protected readonly scope = computed(() => {
    const b = this.data();
    if (!b) return null;
    const lang = this.lang();
    return {
      from: dayLabel(b.period.from, lang),
      to: dayLabel(b.period.to, lang),
      text: this.t('scoreboard.scope', {
        from: dayLabel(b.period.from, lang),
        to: dayLabel(b.period.to, lang),
        days: formatCount(b.period.days, lang),
        prevFrom: dayLabel(b.previousPeriod.from, lang),
        prevTo: dayLabel(b.previousPeriod.to, lang),
      }),
      asOf: this.t('scoreboard.asOf', { asOf: formatDateTime(b.asOf, lang) }),
    };
  });

  protected readonly csvUrl = computed(() => this.exportOf('csv'));
  protected readonly xlsxUrl = computed(() => this.exportOf('xlsx'));

  /** The period for the department links (the same one as the table's). */
  protected readonly periodQuery = computed(() => {
    const p = this.data()?.period;
    return p ? { from: p.from, to: p.to } : {};
  });

  protected reload(): void {
    this.board.reload();
  }

  private exportOf(format: 'csv' | 'xlsx'): string | null {
    const request = this.request();
    return request ? exportUrl(request, format) : null;
  }
}
