import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { Api, type QueryOf, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { formatDate, formatDateTime } from '../../inquiries/dates';
import { httpStatus } from '../../inquiries/api-errors';
import { STATUS_LABEL, STATUSES, type Status } from '../status-badge';
import {
  formatCount,
  formatDecimal,
  formatPercent,
  formatScore,
  formatShare,
  formatShortDateTime,
  NONE,
} from './format';
import { PeriodPicker } from './period-picker';
import { injectPeriodUrl } from './period-url';
import { dayLabel, type DepartmentScore, rowView } from './view-model';

const DRILL = '/api/v1/scoring/departments/{code}';
type DrillQuery = QueryOf<typeof DRILL>;
type Drill = Schemas['DepartmentDrillDownDto'];
type ScoreComponent = Schemas['ScoreComponentDto'];
type Project = Schemas['ScoredProjectDto'];
type Policy = Schemas['ScoredPolicyDto'];
type Inquiry = Schemas['ScoredInquiryDto'];
type Parity = Project['parity'];
type ScoreEvent = Schemas['ScoreEventDto'];
export type CompletenessField = Schemas['CompletenessField'];

const PARITY: Readonly<Record<Parity, MessageKey>> = {
  missing: 'scoreboard.parity.missing',
  present: 'scoreboard.parity.present',
  reviewed: 'scoreboard.parity.reviewed',
};

/** The completeness fields the API names, in words. */
export const FIELD_LABEL: Readonly<Record<CompletenessField, MessageKey>> = {
  location: 'scoreboard.field.location',
  area: 'scoreboard.field.area',
  capital: 'scoreboard.field.capital',
  landStatus: 'scoreboard.field.landStatus',
  infrastructure: 'scoreboard.field.infrastructure',
  incentives: 'scoreboard.field.incentives',
  documents: 'scoreboard.field.documents',
  contact: 'scoreboard.field.contact',
  english: 'scoreboard.field.english',
};

interface ComponentView {
  key: ScoreComponent['key'];
  label: string;
  basis: string;
  /** Why it is left out, or why it does not count (weight 0). */
  note: string | null;
  included: boolean;
  value: string;
  weight: string;
  effective: string;
  points: string;
}

/**
 * `/workspace/scoreboard/{code}?from&to` (editors, admins): why a department got its score — the
 * weighted components (and the ones left out for lack of data) — and the projects, policies and
 * inquiries behind each figure, linked to the workspace pages where they are handled.
 */
@Component({
  selector: 'app-department-score',
  imports: [RouterLink, PeriodPicker],
  templateUrl: './department.html',
  styleUrl: './department.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentScorePage {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly url = injectPeriodUrl();
  protected readonly code = toSignal(this.route.paramMap.pipe(map((p) => p.get('code') ?? '')), {
    initialValue: this.route.snapshot.paramMap.get('code') ?? '',
  });

  private readonly request = computed<{ code: string; query: DrillQuery } | undefined>(() => {
    const period = this.url.valid();
    return period && this.code() ? { code: this.code(), query: { from: period.from, to: period.to, lang: this.lang() } } : undefined;
  });
  protected readonly drill = rxResource({
    params: () => this.request(),
    stream: ({ params }) => this.api.get(DRILL, { path: { code: params.code }, query: params.query }),
  });
  protected readonly data = computed<Drill | null>(() => (this.drill.hasValue() ? this.drill.value() : null));
  protected readonly notFound = computed(() => httpStatus(this.drill.error()) === 404);

  /** The department's id, for the inbox filter (the drill-down names it by code). */
  private readonly departments = rxResource({ stream: () => this.api.departments().pipe(map((d) => d.items)) });
  protected readonly inboxQuery = computed(() => {
    const list = this.departments.hasValue() ? this.departments.value() : [];
    const id = list.find((d) => d.code === this.code())?.id;
    return id ? { department: id } : null;
  });

  protected readonly backQuery = computed(() => ({ from: this.url.period().from || null, to: this.url.period().to || null }));

  protected readonly row = computed(() => {
    const d = this.data();
    return d ? rowView(d.department, this.i18n, this.lang()) : null;
  });

  protected readonly scope = computed(() => {
    const d = this.data();
    if (!d) return '';
    const lang = this.lang();
    return this.t('scoreboard.scope', {
      from: dayLabel(d.period.from, lang),
      to: dayLabel(d.period.to, lang),
      days: formatCount(d.period.days, lang),
      prevFrom: dayLabel(d.previousPeriod.from, lang),
      prevTo: dayLabel(d.previousPeriod.to, lang),
    });
  });
  protected readonly asOf = computed(() => {
    const d = this.data();
    return d ? this.t('scoreboard.asOf', { asOf: formatDateTime(d.asOf, this.lang()) }) : '';
  });

  protected readonly components = computed<ComponentView[]>(() => {
    const d = this.data();
    if (!d) return [];
    const lang = this.lang();
    return d.department.components.map((c) => ({
      key: c.key,
      label: this.t(`scoreboard.component.${c.key}`),
      basis: c.included ? this.basis(c.key, d) : NONE,
      note: !c.included
        ? this.t('scoreboard.why.excluded', { reason: this.t(`scoreboard.excluded.${c.key}`) })
        : c.weight === 0
          ? this.t('scoreboard.why.zeroWeight')
          : null,
      included: c.included,
      value: formatShare(c.value, lang),
      weight: formatCount(c.weight, lang),
      effective: formatShare(c.effectiveWeight, lang),
      points: c.points === null ? NONE : formatDecimal(c.points, lang),
    }));
  });
  protected readonly someExcluded = computed(() => this.components().some((c) => !c.included));

  protected readonly figures = computed(() => {
    const d = this.data()?.department;
    if (!d) return [];
    const lang = this.lang();
    const r = this.row()!;
    const items: { key: MessageKey; value: string }[] = [
      { key: 'scoreboard.col.projects', value: r.projects },
      { key: 'scoreboard.col.policies', value: r.policies },
      { key: 'scoreboard.col.completeness', value: r.completeness },
      { key: 'scoreboard.col.fresh', value: r.fresh },
      { key: 'scoreboard.col.english', value: r.english },
      { key: 'scoreboard.col.inquiries', value: r.inquiries },
      { key: 'scoreboard.col.median', value: r.median },
      { key: 'scoreboard.col.p90', value: r.p90 },
      {
        key: 'scoreboard.col.withinTarget',
        value:
          d.withinTargetPercent === null
            ? NONE
            : `${r.withinTarget} (${formatCount(d.withinTarget, lang)} / ${formatCount(d.targetCounted, lang)})`,
      },
      { key: 'scoreboard.col.rating', value: r.rating },
    ];
    return items.map((i) => ({ label: this.t(i.key), value: i.value }));
  });

  protected readonly projects = computed(() => {
    const d = this.data();
    if (!d) return [];
    const lang = this.lang();
    return d.projects.map((p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      isPublic: p.isPublic,
      status: this.statusText(p.status),
      completeness: formatPercent(p.completeness, lang),
      missing: p.missing.map((f) => this.fieldLabel(f)),
      fresh: p.fresh === null ? this.t('scoreboard.fresh.none') : this.t(p.fresh ? 'scoreboard.fresh.yes' : 'scoreboard.fresh.no'),
      freshState: p.fresh === null ? 'none' : p.fresh ? 'yes' : 'no',
      confirmed:
        p.confirmedAt && p.ageDays !== null
          ? this.t('scoreboard.fresh.confirmed', { date: formatDate(p.confirmedAt, lang), days: formatCount(p.ageDays, lang) })
          : null,
      parity: this.t(PARITY[p.parity]),
      events: this.events(p.events),
    }));
  });

  protected readonly policies = computed(() => {
    const d = this.data();
    if (!d) return [];
    return d.policies.map((p: Policy) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      isPublic: p.isPublic,
      status: this.statusText(p.status),
      parity: this.t(PARITY[p.parity]),
      events: this.events(p.events),
    }));
  });

  protected readonly inquiries = computed(() => {
    const d = this.data();
    if (!d) return [];
    const lang = this.lang();
    return d.inquiries.map((q: Inquiry) => ({
      reference: q.reference,
      received: formatShortDateTime(q.receivedAt, lang),
      firstReply: q.firstReplyAt ? formatShortDateTime(q.firstReplyAt, lang) : this.t('scoreboard.inquiry.unanswered'),
      hours: formatDecimal(q.replyHours, lang),
      due: formatShortDateTime(q.dueAt, lang),
      within: this.t(
        q.withinTarget === null
          ? 'scoreboard.inquiry.within.none'
          : q.withinTarget
            ? 'scoreboard.inquiry.within.yes'
            : 'scoreboard.inquiry.within.no',
      ),
      withinState: q.withinTarget === null ? 'none' : q.withinTarget ? 'yes' : 'no',
      rating: q.rating === null ? this.t('scoreboard.inquiry.noRating') : this.t('scoreboard.inquiry.stars', { rating: q.rating }),
    }));
  });

  protected reload(): void {
    this.drill.reload();
  }

  protected fieldLabel(field: string): string {
    return Object.hasOwn(FIELD_LABEL, field) ? this.t(FIELD_LABEL[field as CompletenessField]) : field;
  }

  /** The figures behind a component's value, in words. */
  private basis(key: ScoreComponent['key'], d: Drill): string {
    const lang = this.lang();
    const s: DepartmentScore = d.department;
    switch (key) {
      case 'completeness':
        return this.t('scoreboard.basis.completeness', { percent: formatPercent(s.averageCompleteness, lang), count: formatCount(s.publicProjects, lang) });
      case 'freshness':
        return this.t('scoreboard.basis.freshness', { percent: formatPercent(s.freshPercent, lang), days: formatCount(d.freshnessDays, lang) });
      case 'english':
        return this.t('scoreboard.basis.english', { percent: formatPercent(s.englishPercent, lang), count: formatCount(s.publicItems, lang) });
      case 'replyWithinTarget':
        return this.t('scoreboard.basis.replyWithinTarget', { within: formatCount(s.withinTarget, lang), counted: formatCount(s.targetCounted, lang) });
      case 'replySpeed':
        return this.t('scoreboard.basis.replySpeed', {
          hours: formatDecimal(s.medianReplyHours, lang),
          zero: formatCount(d.settings.replySpeedZeroHours, lang),
        });
      case 'rating':
        return this.t('scoreboard.basis.rating', { average: formatDecimal(s.ratingAverage, lang), count: formatCount(s.ratingCount, lang) });
    }
  }

  private events(events: ScoreEvent[]): string[] {
    const lang = this.lang();
    return events.map((e) => `${this.t(`scoreboard.event.${e.action}`)} ${formatDate(e.at, lang)}`);
  }

  private statusText(status: string): string {
    return STATUSES.includes(status as Status) ? this.t(STATUS_LABEL[status as Status]) : status;
  }

  protected previousTotal(): string {
    const previous = this.data()?.department.previousTotal ?? null;
    return previous === null ? this.t('scoreboard.noTotal') : formatScore(previous, this.lang());
  }

  protected total(): string {
    return formatScore(this.data()?.department.total, this.lang());
  }
}
