import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { DomSanitizer } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';

import { Api } from '../../core/api/api';
import { I18n, registerMessages, translate } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { Settings } from '../../core/settings/settings';
import { Session } from '../session';
import { widgetsEn, widgetsVi } from './messages';
import {
  appliesTo,
  DEFAULT_OPTIONS,
  type Delivery,
  DELIVERIES,
  embedUrl,
  frameHeight,
  HEIGHT_MAX,
  HEIGHT_MIN,
  LIMIT_MAX,
  LIMIT_MIN,
  MAX_FRAME_HEIGHT,
  RESIZE_MESSAGE,
  snippet,
  wholeNumberIn,
  WIDGET_LANGS,
  WIDGET_TYPES,
  type WidgetLang,
  type WidgetOptions,
  type WidgetType,
} from './snippet';

registerMessages({ vi: widgetsVi, en: widgetsEn });

/** Wait this long after the last change before reloading the preview frame. */
export const PREVIEW_DELAY_MS = 400;
const PREVIEW_MIN_HEIGHT = 80;

interface Choice {
  code: string;
  label: string;
}

type Filter = 'sector' | 'unit' | 'department';

const TYPE_LABEL: Readonly<Record<WidgetType, MessageKey>> = {
  projects: 'widgets.type.projects',
  map: 'widgets.type.map',
  policies: 'widgets.type.policies',
  search: 'widgets.type.search',
};

const FRAME_TITLE: Readonly<Record<WidgetType, MessageKey>> = {
  projects: 'widgets.frame.projects',
  map: 'widgets.frame.map',
  policies: 'widgets.frame.policies',
  search: 'widgets.frame.search',
};

const DELIVERY_LABEL: Readonly<Record<Delivery, { label: MessageKey; hint: MessageKey }>> = {
  iframe: { label: 'widgets.delivery.iframe', hint: 'widgets.delivery.iframe.hint' },
  component: { label: 'widgets.delivery.component', hint: 'widgets.delivery.component.hint' },
};

/**
 * `/workspace/widgets` (every role): builds the snippet that shows a public widget (latest calls
 * for investment, project map, policy list, search box) on another site, as an iframe or as a web
 * component, with a live preview (always the iframe) and a copy button. The snippets follow the
 * contract in `snippet.ts`.
 */
@Component({
  selector: 'app-widget-builder',
  imports: [RouterLink],
  templateUrl: './widget-builder.html',
  styleUrl: './widget-builder.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:message)': 'onMessage($event)' },
})
export class WidgetBuilder {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  private readonly settings = inject(Settings);
  private readonly document = inject(DOCUMENT);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly previewFrame = viewChild<ElementRef<HTMLIFrameElement>>('preview');
  private readonly snippetArea = viewChild<ElementRef<HTMLTextAreaElement>>('snippetArea');

  protected readonly t = this.i18n.t;
  protected readonly types = WIDGET_TYPES;
  protected readonly typeLabel = TYPE_LABEL;
  protected readonly langs = WIDGET_LANGS;
  protected readonly deliveries = DELIVERIES;
  protected readonly deliveryLabel = DELIVERY_LABEL;
  protected readonly limits = Array.from({ length: LIMIT_MAX - LIMIT_MIN + 1 }, (_, i) => LIMIT_MIN + i);
  protected readonly heightRange = { min: HEIGHT_MIN, max: HEIGHT_MAX };

  /** The portal's own origin: the snippets and the preview point at it. */
  private readonly origin = this.document.location.origin;

  protected readonly options = signal<WidgetOptions>(DEFAULT_OPTIONS);
  protected readonly delivery = signal<Delivery>('iframe');
  /** What is typed in the height box; the options keep the last valid height. */
  protected readonly heightText = signal(String(DEFAULT_OPTIONS.height));
  protected readonly heightInvalid = computed(() => wholeNumberIn(this.heightText(), HEIGHT_MIN, HEIGHT_MAX) === null);

  protected readonly applies = (param: Parameters<typeof appliesTo>[1]): boolean => appliesTo(this.options().type, param);
  protected readonly hasFilters = computed(() => this.options().type !== 'search');

  // Filter choices come from the same public endpoints the public site uses.
  private readonly taxonomies = rxResource({ stream: () => this.api.get('/api/v1/taxonomies') });
  private readonly departments = rxResource({ stream: () => this.api.departments() });
  protected readonly choicesFailed = computed(() => !!this.taxonomies.error() || !!this.departments.error());
  protected readonly choices = computed<Record<Filter, Choice[]>>(() => {
    const collator = new Intl.Collator(this.i18n.lang());
    const sort = (list: Choice[]) => list.sort((a, b) => collator.compare(a.label, b.label));
    const tax = this.taxonomies.hasValue() ? this.taxonomies.value() : null;
    const deps = this.departments.hasValue() ? this.departments.value().items : [];
    return {
      sector: sort((tax?.sectors ?? []).map((s) => ({ code: s.code, label: this.i18n.pick(s.name) }))),
      // The province itself is no filter: everything is in it.
      unit: sort(
        (tax?.units ?? []).filter((u) => u.kind !== 'province').map((u) => ({ code: u.code, label: this.i18n.pick(u.name) })),
      ),
      department: sort(deps.map((d) => ({ code: d.code, label: this.i18n.pick(d.name) }))),
    };
  });
  protected readonly filters: readonly { name: Filter; label: MessageKey }[] = [
    { name: 'sector', label: 'widgets.sector' },
    { name: 'unit', label: 'widgets.unit' },
    { name: 'department', label: 'widgets.department' },
  ];

