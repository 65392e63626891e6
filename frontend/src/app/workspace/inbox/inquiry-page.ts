import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map, Observable } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import { LANG_NAMES } from '../../core/i18n/lang';
import type { MessageKey } from '../../core/i18n/vi';
import { describeFailure, httpStatus } from '../../inquiries/api-errors';
import { countryOptions } from '../../inquiries/countries';
import { formatDateTime } from '../../inquiries/dates';
import { ErrorSummary, type SummaryItem } from '../../inquiries/error-summary';
import { allowedActions, canReply, dueDisplay, subjectPath, textError, type SettableStatus } from './inbox-logic';
import { InquiryStatusBadge, OverdueBadge } from './inquiry-status';

type Detail = Schemas['InboxDetailDto'];
type TextForm = 'reply' | 'note';

/** A problem not tied to a field: what to say, and the request id for support when there is one. */
interface Alert {
  key: MessageKey;
  requestId?: string | null;
  detail?: string;
}

const TEXT_ERRORS: Readonly<Record<TextForm, Record<'required' | 'short' | 'long', MessageKey>>> = {
  reply: { required: 'inbox.reply.error.required', short: 'inbox.reply.error.short', long: 'inbox.reply.error.long' },
  note: { required: 'inbox.notes.error.required', short: 'inbox.notes.error.short', long: 'inbox.notes.error.long' },
};

/**
 * One inquiry in the inbox: the sender and their message, the handling (status, assignment), the
 * answer to the investor (mailed, and shown on the tracking page), internal notes and the rating.
 * A 409 (someone else changed it, or the change is not allowed) reloads the inquiry.
 */
