import { afterNextRender, computed, DestroyRef, Directive, DOCUMENT, inject, Injector, signal, viewChild } from '@angular/core';

import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import type { RequestFailure } from '../../inquiries/api-errors';
import { ErrorSummary, type SummaryItem } from '../../inquiries/error-summary';
import { Session } from '../session';

/**
 * What the project and policy editors share: field errors (client and API), the error summary,
 * the 409 "changed by someone else" state, status messages and the `beforeunload` warning.
 */
@Directive()
export abstract class EditorBase<C extends string> {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly injector = inject(Injector);
  protected readonly destroyRef = inject(DestroyRef);
  protected readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly busy = signal(false);
  /** Announced politely after a save, a submit, …; cleared by the next action. */
  protected readonly notice = signal<MessageKey | null>(null);
  protected readonly conflict = signal(false);
  protected readonly loadError = signal(false);
  protected readonly fieldErrors = signal<Partial<Record<C, string>>>({});
  private readonly otherErrors = signal<string[]>([]);
  private readonly alert = signal<{ key: MessageKey; requestId?: string | null } | null>(null);

  protected abstract readonly controls: readonly C[];
  protected abstract controlId(control: C): string;
  abstract hasUnsavedChanges(): boolean;

  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const errors = this.fieldErrors();
    const items: SummaryItem[] = this.controls
      .filter((c) => errors[c])
      .map((c) => ({ target: this.controlId(c), text: errors[c]! }));
    for (const detail of this.otherErrors()) items.push({ target: null, text: detail });
    const alert = this.alert();
    if (alert) {
      items.push({ target: null, text: this.t(alert.key) });
      if (alert.requestId) items.push({ target: null, text: this.t('inquiries.error.requestId', { id: alert.requestId }) });
    }
    return items;
  });

  constructor() {
    const win = this.document.defaultView;
    const warn = (event: BeforeUnloadEvent) => {
      if (!this.hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    win?.addEventListener('beforeunload', warn);
    this.destroyRef.onDestroy(() => win?.removeEventListener('beforeunload', warn));
  }

  protected clearErrors(): void {
    this.fieldErrors.set({});
    this.otherErrors.set([]);
    this.alert.set(null);
    this.conflict.set(false);
    this.notice.set(null);
  }

  /** Client-side check results: message keys per control. */
  protected showClientErrors(errors: Partial<Record<C, MessageKey>>): boolean {
    const texts: Partial<Record<C, string>> = {};
    for (const [c, key] of Object.entries(errors) as [C, MessageKey][]) texts[c] = this.t(key);
    this.fieldErrors.set(texts);
    this.otherErrors.set([]);
    this.alert.set(null);
    if (Object.keys(texts).length === 0) return false;
    this.focusSummary();
    return true;
  }

  protected showFailure(failure: RequestFailure<C>): void {
    switch (failure.kind) {
      case 'invalid': {
        const texts: Partial<Record<C, string>> = {};
        for (const [c, messages] of Object.entries(failure.fields) as [C, string[]][]) {
          texts[c] = this.t('ws.error.api', { detail: messages.join('; ') });
        }
        this.fieldErrors.set(texts);
        this.otherErrors.set(failure.other);
        break;
      }
      case 'conflict':
        this.conflict.set(true);
        this.alert.set({ key: 'ws.error.conflict' });
        this.otherErrors.set(failure.message ? [failure.message] : []);
        break;
      case 'notFound':
        this.alert.set({ key: 'ws.error.notFound' });
        break;
      case 'forbidden':
        this.alert.set({ key: 'ws.error.forbidden' });
        break;
      case 'network':
        this.alert.set({ key: 'ws.error.network' });
        break;
      case 'rateLimited':
        this.alert.set({ key: 'ws.error.rateLimited' });
        break;
      case 'server':
        this.alert.set({ key: 'ws.error.server', requestId: failure.requestId });
        break;
    }
    this.focusSummary();
  }

  protected focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }

  protected describedBy(control: C, ...hints: string[]): string | null {
    const ids = [...hints];
    if (this.fieldErrors()[control]) ids.push(`${this.controlId(control)}-error`);
    return ids.length ? ids.join(' ') : null;
  }
}
