import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Observable } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import { I18n, isMessageKey } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { describeFailure } from '../../inquiries/api-errors';
import { INCENTIVE_LABEL } from '../../policies/incentives';
import { formatDate } from '../../shared/content/date';
import { formatVnd } from '../../shared/format/format';
import { type MapMarker, type MapRing, MapView } from '../../shared/map/map';
import { Actions } from '../actions';
import { Session } from '../session';
import { StatusBadge } from '../status-badge';

type ProjectDto = Schemas['ProjectDto'];
type PolicyDto = Schemas['PolicyDto'];
type Localized = { vi: string; en: string | null } | null;
type Decision = 'publish' | 'reject' | 'unpublish' | 'archive';

interface TextRow {
  label: MessageKey;
  value: Localized;
  html?: boolean;
}
interface FactRow {
  label: MessageKey;
  value: string;
}

/**
 * An item as the editorial board reviews it: every field in both languages, read-only, with the
 * owning department; approve (publishing the version reviewed) or return with a comment; unpublish
 * or archive published items.
 */
@Component({
  selector: 'app-review-item',
  imports: [RouterLink, StatusBadge, MapView],
  templateUrl: './review-item.html',
  styleUrl: './review-item.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewItem {
  private readonly api = inject(Api);
  private readonly actions = inject(Actions);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly session = inject(Session);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly kind = this.route.snapshot.paramMap.get('kind') === 'policies' ? 'policies' : 'projects';
  private readonly id = this.route.snapshot.paramMap.get('id') ?? '';

  protected readonly project = signal<ProjectDto | null>(null);
  protected readonly policy = signal<PolicyDto | null>(null);
  protected readonly item = computed(() => this.project() ?? this.policy());
  protected readonly loadError = signal(false);
  protected readonly busy = signal(false);
  protected readonly comment = signal('');
  protected readonly commentError = signal(false);
  protected readonly notice = signal<MessageKey | null>(null);
  protected readonly error = signal<{ key: MessageKey; detail?: string } | null>(null);

  /** What an update changes against the version the board last published. */
  protected readonly changes = signal<Schemas['ChangesDto'] | null>(null);
  protected readonly changeRows = computed(() =>
    (this.changes()?.changes ?? []).map((c) => ({
      label: fieldLabel(c.field, this.t),
      published: showValue(c.published, this.t('ws.review.none')),
      current: showValue(c.current, this.t('ws.review.none')),
    })),
  );
  protected readonly publishedOn = computed(() => {
    const at = this.changes()?.publishedAt;
    return at ? formatDate(at, this.i18n.lang()) : '';
  });

  protected readonly texts = computed<TextRow[]>(() => {
    const p = this.project();
    if (p) {
      return [
        { label: 'ws.field.title', value: p.title },
        { label: 'ws.field.summary', value: p.summary },
        { label: 'ws.field.description', value: p.description },
        { label: 'ws.field.objectives', value: p.objectives },
        { label: 'ws.field.landStatus', value: p.landStatus },
        { label: 'ws.field.infrastructure', value: p.infrastructure },
        { label: 'ws.field.timeline', value: p.timeline },
        { label: 'ws.field.contactPosition', value: p.contact?.position ?? null },
      ];
    }
    const q = this.policy();
    if (!q) return [];
    return [
      { label: 'ws.field.title', value: q.title },
      { label: 'ws.field.summary', value: q.summary },
      { label: 'ws.field.body', value: q.body, html: true },
      { label: 'ws.field.legalIssuer', value: q.legalBasis.issuer },
    ];
  });

  protected readonly facts = computed<FactRow[]>(() => {
    const lang = this.i18n.lang();
    const none = this.t('ws.review.none');
    const names = (refs: { name: { vi: string; en: string | null } }[]) => refs.map((r) => this.pick(r.name)).join(', ') || none;
    const p = this.project();
    if (p) {
      return [
        { label: 'ws.review.department', value: this.pick(p.department.name) },
        { label: 'ws.field.code', value: p.code },
        { label: 'ws.field.slug', value: p.slug },
        { label: 'ws.field.sectors', value: names(p.sectors) },
        { label: 'ws.field.unit', value: this.pick(p.unit.name) },
        { label: 'ws.field.form', value: p.investmentForm ? this.pick(p.investmentForm.name) : none },
        { label: 'ws.field.landKind', value: p.landStatusKind ? this.t(LAND[p.landStatusKind]) : none },
        { label: 'ws.field.area', value: p.areaHa === null ? none : String(p.areaHa) },
        { label: 'ws.field.capital', value: p.capitalVnd ? `${p.capitalVnd} (${formatVnd(p.capitalVnd, lang)})` : none },
        { label: 'ws.review.location', value: `${p.location.lat}, ${p.location.lng}` },
        {
          label: 'ws.review.plot',
          value: p.landPlot ? this.t('ws.review.plotPoints', { count: Math.max(0, p.landPlot.coordinates[0].length - 1) }) : none,
        },
        { label: 'ws.field.contactName', value: p.contact?.name ?? none },
        { label: 'ws.field.phone', value: p.contact?.phone ?? none },
        { label: 'ws.field.email', value: p.contact?.email ?? none },
        { label: 'ws.field.policies', value: p.policies.map((x) => this.pick(x.title)).join('; ') || none },
        { label: 'ws.review.version', value: String(p.version) },
      ];
    }
    const q = this.policy();
    if (!q) return [];
    return [
      { label: 'ws.review.department', value: this.pick(q.department.name) },
      { label: 'ws.field.code', value: q.code },
      { label: 'ws.field.slug', value: q.slug },
      { label: 'ws.field.legalNumber', value: q.legalBasis.number },
      { label: 'ws.field.legalDate', value: formatDate(q.legalBasis.date, lang) },
      { label: 'ws.field.validFrom', value: formatDate(q.validFrom, lang) || none },
      { label: 'ws.field.validTo', value: formatDate(q.validTo, lang) || none },
      { label: 'ws.field.incentives', value: q.incentiveTypes.map((x) => this.t(INCENTIVE_LABEL[x])).join(', ') },
      { label: 'ws.field.policySectors', value: names(q.sectors) },
      { label: 'ws.field.units', value: names(q.units) },
      { label: 'ws.review.version', value: String(q.version) },
    ];
  });

  protected readonly markers = computed<MapMarker[]>(() => {
    const p = this.project();
    return p ? [{ lat: p.location.lat, lng: p.location.lng, label: this.pick(p.title) }] : [];
  });

  protected readonly ring = computed(() => (this.project()?.landPlot?.coordinates[0] ?? null) as MapRing | null);

  constructor() {
    this.load();
  }

  private load(): void {
    const done = { error: () => this.loadError.set(true) };
    this.api
      .get(this.kind === 'projects' ? '/api/v1/workspace/projects/{id}/changes' : '/api/v1/workspace/policies/{id}/changes', { path: { id: this.id } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (c) => this.changes.set(c), error: () => this.changes.set(null) });
    if (this.kind === 'projects') {
      this.api
        .get('/api/v1/workspace/projects/{id}', { path: { id: this.id } })
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (p) => this.project.set(p), ...done });
    } else {
      this.api
        .get('/api/v1/workspace/policies/{id}', { path: { id: this.id } })
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (p) => this.policy.set(p), ...done });
    }
  }

  protected reload(): void {
    this.error.set(null);
    this.load();
  }

  protected decide(decision: Decision): void {
    const item = this.item();
    if (!item || this.busy()) return;
    this.error.set(null);
    this.notice.set(null);
    if (decision === 'reject' && !this.comment().trim()) {
      this.commentError.set(true);
      return;
    }
    this.commentError.set(false);
    if (decision === 'unpublish' && !globalThis.confirm?.(this.t('ws.review.confirmUnpublish'))) return;
    if (decision === 'archive' && !globalThis.confirm?.(this.t('ws.review.confirmArchive'))) return;
    const id = { id: item.id };
    const version = item.version;
    let request: Observable<ProjectDto | PolicyDto>;
    if (this.kind === 'projects') {
      request =
        decision === 'publish'
          ? this.api.post('/api/v1/workspace/projects/{id}/publish', { version }, { path: id })
          : decision === 'reject'
            ? this.api.post('/api/v1/workspace/projects/{id}/reject', { version, comment: this.comment().trim() }, { path: id })
            : decision === 'unpublish'
              ? this.actions.post('/api/v1/workspace/projects/{id}/unpublish', id)
              : this.actions.post('/api/v1/workspace/projects/{id}/archive', id);
    } else {
      request =
        decision === 'publish'
          ? this.api.post('/api/v1/workspace/policies/{id}/publish', { version }, { path: id })
          : decision === 'reject'
            ? this.api.post('/api/v1/workspace/policies/{id}/reject', { version, comment: this.comment().trim() }, { path: id })
            : decision === 'unpublish'
              ? this.actions.post('/api/v1/workspace/policies/{id}/unpublish', id)
              : this.actions.post('/api/v1/workspace/policies/{id}/archive', id);
    }
    this.busy.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.busy.set(false);
        if (this.kind === 'projects') this.project.set(saved as ProjectDto);
        else this.policy.set(saved as PolicyDto);
        this.comment.set('');
        this.notice.set(`ws.review.done.${decision}`);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const failure = describeFailure(error, ['comment'] as const);
        if (failure.kind === 'conflict') this.error.set({ key: 'ws.error.conflict', detail: failure.message });
        else if (failure.kind === 'invalid') this.error.set({ key: 'ws.review.commentRequired' });
        else if (failure.kind === 'network') this.error.set({ key: 'ws.error.network' });
        else if (failure.kind === 'forbidden') this.error.set({ key: 'ws.error.forbidden' });
        else if (failure.kind === 'notFound') this.error.set({ key: 'ws.error.notFound' });
        else this.error.set({ key: 'ws.error.server' });
      },
    });
  }

  protected date(iso: string | null): string {
    return formatDate(iso, this.i18n.lang());
  }
}

