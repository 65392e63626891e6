import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';

import { Api, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { describeFailure } from '../../inquiries/api-errors';
import { ErrorSummary, type SummaryItem } from '../../inquiries/error-summary';
import { failureKey } from './inquiry-settings';

type Export = Schemas['PersonalDataExportDto'];
type Erasure = Schemas['ErasureReportDto'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** File name of an export: `personal-data-name-at-example.com-2026-12-04.json`. */
export function exportFileName(email: string, exportedAt: string): string {
  const who = email.toLowerCase().replace(/@/g, '-at-').replace(/[^a-z0-9.-]+/g, '_');
  return `personal-data-${who}-${exportedAt.slice(0, 10)}.json`;
}

/**
 * Data-subject requests (admins): export everything held about an email address as JSON (shown,
 * and downloadable as a file), or erase it after an explicit confirmation step.
 */
@Component({
  selector: 'app-personal-data',
  imports: [ReactiveFormsModule, ErrorSummary],
  templateUrl: './personal-data.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonalData {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly summary = viewChild(ErrorSummary);
  private readonly confirmBox = viewChild<ElementRef<HTMLElement>>('confirm');

  protected readonly t = this.i18n.t;
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: [''] });

  protected readonly busy = signal(false);
  protected readonly exported = signal<Export | null>(null);
  protected readonly json = computed(() => {
    const e = this.exported();
    return e ? JSON.stringify(e, null, 2) : '';
  });
  /** The address waiting for "erase permanently" (the confirmation step). */
  protected readonly confirming = signal<string | null>(null);
  protected readonly erased = signal<Erasure | null>(null);
  private readonly emailError = signal<MessageKey | null>(null);
  private readonly other = signal<string[]>([]);

  protected readonly errorText = computed(() => {
    const key = this.emailError();
    return key ? this.t(key) : null;
  });
  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const items: SummaryItem[] = [];
    const e = this.errorText();
    if (e) items.push({ target: 'pd-email', text: e });
    for (const text of this.other()) items.push({ target: null, text });
    return items;
  });

  private checkedEmail(): string | null {
    const email = this.form.getRawValue().email.trim();
    this.other.set([]);
    if (!EMAIL.test(email) || email.length > 254) {
      this.emailError.set('admin.privacy.error.email');
      this.focusSummary();
      return null;
    }
    this.emailError.set(null);
    return email;
  }

  protected export(): void {
    if (this.busy()) return;
    const email = this.checkedEmail();
    if (!email) return;
    this.reset();
    this.busy.set(true);
    this.api
      .post('/api/v1/workspace/privacy/export', { email })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => {
          this.busy.set(false);
          this.exported.set(data);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  protected askErase(): void {
    if (this.busy()) return;
    const email = this.checkedEmail();
    if (!email) return;
    this.reset();
    this.confirming.set(email);
    afterNextRender(() => this.confirmBox()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelErase(): void {
    this.confirming.set(null);
    afterNextRender(() => this.document.getElementById('pd-erase')?.focus(), { injector: this.injector });
  }

  protected erase(): void {
    const email = this.confirming();
    if (!email || this.busy()) return;
    this.busy.set(true);
    this.api
      .post('/api/v1/workspace/privacy/erase', { email })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.busy.set(false);
          this.confirming.set(null);
          this.erased.set(report);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  /** Offers the export as a `.json` file (a Blob URL, revoked once the download has started). */
  protected download(): void {
    const data = this.exported();
    if (!data) return;
    const blob = new Blob([this.json()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = exportFileName(data.email, data.exportedAt);
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private reset(): void {
    this.exported.set(null);
    this.erased.set(null);
    this.confirming.set(null);
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    const failure = describeFailure(error, ['email'] as const);
    if (failure.kind === 'invalid' && failure.fields.email) {
      this.emailError.set('admin.privacy.error.email');
    } else if (failure.kind === 'invalid') {
      this.other.set(failure.other.map((detail) => this.t('inbox.error.other', { detail })));
    } else {
      this.other.set([this.t(failureKey(failure.kind))]);
    }
    this.focusSummary();
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
