import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';

import { Api, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { describeFailure, httpError, isErrorBody } from '../../inquiries/api-errors';
import { ErrorSummary, type SummaryItem } from '../../inquiries/error-summary';
import { NewsFeeds } from '../news/feeds-status';
import { failureKey } from './inquiry-settings';
import {
  addEntry,
  isTileUrl,
  normalizeFeed,
  normalizeOrigin,
  PORTAL_FIELDS,
  portalField,
  type PortalField,
} from './portal-lists';

type PortalSettingsDto = Schemas['PortalSettingsDto'];
type ListName = 'embedAllowList' | 'newsFeeds';

const FIELD_ID: Readonly<Record<PortalField, string>> = {
  tileUrl: 'ps-tile',
  attribution: 'ps-attribution',
  lat: 'ps-lat',
  lng: 'ps-lng',
  zoom: 'ps-zoom',
  maxZoom: 'ps-max-zoom',
  embedAllowList: 'ps-origin',
  newsFeeds: 'ps-feed',
};

const FIELD_ERROR: Readonly<Record<PortalField, MessageKey>> = {
  tileUrl: 'admin.portal.error.tileUrl',
  attribution: 'admin.portal.error.attribution',
  lat: 'admin.portal.error.lat',
  lng: 'admin.portal.error.lng',
  zoom: 'admin.portal.error.zoom',
  maxZoom: 'admin.portal.error.maxZoom',
  embedAllowList: 'admin.portal.error.origin',
  newsFeeds: 'admin.portal.error.feed',
};

/** Map of the public site, widget embed allow-list and news feeds to ingest (admins). */
@Component({
  selector: 'app-portal-settings',
  imports: [ReactiveFormsModule, ErrorSummary, NewsFeeds],
  templateUrl: './portal-settings.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.scss',
})
export class PortalSettings {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ErrorSummary);
  private readonly newsFeeds = viewChild(NewsFeeds);

  protected readonly t = this.i18n.t;
  protected readonly settings = rxResource({ stream: () => this.api.get('/api/v1/workspace/settings/portal') });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    tileUrl: [''],
    attribution: [''],
    lat: [0],
    lng: [0],
    zoom: [10],
    maxZoom: [18],
    newOrigin: [''],
    newFeed: [''],
    english: [true],
  });
  protected readonly lists = signal<Record<ListName, string[]>>({ embedAllowList: [], newsFeeds: [] });

  protected readonly saving = signal(false);
  protected readonly status = signal('');
  private readonly errors = signal<Partial<Record<PortalField, string>>>({});
  private readonly other = signal<string[]>([]);

  protected readonly errorText = this.errors.asReadonly();
  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const texts = this.errors();
    const items: SummaryItem[] = PORTAL_FIELDS.filter((f) => texts[f]).map((f) => ({ target: FIELD_ID[f], text: texts[f]! }));
    for (const text of this.other()) items.push({ target: null, text });
    return items;
  });

  constructor() {
    effect(() => {
      if (!this.settings.hasValue()) return;
      const s = this.settings.value();
      untracked(() => this.fill(s));
    });
  }

  /** `aria-describedby` of a field: its hint and, when shown, its error. */
  protected describedBy(field: PortalField, hint: string | null = null): string | null {
    const ids = [hint, this.errors()[field] ? `${FIELD_ID[field]}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected add(list: ListName): void {
    const control = list === 'embedAllowList' ? this.form.controls.newOrigin : this.form.controls.newFeed;
    const result = addEntry(this.lists()[list], control.value, list === 'embedAllowList' ? normalizeOrigin : normalizeFeed);
    if (!result.ok) {
      const key: MessageKey = result.error === 'duplicate' ? 'admin.portal.error.duplicate' : FIELD_ERROR[list];
      this.errors.update((e) => ({ ...e, [list]: this.t(key) }));
      return;
    }
    const added = result.list[result.list.length - 1];
    this.errors.update((e) => ({ ...e, [list]: undefined }));
    this.lists.update((l) => ({ ...l, [list]: result.list }));
    control.setValue('');
    this.status.set(this.t('admin.portal.added', { value: added }));
  }

  protected remove(list: ListName, value: string): void {
    this.lists.update((l) => ({ ...l, [list]: l[list].filter((v) => v !== value) }));
    this.status.set(this.t('admin.portal.removed', { value }));
    afterNextRender(() => this.document.getElementById(FIELD_ID[list])?.focus(), { injector: this.injector });
  }

  protected save(): void {
    if (this.saving()) return;
    const v = this.form.getRawValue();
    const [lat, lng, zoom, maxZoom] = [v.lat, v.lng, v.zoom, v.maxZoom].map(Number);
    const errors: Partial<Record<PortalField, string>> = {};
    const fail = (f: PortalField) => (errors[f] = this.t(FIELD_ERROR[f]));
    if (!isTileUrl(v.tileUrl)) fail('tileUrl');
    if (v.attribution.length > 300) fail('attribution');
    if (!Number.isFinite(lat) || lat < -90 || lat > 90 || v.lat === null) fail('lat');
    if (!Number.isFinite(lng) || lng < -180 || lng > 180 || v.lng === null) fail('lng');
    if (!Number.isInteger(zoom) || zoom < 0 || zoom > 22) fail('zoom');
    if (!Number.isInteger(maxZoom) || maxZoom < 0 || maxZoom > 22) fail('maxZoom');
    else if (!errors.zoom && zoom > maxZoom) errors.zoom = this.t('admin.portal.error.zoomAboveMax');
    this.errors.set(errors);
    this.other.set([]);
    this.status.set('');
    if (Object.keys(errors).length > 0) return this.focusSummary();

    const body: PortalSettingsDto = {
      languages: v.english ? ['vi', 'en'] : ['vi'],
      map: { tileUrl: v.tileUrl.trim(), attribution: v.attribution.trim(), center: { lat, lng }, zoom, maxZoom },
      ...this.lists(),
    };
    this.saving.set(true);
    this.api
      .put('/api/v1/workspace/settings/portal', body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.fill(saved);
          this.status.set(this.t('admin.portal.saved'));
          // The feed list may have changed: its status table lists the configured feeds.
          this.newsFeeds()?.reload();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.showFailure(error);
          this.focusSummary();
        },
      });
  }

  private showFailure(error: unknown): void {
    const http = httpError(error);
    const body = http && isErrorBody(http.error) ? http.error : null;
    if (http?.status === 400 && body?.details?.length) {
      const fields: Partial<Record<PortalField, string>> = {};
      const other: string[] = [];
      for (const detail of body.details) {
        const field = portalField(detail.field);
        // The API's message names the entry at fault; the form's own text says what to fix.
        if (field) fields[field] = `${this.t(FIELD_ERROR[field])} (${(detail.messages ?? [body.message]).join('; ')})`;
        else other.push(this.t('inbox.error.other', { detail: `${detail.field}: ${(detail.messages ?? []).join('; ')}` }));
      }
      this.errors.set(fields);
      this.other.set(other);
      return;
    }
    this.other.set([this.t(failureKey(describeFailure(error, []).kind))]);
  }

  private fill(s: PortalSettingsDto): void {
    const { map } = s;
    this.form.patchValue({
      tileUrl: map.tileUrl,
      attribution: map.attribution,
      lat: map.center.lat,
      lng: map.center.lng,
      zoom: map.zoom,
      maxZoom: map.maxZoom,
      english: s.languages.includes('en'),
    });
    this.lists.set({ embedAllowList: [...s.embedAllowList], newsFeeds: [...s.newsFeeds] });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