const LAND: Readonly<Record<Schemas['LandStatusKind'], MessageKey>> = {
  cleared: 'projects.land.cleared',
  clearing: 'projects.land.clearing',
  not_cleared: 'projects.land.not_cleared',
  industrial_zone: 'projects.land.industrial_zone',
};

/** A field of the API (title, capitalVnd, sectorIds …) under its editor label when there is one. */
export function fieldLabel(field: string, t: (key: MessageKey) => string): string {
  const key = `ws.field.${FIELD_KEYS[field] ?? field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** API field → editor label where the names differ. */
const FIELD_KEYS: Readonly<Record<string, string>> = {
  capitalVnd: 'capital',
  areaHa: 'area',
  unitId: 'unit',
  investmentFormId: 'form',
  landStatusKind: 'landKind',
  sectorIds: 'sectors',
  policyIds: 'policies',
  unitIds: 'units',
};

/** A changed value as plain text: both languages of a text, lists joined, ids shortened. */
export function showValue(value: unknown, none: string): string {
  if (value === null || value === undefined || value === '') return none;
  if (Array.isArray(value)) return value.length ? value.map((v) => showValue(v, none)).join(', ') : none;
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('vi' in o) return [o['vi'], o['en']].filter((x) => x).map(String).join(' / ') || none;
    return JSON.stringify(value);
  }
  return String(value);
}