  // The embed allow-list: only admins may read the portal settings.
  protected readonly isAdmin = computed(() => this.session.role() === 'admin');
  protected readonly allowList = rxResource({
    params: () => (this.isAdmin() ? true : undefined),
    stream: () => this.api.get('/api/v1/workspace/settings/portal'),
  });

  /** Title of a frame showing these options, in the given language. */
  private frameTitle(options: WidgetOptions, lang: WidgetLang): string {
    const name = this.settings.value().portalName;
    const portal = (lang === 'en' && name.en) || name.vi;
    return translate(lang, FRAME_TITLE[options.type], { portal });
  }

  protected readonly snippetText = computed(() => {
    const options = this.options();
    return snippet(this.origin, this.delivery(), options, {
      title: this.frameTitle(options, options.lang),
      autoHeightComment: this.t('widgets.autoHeight'),
    });
  });
  protected readonly snippetRows = computed(() => Math.min(18, Math.max(4, this.snippetText().split('\n').length + 1)));

  /** The options the preview shows: follows `options` once they have been still for a moment. */
  protected readonly previewOptions = signal<WidgetOptions>(DEFAULT_OPTIONS);
  protected readonly previewUrl = computed(() => embedUrl(this.origin, this.previewOptions()));
  /** Same origin, built from encoded codes only (see embedUrl). */
  protected readonly previewSrc = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.previewUrl()));
  protected readonly previewTitle = computed(() =>
    this.t('widgets.preview.frame', { title: this.frameTitle(this.previewOptions(), this.i18n.lang()) }),
  );
  /** Height the widget in the preview reported (null until it does, and after each reload). */
  private readonly reportedHeight = signal<{ url: string; height: number } | null>(null);
  protected readonly previewHeight = computed(() => {
    const reported = this.reportedHeight();
    return reported?.url === this.previewUrl() ? reported.height : frameHeight(this.previewOptions());
  });

  /** The confirmation belongs to the snippet that was copied: it goes away when the snippet changes. */
  private readonly copied = signal<{ text: string; ok: boolean } | null>(null);
  protected readonly copyStatus = computed(() => {
    const copied = this.copied();
    if (!copied || copied.text !== this.snippetText()) return '';
    return this.t(copied.ok ? 'widgets.copied' : 'widgets.copyFailed');
  });

  constructor() {
    effect((onCleanup) => {
      const options = this.options();
      const timer = setTimeout(() => this.previewOptions.set(options), PREVIEW_DELAY_MS);
      onCleanup(() => clearTimeout(timer));
    });
  }

  protected setType(type: WidgetType): void {
    this.options.update((o) => ({ ...o, type }));
  }

  protected setLang(lang: WidgetLang): void {
    this.options.update((o) => ({ ...o, lang }));
  }

  protected setDelivery(delivery: Delivery): void {
    this.delivery.set(delivery);
  }

  protected setFilter(name: Filter, event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    this.options.update((o) => ({ ...o, [name]: code }));
  }

  protected setLimit(event: Event): void {
    const limit = wholeNumberIn((event.target as HTMLSelectElement).value, LIMIT_MIN, LIMIT_MAX);
    if (limit !== null) this.options.update((o) => ({ ...o, limit }));
  }

  protected setFeatured(event: Event): void {
    const featured = (event.target as HTMLInputElement).checked;
    this.options.update((o) => ({ ...o, featured }));
  }

  protected setHeight(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.heightText.set(text);
    const height = wholeNumberIn(text, HEIGHT_MIN, HEIGHT_MAX);
    if (height !== null) this.options.update((o) => ({ ...o, height }));
  }

  protected async copy(): Promise<void> {
    const text = this.snippetText();
    this.copied.set(null);
    let ok = false;
    try {
      const clipboard = this.document.defaultView?.navigator.clipboard;
      if (clipboard) {
        await clipboard.writeText(text);
        ok = true;
      }
    } catch {
      // Not allowed here (permissions, insecure context): select the text instead.
    }
    if (!ok) ok = this.copyBySelection();
    this.copied.set({ text, ok });
  }

  /** The fallback: select the snippet box and ask the browser to copy the selection. */
  private copyBySelection(): boolean {
    const area = this.snippetArea()?.nativeElement;
    if (!area) return false;
    area.focus();
    area.select();
    try {
      return this.document.execCommand('copy');
    } catch {
      return false;
    }
  }

  /** The preview's widget reports its height like it does to any host page. */
  protected onMessage(event: MessageEvent): void {
    const frame = this.previewFrame()?.nativeElement;
    if (!frame || event.origin !== this.origin || event.source !== frame.contentWindow) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== RESIZE_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return;
    // A widget still loading may report nothing yet: the preview stays visible.
    const clamped = Math.min(Math.max(Math.ceil(height), PREVIEW_MIN_HEIGHT), MAX_FRAME_HEIGHT);
    this.reportedHeight.set({ url: this.previewUrl(), height: clamped });
  }
}
