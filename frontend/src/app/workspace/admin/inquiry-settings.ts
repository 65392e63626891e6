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
import { map } from 'rxjs';

import { Api } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { describeFailure } from '../../inquiries/api-errors';
import { formatDate } from '../../inquiries/dates';
import { ErrorSummary, type SummaryItem } from '../../inquiries/error-summary';
import { addHoliday, removeHoliday, sortHolidays } from './holidays';

const FIELDS = ['responseDays', 'holidays', 'intakeDepartment'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_ID: Readonly<Record<Field, string>> = {
  responseDays: 'set-days',
  holidays: 'set-holiday',
  intakeDepartment: 'set-intake',
};

/** Response target, public holidays and the intake department of the inquiry inbox (admins). */
@Component({
  selector: 'app-inquiry-settings',
  imports: [ReactiveFormsModule, ErrorSummary],
  templateUrl: './inquiry-settings.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.scss',
})
export class InquirySettings {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly settings = rxResource({ stream: () => this.api.get('/api/v1/workspace/settings/inquiries') });
  protected readonly departments = rxResource({ stream: () => this.api.departments().pipe(map((d) => d.items)) });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    responseDays: [5],
    intakeDepartment: [''],
    newHoliday: [''],
  });
  protected readonly holidays = signal<string[]>([]);

  protected readonly saving = signal(false);
  /** Polite announcement: saved, holiday added/removed. */
  protected readonly status = signal('');
  private readonly errors = signal<Partial<Record<Field, MessageKey>>>({});
  private readonly other = signal<string[]>([]);

  protected readonly errorText = computed(() => {
    const texts: Partial<Record<Field, string>> = {};
    for (const [f, key] of Object.entries(this.errors()) as [Field, MessageKey][]) texts[f] = this.t(key);
    return texts;
  });
  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const texts = this.errorText();
    const items: SummaryItem[] = FIELDS.filter((f) => texts[f]).map((f) => ({ target: FIELD_ID[f], text: texts[f]! }));
    for (const text of this.other()) items.push({ target: null, text });
    return items;
  });

  constructor() {
    effect(() => {
      if (!this.settings.hasValue()) return;
      const s = this.settings.value();
      untracked(() => {
        this.form.patchValue({ responseDays: s.responseDays, intakeDepartment: s.intakeDepartment });
        this.holidays.set(sortHolidays(s.holidays));
      });
    });
  }

  protected dateLabel(date: string): string {
    return formatDate(`${date}T12:00:00+07:00`, this.i18n.lang());
  }

  protected add(): void {
    const result = addHoliday(this.holidays(), this.form.controls.newHoliday.value);
    if (!result.ok) {
      this.errors.update((e) => ({
        ...e,
        holidays: result.error === 'duplicate' ? 'admin.settings.holiday.duplicate' : 'admin.settings.holiday.invalid',
      }));
      return;
    }
    const date = this.form.controls.newHoliday.value.trim();
    this.errors.update((e) => ({ ...e, holidays: undefined }));
    this.holidays.set(result.holidays);
    this.form.controls.newHoliday.setValue('');
    this.status.set(this.t('admin.settings.holiday.added', { date: this.dateLabel(date) }));
  }

  protected remove(date: string): void {
    this.holidays.update((list) => removeHoliday(list, date));
    this.status.set(this.t('admin.settings.holiday.removed', { date: this.dateLabel(date) }));
    // The button that had focus is gone: keep the keyboard user in the list's field.
    afterNextRender(() => this.document.getElementById('set-holiday')?.focus(), { injector: this.injector });
  }

  protected save(): void {
    if (this.saving()) return;
    const v = this.form.getRawValue();
    const errors: Partial<Record<Field, MessageKey>> = {};
    const days = Number(v.responseDays);
    if (!Number.isInteger(days) || days < 1 || days > 60) errors.responseDays = 'admin.settings.error.responseDays';
    if (!v.intakeDepartment) errors.intakeDepartment = 'admin.settings.error.intake';
    this.errors.set(errors);
    this.other.set([]);
    this.status.set('');
    if (Object.keys(errors).length > 0) return this.focusSummary();

    this.saving.set(true);
    this.api
      .put('/api/v1/workspace/settings/inquiries', { responseDays: days, holidays: this.holidays(), intakeDepartment: v.intakeDepartment })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.holidays.set(sortHolidays(saved.holidays));
          this.status.set(this.t('admin.settings.saved'));
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const failure = describeFailure(error, FIELDS);
          if (failure.kind === 'invalid') {
            const mapped: Partial<Record<Field, MessageKey>> = {};
            if (failure.fields.responseDays) mapped.responseDays = 'admin.settings.error.responseDays';
            if (failure.fields.intakeDepartment) mapped.intakeDepartment = 'admin.settings.error.intake';
            if (failure.fields.holidays) mapped.holidays = 'admin.settings.holiday.invalid';
            this.errors.set(mapped);
            this.other.set(failure.other.map((detail) => this.t('inbox.error.other', { detail })));
          } else {
            this.other.set([this.t(failureKey(failure.kind))]);
          }
          this.focusSummary();
        },
      });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}

/** The message for a failure that is not about one field. */
export function failureKey(kind: string): MessageKey {
  switch (kind) {
    case 'network':
      return 'inbox.error.network';
    case 'forbidden':
      return 'inbox.error.forbidden';
    case 'notFound':
      return 'inbox.error.notFound';
    case 'conflict':
      return 'inbox.error.conflict';
    default:
      return 'inbox.error.server';
  }
}
