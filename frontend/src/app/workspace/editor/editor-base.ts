import { afterNextRender, computed, DestroyRef, Directive, DOCUMENT, inject, Injector, signal, viewChild } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { map, Observable, of, switchMap } from 'rxjs';

import { Api } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import type { RequestFailure } from '../../inquiries/api-errors';
import type { SummaryItem } from '../../inquiries/error-summary';
import { Session } from '../session';
import type { Status } from '../status-badge';
import type { Completeness } from './completeness';
import { completenessPercent } from './completeness';
import { EditorTop } from './editor-parts';
import { editorFailure } from './form-errors';

/** Officers may change an item only before it is published; admins always; editors never. */
export function canEditItem(role: string | null, status: string): boolean {
  if (role === 'admin') return true;
  return role === 'officer' && ['draft', 'rejected', 'submitted'].includes(status);
}

/** What the editors need of a project or policy from the API. */
export interface EditorItem {
  id: string;
  status: Status;
  version: number;
  publishedAt: string | null;
}

type Done = 'ws.saved' | 'ws.submitted' | 'ws.verified';

/**
 * What the project and policy editors share: loading, saving, submitting and deleting the item,
 * field errors (client and API), the error summary, the 409 "changed by someone else" state,
 * status messages and the `beforeunload` warning.
 */
@Directive()
export abstract class EditorBase<C extends string, T extends EditorItem> {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly injector = inject(Injector);
  protected readonly destroyRef = inject(DestroyRef);
  protected readonly document = inject(DOCUMENT);
  protected readonly route = inject(ActivatedRoute);
  protected readonly router = inject(Router);
  protected readonly api = inject(Api);
  private readonly top = viewChild(EditorTop);

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

  protected readonly id = this.route.snapshot.paramMap.get('id');
  protected readonly item = signal<T | null>(null);
  protected readonly loading = computed(() => this.id !== null && !this.item());
  protected readonly previewOpen = signal(false);
  protected readonly needDepartment = computed(() => this.id === null && this.session.role() === 'admin');
  protected readonly taxonomies = rxResource({ stream: () => this.api.get('/api/v1/taxonomies') });
  protected readonly departments = rxResource({
    params: () => (this.needDepartment() ? true : undefined),
    stream: () => this.api.departments(),
  });
  protected readonly departmentOptions = computed(() => (this.departments.hasValue() ? this.departments.value().items : []));
  protected readonly status = computed<Status>(() => this.item()?.status ?? 'draft');
  protected readonly editable = computed(() => canEditItem(this.session.role(), this.status()));
  protected readonly completenessPct = computed(() => completenessPercent(this.completeness()));
  protected readonly canDelete = computed(() => {
    const item = this.item();
    return !!item && item.status === 'draft' && !item.publishedAt && this.editable();
  });

  protected abstract readonly controls: readonly C[];
  protected abstract readonly form: FormGroup;
  /** Where the list of this kind of item lives (`/workspace/projects`). */
  protected abstract readonly listUrl: string;
  /** API field → control, for placing 400 details. */
  protected abstract readonly apiFields: Readonly<Record<string, C>>;
  protected abstract readonly completeness: () => Completeness;
  protected abstract controlId(control: C): string;
  protected abstract fetch(id: string): Observable<T>;
  /** Checks the form and creates or updates the item; null when client-side checks failed. */
  protected abstract write(): Observable<T> | null;
  protected abstract remove(id: string): Observable<unknown>;
  protected abstract submit(id: string): Observable<T>;
  /** Puts the item's values in the form (a fresh load, not after an upload). */
  protected abstract resetForm(item: T): void;

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

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

  /** Called by the subclass constructor once its fields exist. */
  protected start(): void {
    // A draft just created here: the page was reopened at its own URL; say that it was saved.
    const carried = this.router.getCurrentNavigation()?.extras.state?.['wsNotice'];
    if (carried === 'ws.saved' || carried === 'ws.submitted') this.notice.set(carried);
    if (this.id) this.load(this.id);
  }

  protected load(id: string, keepForm = false): void {
    this.fetch(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (p) => this.applyItem(p, keepForm), error: () => this.loadError.set(true) });
  }

  /** Shows an item from the API; `keepForm` keeps the user's unsaved edits (after an upload). */
  protected applyItem(p: T, keepForm = false): void {
    this.item.set(p);
    this.loadError.set(false);
    if (!keepForm) this.resetForm(p);
    if (this.editable()) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }

  protected reload(): void {
    if (!this.id) return;
    this.clearErrors();
    this.load(this.id);
  }

  protected documentsChanged(): void {
    const item = this.item();
    if (item) this.load(item.id, true);
  }

  /** Saves (create or update). Resolves to the saved item, or null when it did not save. */
  private save(): Observable<T | null> {
    const request = this.write();
    return request
      ? request.pipe(
          map((saved) => {
            this.applyItem(saved);
            return saved;
          }),
        )
      : of(null);
  }

  protected saveDraft(): void {
    this.run(() => this.save(), 'ws.saved');
  }

  protected submitForReview(): void {
    this.run(() =>
      (this.hasUnsavedChanges() || !this.item() ? this.save() : of(this.item())).pipe(
        switchMap((saved) => (saved ? this.submit(saved.id) : of(null))),
      ),
      'ws.submitted',
    );
  }

  /** The form counts as saved (before leaving after a delete). */
  protected markPristine(): void {
    this.form.markAsPristine();
  }

  protected deleteDraft(): void {
    const item = this.item();
    if (!item || !globalThis.confirm?.(this.t('ws.confirmDelete'))) return;
    this.busy.set(true);
    this.remove(item.id).subscribe({
      next: () => {
        this.markPristine();
        void this.router.navigateByUrl(this.listUrl);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.showFailure(editorFailure(error, this.apiFields));
      },
    });
  }

  /** Clears old errors first, then saves (the factory may show new client-side errors). */
  protected run(make: () => Observable<T | null>, done: Done): void {
    if (this.busy()) return;
    this.clearErrors();
    this.busy.set(true);
    const wasNew = !this.item();
    make().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.busy.set(false);
        if (!saved) return;
        this.applyItem(saved);
        this.notice.set(done);
        if (wasNew) void this.router.navigate([this.listUrl, saved.id], { replaceUrl: true, state: { wsNotice: done } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.showFailure(editorFailure(error, this.apiFields));
      },
    });
  }

  protected text(vi: string, en: string): { text: string; fallback: boolean } {
    if (this.lang() === 'en' && en.trim()) return { text: en, fallback: false };
    return { text: vi, fallback: this.lang() === 'en' };
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
    afterNextRender(() => this.top()?.focusSummary(), { injector: this.injector });
  }

  protected describedBy(control: C, ...hints: string[]): string | null {
    const ids = [...hints];
    if (this.fieldErrors()[control]) ids.push(`${this.controlId(control)}-error`);
    return ids.length ? ids.join(' ') : null;
  }
}
