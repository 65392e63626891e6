import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';

import { Api, type Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import type { MessageKey } from '../core/i18n/vi';
import { describeFailure } from './api-errors';
import { ErrorSummary, type SummaryItem } from './error-summary';

type InquiryTrackingDto = Schemas['InquiryTrackingDto'];
type RatingField = 'score' | 'comment';

export const SCORES = [1, 2, 3, 4, 5] as const;
const SCORE_LABEL: Readonly<Record<(typeof SCORES)[number], MessageKey>> = {
  1: 'inquiries.rating.score.1',
  2: 'inquiries.rating.score.2',
  3: 'inquiries.rating.score.3',
  4: 'inquiries.rating.score.4',
  5: 'inquiries.rating.score.5',
};
const COMMENT_MAX = 2000;

/** Rating of an answer (1–5 and an optional comment), with the same error pattern as the inquiry form. */
@Component({
  selector: 'app-rating-form',
  imports: [ReactiveFormsModule, ErrorSummary],
  template: `
    @if (summaryItems().length > 0) {
      <app-error-summary id="rating-summary" [items]="summaryItems()" />
    }
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset class="field" [class.field--error]="errorText().score" [attr.aria-describedby]="errorText().score ? 'rating-score-error' : null">
        <legend>{{ t('inquiries.rating.legend') }} <span class="req">{{ t('inquiries.required') }}</span></legend>
        @if (errorText().score; as e) {
          <p class="error-message" id="rating-score-error"><span class="visually-hidden">{{ t('inquiries.error.prefix') }}</span> {{ e }}</p>
        }
        @for (n of scores; track n) {
          <div class="choice">
            <input type="radio" name="score" formControlName="score" [id]="'rating-score-' + n" [value]="n"
              [attr.aria-invalid]="errorText().score ? 'true' : null" />
            <label [for]="'rating-score-' + n">{{ scoreLabel(n) }}</label>
          </div>
        }
      </fieldset>
      <div class="field" [class.field--error]="errorText().comment">
        <label class="label" for="rating-comment">
          {{ t('inquiries.rating.comment') }} <span class="req">{{ t('inquiries.optional') }}</span>
        </label>
        @if (errorText().comment; as e) {
          <p class="error-message" id="rating-comment-error"><span class="visually-hidden">{{ t('inquiries.error.prefix') }}</span> {{ e }}</p>
        }
        <textarea id="rating-comment" name="comment" rows="4" formControlName="comment"
          [attr.aria-invalid]="errorText().comment ? 'true' : null"
          [attr.aria-describedby]="errorText().comment ? 'rating-comment-error' : null"></textarea>
      </div>
      <button type="submit" class="button" [disabled]="sending()">
        {{ sending() ? t('inquiries.sending') : t('inquiries.rating.submit') }}
      </button>
    </form>
  `,
  styleUrl: './rating-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingForm {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly summary = viewChild(ErrorSummary);

  readonly token = input.required<string>();
  /** The inquiry as the API returns it after the rating was saved. */
  readonly rated = output<InquiryTrackingDto>();
  /** The server says the inquiry cannot be rated (any more): the page should reload it. */
  readonly stale = output<void>();

  protected readonly t = this.i18n.t;
  protected readonly scores = SCORES;
  private readonly fb = inject(FormBuilder);
  protected readonly form = this.fb.group({
    score: this.fb.control<number | null>(null),
    comment: this.fb.nonNullable.control(''),
  });
  protected readonly sending = signal(false);
  private readonly fieldErrors = signal<Partial<Record<RatingField, MessageKey>>>({});
  private readonly alert = signal<MessageKey | null>(null);

  protected readonly errorText = computed(() => {
    const errors = this.fieldErrors();
    return {
      score: errors.score ? this.t(errors.score) : null,
      comment: errors.comment ? this.t(errors.comment) : null,
    };
  });

  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const text = this.errorText();
    const items: SummaryItem[] = [];
    if (text.score) items.push({ target: 'rating-score-1', text: text.score });
    if (text.comment) items.push({ target: 'rating-comment', text: text.comment });
    const alert = this.alert();
    if (alert) items.push({ target: null, text: this.t(alert) });
    return items;
  });

  protected scoreLabel(n: (typeof SCORES)[number]): string {
    return this.t(SCORE_LABEL[n]);
  }

  protected submit(): void {
    if (this.sending()) return;
    const { score, comment } = this.form.getRawValue();
    const errors: Partial<Record<RatingField, MessageKey>> = {};
    if (score === null || !SCORES.includes(score as (typeof SCORES)[number])) errors.score = 'inquiries.rating.error.score';
    if (comment.trim().length > COMMENT_MAX) errors.comment = 'inquiries.rating.error.comment';
    this.fieldErrors.set(errors);
    this.alert.set(null);
    if (Object.keys(errors).length > 0) {
      this.focusSummary();
      return;
    }
    this.sending.set(true);
    this.api
      .post('/api/v1/inquiries/track/{token}/rating', { score: score!, comment: comment.trim() || null }, { path: { token: this.token() } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (dto) => {
          this.sending.set(false);
          this.rated.emit(dto);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          const failure = describeFailure(error, ['score', 'comment'] as const);
          if (failure.kind === 'invalid') {
            const mapped: Partial<Record<RatingField, MessageKey>> = {};
            if (failure.fields.score) mapped.score = 'inquiries.rating.error.score';
            if (failure.fields.comment) mapped.comment = 'inquiries.rating.error.comment';
            this.fieldErrors.set(mapped);
            if (failure.other.length) this.alert.set('inquiries.error.server');
          } else if (failure.kind === 'conflict' || failure.kind === 'notFound') {
            this.alert.set('inquiries.rating.error.conflict');
            this.stale.emit();
          } else {
            this.alert.set(
              failure.kind === 'network'
                ? 'inquiries.error.network'
                : failure.kind === 'forbidden'
                  ? 'inquiries.error.forbidden'
                  : failure.kind === 'rateLimited'
                    ? 'inquiries.error.rateLimited'
                    : 'inquiries.error.server',
            );
          }
          this.focusSummary();
        },
      });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
