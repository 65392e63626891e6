import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';

import { Api, type QueryOf, type Schemas, toHttpParams } from '../../core/api/api';
import { I18n, registerMessages } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { Session } from '../session';
import { STATUS_LABEL, STATUSES, type Status } from '../status-badge';
import { dailyChartData, dayLabel, peakDay, SERIES, type SeriesKey, seriesTotals } from './chart-data';
import { DailyChart } from './daily-chart';
import { analyticsEn, analyticsVi } from './messages';
import { type Period, periodProblem, type PeriodProblem, type Preset, PRESETS, presetOf, presetPeriod, quarterOf, MAX_DAYS, TIME_ZONE } from './period';

registerMessages({ vi: analyticsVi, en: analyticsEn });

const SUMMARY = '/api/v1/analytics/summary';
type SummaryQuery = QueryOf<typeof SUMMARY>;
type Summary = Schemas['AnalyticsSummaryDto'];
export type Table = Schemas['AnalyticsTable'];
type Channel = Schemas['UsageChannel'];
type TotalKey = keyof Summary['totals'];

const TOTALS: readonly TotalKey[] = ['projectViews', 'policyViews', 'searches', 'noResultSearches', 'inquiries'];
const PROBLEM: Readonly<Record<PeriodProblem, MessageKey>> = {
  from: 'analytics.problem.from',
  to: 'analytics.problem.to',
  order: 'analytics.problem.order',
  tooLong: 'analytics.problem.tooLong',
};
/** Statuses in which an item has a public page to link to. */
const PUBLIC: readonly string[] = ['published', 'awarded'];

/** The CSV download of one table: the summary's own URL with format=csv (same period and scope). */
export function csvUrl(query: SummaryQuery, table: Table): string {
  return `${SUMMARY}?${toHttpParams({ ...query, format: 'csv', table } satisfies SummaryQuery).toString()}`;
}

/**
 * `/workspace/analytics`: anonymous usage figures for a period (docs/analytics.md). Officers see
 * their department's figures (the API scopes them); editors and admins the whole portal or one
 * department. The period and department live in the URL, so a view can be bookmarked or shared.
 */