@Component({
  selector: 'app-inquiry-page',
  imports: [RouterLink, ReactiveFormsModule, ErrorSummary, InquiryStatusBadge, OverdueBadge],
  templateUrl: './inquiry-page.html',
  styleUrl: './inquiry-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InquiryPage {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly replySummary = viewChild<ErrorSummary>('replySummary');
  private readonly noteSummary = viewChild<ErrorSummary>('noteSummary');

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly lang = this.i18n.lang;
  protected readonly langNames = LANG_NAMES;

  private readonly id = toSignal(this.route.paramMap.pipe(map((p) => p.get('id') ?? '')), {
    initialValue: this.route.snapshot.paramMap.get('id') ?? '',
  });

  protected readonly detail = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get('/api/v1/workspace/inquiries/{id}', { path: { id: params } }),
  });
  protected readonly inquiry = computed<Detail | null>(() => (this.detail.hasValue() ? this.detail.value() : null));
  protected readonly notFound = computed(() => {
    const status = httpStatus(this.detail.error());
    return status === 404 || status === 400 || status === 403;
  });

  protected readonly actions = computed(() => {
    const i = this.inquiry();
    return i && !i.anonymisedAt ? allowedActions(i.status) : [];
  });
  protected readonly canReply = computed(() => {
    const i = this.inquiry();
    return i ? canReply(i) : false;
  });
  protected readonly due = computed(() => {
    const i = this.inquiry();
    return i ? dueDisplay(i.dueAt, i.overdue, new Date(), this.lang()) : null;
  });
  protected readonly country = computed(() => {
    const i = this.inquiry();
    return i ? (countryOptions([i.country], this.lang())[0]?.name ?? i.country) : '';
  });
  protected readonly subjectLink = computed(() => {
    const s = this.inquiry()?.subject;
    return s?.public ? subjectPath(s, this.lang()) : null;
  });

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly replyForm = this.fb.group({ body: [''] });
  protected readonly noteForm = this.fb.group({ body: [''] });
  protected readonly assignForm = this.fb.group({ assignee: [''] });

  /** Which request is running (one at a time). */
  protected readonly busy = signal<'status' | 'assign' | TextForm | null>(null);
  /** Problem with a status change or an assignment (shown above the handling section). */
  protected readonly actionAlert = signal<Alert | null>(null);
  /** Polite confirmation of the last thing done. */
  protected readonly done = signal<MessageKey | null>(null);
  private readonly fieldError = signal<Partial<Record<TextForm, MessageKey>>>({});
  private readonly formAlert = signal<Partial<Record<TextForm, Alert>>>({});

  protected readonly replyErrorText = computed(() => this.errorTextOf('reply'));
  protected readonly noteErrorText = computed(() => this.errorTextOf('note'));
  protected readonly replySummaryItems = computed(() => this.summaryOf('reply', 'reply-body'));
  protected readonly noteSummaryItems = computed(() => this.summaryOf('note', 'note-body'));

  constructor() {
    // Keep the assignment select in step with the inquiry as loaded (and after every change).
    const current = computed(() => this.inquiry()?.assignee?.id ?? '');
    effect(() => {
      const assignee = current();
      untracked(() => this.assignForm.setValue({ assignee }));
    });
  }

  protected time(iso: string | null | undefined): string {
    return formatDateTime(iso, this.lang());
  }

  protected author(entry: Schemas['InboxEntryDto']): string {
    return this.t('inbox.log.by', { name: entry.author?.displayName ?? this.t('inbox.system'), time: this.time(entry.createdAt) });
  }

  protected setStatus(status: SettableStatus): void {
    const i = this.inquiry();
    if (!i || this.busy()) return;
    this.run('status', this.api.post('/api/v1/workspace/inquiries/{id}/status', { status }, { path: { id: i.id } }), 'inbox.action.done');
  }

  protected assign(): void {
    const i = this.inquiry();
    if (!i || this.busy()) return;
    const assigneeId = this.assignForm.getRawValue().assignee || null;
    this.run('assign', this.api.post('/api/v1/workspace/inquiries/{id}/assign', { assigneeId }, { path: { id: i.id } }), 'inbox.assign.done');
  }

  protected send(form: TextForm): void {
    const i = this.inquiry();
    if (!i || this.busy()) return;
    const group = form === 'reply' ? this.replyForm : this.noteForm;
    const body = group.getRawValue().body;
    this.formAlert.update((a) => ({ ...a, [form]: undefined }));
    const error = textError(body);
    this.fieldError.update((e) => ({ ...e, [form]: error ? TEXT_ERRORS[form][error] : undefined }));
    if (error) {
      this.focusSummary(form);
      return;
    }
    const request =
      form === 'reply'
        ? this.api.post('/api/v1/workspace/inquiries/{id}/reply', { body: body.trim() }, { path: { id: i.id } })
        : this.api.post('/api/v1/workspace/inquiries/{id}/notes', { body: body.trim() }, { path: { id: i.id } });
    this.run(form, request, form === 'reply' ? 'inbox.reply.sent' : 'inbox.notes.added', () => group.reset());
  }

  private run(kind: 'status' | 'assign' | TextForm, request: Observable<Detail>, success: MessageKey, after?: () => void): void {
    this.busy.set(kind);
    this.done.set(null);
    this.actionAlert.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.detail.set(updated);
        after?.();
        this.done.set(success);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.failed(kind, error);
      },
    });
  }

  private failed(kind: 'status' | 'assign' | TextForm, error: unknown): void {
    const failure = describeFailure(error, ['body', 'assigneeId', 'status'] as const);
    let alert: Alert;
    switch (failure.kind) {
      case 'invalid':
        if ((kind === 'reply' || kind === 'note') && failure.fields.body) {
          const text = (kind === 'reply' ? this.replyForm : this.noteForm).getRawValue().body.trim();
          this.fieldError.update((e) => ({ ...e, [kind]: TEXT_ERRORS[kind][text.length > 10_000 ? 'long' : 'short'] }));
          this.focusSummary(kind);
          return;
        }
        alert = { key: 'inbox.error.other', detail: [...Object.values(failure.fields).flat(), ...failure.other].join('; ') };
        break;
      case 'conflict':
        // Someone else changed it, or the change no longer applies: show the inquiry as it is now.
        alert = { key: 'inbox.error.conflict' };
        this.detail.reload();
        break;
      case 'notFound':
        alert = { key: 'inbox.notFound' };
        break;
      case 'forbidden':
        alert = { key: 'inbox.error.forbidden' };
        break;
      case 'network':
        alert = { key: 'inbox.error.network' };
        break;
      default:
        alert = { key: 'inbox.error.server', requestId: failure.kind === 'server' ? failure.requestId : null };
    }
    if (httpStatus(error) === 401) alert = { key: 'inbox.error.forbidden' };
    if (kind === 'reply' || kind === 'note') {
      this.formAlert.update((a) => ({ ...a, [kind]: alert }));
      this.focusSummary(kind);
    } else {
      this.actionAlert.set(alert);
    }
  }

  protected alertText(alert: Alert): string[] {
    const texts = [this.t(alert.key, { detail: alert.detail ?? '' })];
    if (alert.requestId) texts.push(this.t('inbox.error.requestId', { id: alert.requestId }));
    return texts;
  }

  private errorTextOf(form: TextForm): string | null {
    const key = this.fieldError()[form];
    return key ? this.t(key) : null;
  }

  private summaryOf(form: TextForm, target: string): SummaryItem[] {
    const items: SummaryItem[] = [];
    const field = this.errorTextOf(form);
    if (field) items.push({ target, text: field });
    const alert = this.formAlert()[form];
    if (alert) for (const text of this.alertText(alert)) items.push({ target: null, text });
    return items;
  }

  private focusSummary(form: TextForm): void {
    afterNextRender(() => (form === 'reply' ? this.replySummary() : this.noteSummary())?.focus(), { injector: this.injector });
  }
}
