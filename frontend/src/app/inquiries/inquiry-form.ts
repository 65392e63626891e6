import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, ValidatorFn } from '@angular/forms';
import { debounceTime, map } from 'rxjs';

import { Api, type Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { Lang, LANG_NAMES, LANGS } from '../core/i18n/lang';
import type { MessageKey } from '../core/i18n/vi';
import { describeFailure } from './api-errors';
import { formatCount } from '../shared/format/format';
import { countryOptions } from './countries';
import { formatDateTime } from './dates';
import { ErrorSummary, type SummaryItem } from './error-summary';

type CreateInquiryDto = Schemas['CreateInquiryDto'];
type InquiryCreatedDto = Schemas['InquiryCreatedDto'];

/** Fields a person fills in, in page order (the order of the error summary). */
export const INQUIRY_FIELDS = [
  'name',
  'organisation',
  'country',
  'email',
  'phone',
  'preferredLang',
  'message',
  'consent',
] as const;
export type InquiryField = (typeof INQUIRY_FIELDS)[number];

export const MESSAGE_MAX = 5000;
const MESSAGE_MIN = 10;
/** The API's rule for phone numbers (CreateInquiryDto.phone). */
const PHONE = /^\+?[0-9 ().-]{6,40}$/;
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** Length checks on the text as the API will see it: NFC-normalised and trimmed. */
function trimmedLength(min: number, max: number, multiline = false): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const text = (control.value ?? '').normalize('NFC').trim();
    if (text === '') return min > 0 ? { required: true } : null;
    if (text.length < min) return { short: true };
    if (text.length > max) return { long: true };
    if (!multiline && CONTROL_CHARS.test(text)) return { invalid: true };
    return null;
  };
}

function pattern(re: RegExp): ValidatorFn {
  return (control: AbstractControl<string>) => {
    const text = (control.value ?? '').trim();
    return text === '' || re.test(text) ? null : { invalid: true };
  };
}