@Component({
  selector: 'app-analytics',
  imports: [DailyChart, NgTemplateOutlet],
  templateUrl: './analytics.html',
  styleUrl: './analytics.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Analytics {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly lang = this.i18n.lang;
  protected readonly presets = PRESETS;
  protected readonly totalKeys = TOTALS;
  protected readonly maxDays = MAX_DAYS;

  private readonly query = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  private readonly fallback = presetPeriod('last30', new Date());

  /** The period in the URL (the last 30 days when none is given). */
  protected readonly period = computed<Period>(() => ({
    from: this.query().get('from') ?? this.fallback.from,
    to: this.query().get('to') ?? this.fallback.to,
  }));
  protected readonly urlProblem = computed(() => periodProblem(this.period().from, this.period().to));

  /** Editors and admins choose a department; officers always get their own (scoped by the API). */
  protected readonly canChooseDepartment = computed(() => this.session.role() === 'editor' || this.session.role() === 'admin');
  protected readonly department = computed(() => (this.canChooseDepartment() ? (this.query().get('department') ?? '') : ''));

  protected readonly departments = rxResource({
    params: () => (this.canChooseDepartment() ? true : undefined),
    stream: () => this.api.departments(),
  });
  protected readonly departmentChoices = computed(() =>
    (this.departments.hasValue() ? this.departments.value().items : [])
      .map((d) => ({ code: d.code, name: this.pick(d.name) }))
      .sort((a, b) => a.name.localeCompare(b.name, this.lang())),
  );

  /** What is asked of the API, or undefined while the period in the URL is not valid. */
  private readonly request = computed<SummaryQuery | undefined>(() => {
    if (this.urlProblem()) return undefined;
    const { from, to } = this.period();
    return this.department() ? { from, to, department: this.department() } : { from, to };
  });
  protected readonly summary = rxResource({
    params: () => this.request(),
    stream: ({ params }) => this.api.get(SUMMARY, { query: params }),
  });
  /**
   * The figures shown: while another period or department loads, the previous figures stay (no
   * flicker, and the chart is updated in place rather than destroyed and drawn again).
   */
  protected readonly data = linkedSignal<{ value: Summary | undefined; loading: boolean }, Summary | null>({
    source: () => ({ value: this.summary.hasValue() ? this.summary.value() : undefined, loading: this.summary.isLoading() }),
    computation: (now, before) => now.value ?? (now.loading ? (before?.value ?? null) : null),
  });

  // The period form: drafts follow the URL until edited; checked when submitted.
  protected readonly draftFrom = linkedSignal(() => this.period().from);
  protected readonly draftTo = linkedSignal(() => this.period().to);
  protected readonly formProblem = signal<PeriodProblem | null>(null);
  protected readonly shownProblem = computed(() => this.formProblem() ?? this.urlProblem());
  protected readonly activePreset = computed(() => presetOf(this.period(), new Date()));
  protected readonly lastQuarter = computed(() => quarterOf(presetPeriod('lastQuarter', new Date()).from));

  private readonly locale = computed(() => (this.lang() === 'vi' ? 'vi-VN' : 'en-GB'));
  private readonly numbers = computed(() => new Intl.NumberFormat(this.locale()));
  private readonly dateTimes = computed(
    () => new Intl.DateTimeFormat(this.locale(), { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE }),
  );
  /** A stable function per language (the chart table gets it as an input). */
  protected readonly fmt = computed(() => {
    const numbers = this.numbers();
    return (n: number) => numbers.format(n);
  });

  protected readonly scopeText = computed(() => {
    const s = this.data();
    if (!s) return '';
    const from = dayLabel(s.from, this.lang(), true);
    const to = dayLabel(s.to, this.lang(), true);
    return s.department
      ? this.t('analytics.scope.department', { name: this.pick(s.department.name), from, to })
      : this.t('analytics.scope.portal', { from, to });
  });

  protected readonly chart = computed(() => {
    const s = this.data();
    if (!s) return null;
    const names = Object.fromEntries(SERIES.map((k) => [k, this.t(`analytics.series.${k}`)])) as Record<SeriesKey, string>;
    const data = dailyChartData(s.daily, names, this.lang());
    const from = dayLabel(s.from, this.lang(), true);
    const to = dayLabel(s.to, this.lang(), true);
    const totals = seriesTotals(data)
      .map((x) => `${x.label} ${this.fmt()(x.total)}`)
      .join(', ');
    const peak = peakDay(data, 'views');
    const summary = [
      this.t('analytics.chart.summary', { from, to, totals }),
      peak ? this.t('analytics.chart.peak', { day: peak.day, count: this.fmt()(peak.value) }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return { data, summary, caption: this.t('analytics.chart.caption', { from, to }) };
  });

  protected total(key: TotalKey): number | null {
    return this.data()?.totals[key] ?? null;
  }

  protected totalLabel(key: TotalKey): MessageKey {
    return `analytics.total.${key}`;
  }

  protected presetLabel(preset: Preset): string {
    return preset === 'lastQuarter'
      ? this.t('analytics.preset.lastQuarter', this.lastQuarter())
      : this.t(`analytics.preset.${preset}`);
  }

  protected problemText(problem: PeriodProblem): string {
    return this.t(PROBLEM[problem], { max: MAX_DAYS });
  }

  protected csv(table: Table): string {
    const request = this.request();
    return request ? csvUrl(request, table) : '';
  }

  protected channelLabel(channel: Channel): string {
    return this.t(`analytics.channel.${channel}`);
  }

  protected lastSeen(at: string): string {
    return this.dateTimes().format(new Date(at));
  }

  /** Where a listed item can be seen: its public page while it is public, else nothing. */
  protected publicUrl(kind: 'project' | 'policy', slug: string, status: string): string | null {
    if (!PUBLIC.includes(status)) return null;
    return `/${this.lang()}/${kind === 'project' ? 'projects' : 'policies'}/${slug}`;
  }

  protected statusText(status: string): string {
    return STATUSES.includes(status as Status) ? this.t(STATUS_LABEL[status as Status]) : status;
  }

  protected choosePreset(preset: Preset): void {
    this.formProblem.set(null);
    this.go(presetPeriod(preset, new Date()), this.department());
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const problem = periodProblem(this.draftFrom(), this.draftTo());
    this.formProblem.set(problem);
    if (problem) {
      this.document.getElementById(problem === 'from' ? 'an-from' : 'an-to')?.focus();
      return;
    }
    this.go({ from: this.draftFrom(), to: this.draftTo() }, this.department());
  }

  protected chooseDepartment(code: string): void {
    if (this.urlProblem()) return;
    this.go(this.period(), code);
  }

  private go(period: Period, department: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { from: period.from, to: period.to, department: department || null },
    });
  }
}