/** Looser than the API's check on purpose: anything it refuses comes back as a field error. */
function email(control: AbstractControl<string>): ValidationErrors | null {
  const text = (control.value ?? '').trim();
  if (text === '') return { required: true };
  if (text.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { invalid: true };
  return null;
}

function checked(control: AbstractControl<boolean>): ValidationErrors | null {
  return control.value === true ? null : { required: true };
}

function chosen(control: AbstractControl<string>): ValidationErrors | null {
  return control.value ? null : { required: true };
}

/** The message for a control's first error; `invalid` is also what a server-side refusal shows. */
export function inquiryErrorKey(field: InquiryField, errors: ValidationErrors | null): MessageKey | null {
  if (!errors) return null;
  const table: Record<InquiryField, Partial<Record<string, MessageKey>>> = {
    name: {
      required: 'inquiries.error.name.required',
      short: 'inquiries.error.name.length',
      long: 'inquiries.error.name.length',
      invalid: 'inquiries.error.name.invalid',
    },
    organisation: { long: 'inquiries.error.organisation.length', invalid: 'inquiries.error.organisation.invalid' },
    country: { required: 'inquiries.error.country.required', invalid: 'inquiries.error.country.invalid' },
    email: { required: 'inquiries.error.email.required', invalid: 'inquiries.error.email.invalid' },
    phone: { invalid: 'inquiries.error.phone.invalid' },
    preferredLang: { required: 'inquiries.error.preferredLang.required', invalid: 'inquiries.error.preferredLang.required' },
    message: {
      required: 'inquiries.error.message.required',
      short: 'inquiries.error.message.short',
      long: 'inquiries.error.message.long',
      invalid: 'inquiries.error.message.invalid',
    },
    consent: {
      required: 'inquiries.error.consent.required',
      invalid: 'inquiries.error.consent.required',
      changed: 'inquiries.error.consent.changed',
    },
  };
  for (const code of Object.keys(errors)) {
    const key = table[field][code];
    if (key) return key;
  }
  return table[field]['invalid'] ?? table[field]['required'] ?? null;
}

type Alert = { key: MessageKey; requestId?: string | null };

/**
 * The inquiry form: on a project or policy page (with `subject`) or on the contact page (without).
 * Errors follow the GOV.UK pattern (summary with links at the top, focused; inline messages tied
 * to each field); after sending, a confirmation with the reference and the private tracking link
 * replaces the form.
 */
@Component({
  selector: 'app-inquiry-form',
  imports: [ReactiveFormsModule, ErrorSummary],
  templateUrl: './inquiry-form.html',
  styleUrl: './inquiry-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InquiryForm {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly summary = viewChild(ErrorSummary);
  private readonly donePanel = viewChild<ElementRef<HTMLElement>>('done');

  /** What the inquiry is about; null for a general inquiry (contact page). */
  readonly subject = input<{ type: 'project' | 'policy'; slug: string } | null>(null);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly langs = LANGS;
  protected readonly langNames = LANG_NAMES;
  protected readonly messageMax = MESSAGE_MAX;

  protected readonly formInfo = rxResource({ stream: () => this.api.get('/api/v1/inquiries/form') });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', trimmedLength(2, 120)],
    organisation: ['', trimmedLength(0, 200)],
    country: ['', chosen],
    email: ['', email],
    phone: ['', pattern(PHONE)],
    preferredLang: [this.i18n.lang() as Lang, chosen],
    // Messages may contain line breaks; names and organisations may not contain control characters.
    message: ['', trimmedLength(MESSAGE_MIN, MESSAGE_MAX, true)],
    consent: [false, checked],
    /** Honeypot: people never see it; anything typed here marks the inquiry as spam. */
    website: [''],
  });

  protected readonly heading = computed(() => {
    const type = this.subject()?.type;
    return this.t(type === 'project' ? 'inquiries.form.heading.project' : type === 'policy' ? 'inquiries.form.heading.policy' : 'inquiries.form.heading');
  });

  protected readonly countries = computed(() =>
    this.formInfo.hasValue() ? countryOptions(this.formInfo.value().countries, this.lang()) : [],
  );
  protected readonly consentText = computed(() =>
    this.formInfo.hasValue() ? this.i18n.pick(this.formInfo.value().consentText) : '',
  );

  private readonly messageValue = toSignal(this.form.controls.message.valueChanges, { initialValue: '' });
  protected readonly remaining = computed(() => MESSAGE_MAX - this.messageValue().normalize('NFC').length);
  protected readonly countText = computed(() => this.countLabel(this.remaining()));
  /** Announced to screen readers once typing pauses, not on every key. */
  protected readonly countAnnouncement = toSignal(
    this.form.controls.message.valueChanges.pipe(
      debounceTime(1000),
      map((v) => MESSAGE_MAX - v.normalize('NFC').length),
    ),
    { initialValue: null },
  );

  protected readonly sending = signal(false);
  protected readonly created = signal<InquiryCreatedDto | null>(null);
  protected readonly copyState = signal<'idle' | 'copied' | 'failed'>('idle');
  /** Field errors shown since the last submit (GOV.UK: they stay until the next one). */
  private readonly fieldErrors = signal<Partial<Record<InquiryField, MessageKey>>>({});
  /** Problems not tied to a field: unmapped server details, network or server failure. */
  private readonly otherErrors = signal<string[]>([]);
  private readonly alert = signal<Alert | null>(null);

  protected readonly errorText = computed(() => {
    const texts: Partial<Record<InquiryField, string>> = {};
    for (const [field, key] of Object.entries(this.fieldErrors()) as [InquiryField, MessageKey][]) {
      texts[field] = this.t(key);
    }
    return texts;
  });

  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const errors = this.errorText();
    const items: SummaryItem[] = INQUIRY_FIELDS.filter((f) => errors[f]).map((f) => ({
      target: this.controlId(f),
      text: errors[f]!,
    }));
    for (const detail of this.otherErrors()) items.push({ target: null, text: this.t('inquiries.error.other', { detail }) });
    const alert = this.alert();
    if (alert) {
      items.push({ target: null, text: this.t(alert.key) });
      if (alert.requestId) items.push({ target: null, text: this.t('inquiries.error.requestId', { id: alert.requestId }) });
    }
    return items;
  });

  protected readonly trackingUrl = computed(() => {
    const created = this.created();
    return created ? this.document.location.origin + created.trackingPath : '';
  });
  protected readonly due = computed(() => formatDateTime(this.created()?.dueAt, this.lang()));

  constructor() {
    // The project and policy pages are reused when only the slug changes: a confirmation (or the
    // errors) shown for the previous subject must not stay on the next one.
    let previous: string | undefined;
    effect(() => {
      const s = this.subject();
      const key = s ? `${s.type}:${s.slug}` : '';
      untracked(() => {
        if (previous !== undefined && previous !== key) {
          if (this.created()) this.form.reset({ preferredLang: this.lang() });
          this.created.set(null);
          this.copyState.set('idle');
          this.fieldErrors.set({});
          this.otherErrors.set([]);
          this.alert.set(null);
        }
        previous = key;
      });
    });

    // Until the visitor picks one, the answer language follows the page language.
    effect(() => {
      const lang = this.lang();
      untracked(() => {
        const control = this.form.controls.preferredLang;
        if (control.pristine) control.setValue(lang);
      });
    });
  }

  protected controlId(field: InquiryField | 'website'): string {
    // Radio groups are reached through their first option.
    return field === 'preferredLang' ? `inq-preferredLang-${LANGS[0]}` : `inq-${field}`;
  }

  /** `aria-describedby` of a control: its hint(s) and, when there is one, its error message. */
  protected describedBy(field: InquiryField, ...hints: string[]): string | null {
    const ids = [...hints];
    if (this.errorText()[field]) ids.push(`inq-${field}-error`);
    return ids.length ? ids.join(' ') : null;
  }

  protected countLabel(remaining: number): string {
    const lang = this.lang();
    return remaining >= 0
      ? this.t('inquiries.count.remaining', { count: formatCount(remaining, lang) })
      : this.t('inquiries.count.over', { count: formatCount(-remaining, lang) });
  }

  protected submit(): void {
    if (this.sending() || !this.formInfo.hasValue()) return;
    this.alert.set(null);
    this.otherErrors.set([]);
    const errors: Partial<Record<InquiryField, MessageKey>> = {};
    for (const field of INQUIRY_FIELDS) {
      const key = inquiryErrorKey(field, this.form.controls[field].errors);
      if (key) errors[field] = key;
    }
    this.fieldErrors.set(errors);
    if (Object.keys(errors).length > 0) {
      this.focusSummary();
      return;
    }

    const v = this.form.getRawValue();
    const subject = this.subject();
    const body: CreateInquiryDto = {
      ...(subject ? { subject: { type: subject.type, slug: subject.slug } } : {}),
      name: v.name.trim(),
      organisation: v.organisation.trim() || null,
      country: v.country,
      email: v.email.trim(),
      phone: v.phone.trim() || null,
      preferredLang: v.preferredLang,
      message: v.message.trim(),
      consent: v.consent,
      consentVersion: this.formInfo.value().consentVersion,
      ...(v.website ? { website: v.website } : {}),
    };
    this.sending.set(true);
    this.api
      .post('/api/v1/inquiries', body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (created) => {
          this.sending.set(false);
          this.fieldErrors.set({});
          this.created.set(created);
          afterNextRender(() => this.donePanel()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.showFailure(error);
        },
      });
  }

  private showFailure(error: unknown): void {
    const failure = describeFailure(error, INQUIRY_FIELDS);
    switch (failure.kind) {
      case 'invalid': {
        const errors: Partial<Record<InquiryField, MessageKey>> = {};
        for (const field of Object.keys(failure.fields) as InquiryField[]) {
          errors[field] = inquiryErrorKey(field, { invalid: true })!;
        }
        this.fieldErrors.set(errors);
        this.otherErrors.set(failure.other);
        break;
      }
      case 'conflict':
        // The privacy notice changed since the form was loaded: show the new text, ask again.
        this.formInfo.reload();
        this.form.controls.consent.setValue(false);
        this.fieldErrors.set({ consent: 'inquiries.error.consent.changed' });
        break;
      case 'network':
        this.alert.set({ key: 'inquiries.error.network' });
        break;
      case 'forbidden':
        this.alert.set({ key: 'inquiries.error.forbidden' });
        break;
      case 'rateLimited':
        this.alert.set({ key: 'inquiries.error.rateLimited' });
        break;
      case 'server':
        this.alert.set({ key: 'inquiries.error.server', requestId: failure.requestId });
        break;
      case 'notFound':
        this.alert.set({ key: 'inquiries.error.server' });
        break;
    }
    this.focusSummary();
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }

  protected copyLink(): void {
    const url = this.trackingUrl();
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) {
      this.copyState.set('failed');
      return;
    }
    clipboard.writeText(url).then(
      () => this.copyState.set('copied'),
      () => this.copyState.set('failed'),
    );
  }

  protected startAgain(): void {
    this.form.reset({ preferredLang: this.lang() });
    this.created.set(null);
    this.copyState.set('idle');
    afterNextRender(() => this.document.getElementById(this.controlId('name'))?.focus(), {
      injector: this.injector,
    });
  }
}
