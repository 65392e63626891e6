import { ChangeDetectionStrategy, Component, inject, input, model, output, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';

import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { ErrorSummary, type SummaryItem } from '../../inquiries/error-summary';
import { Session } from '../session';
import { type Status, StatusBadge } from '../status-badge';
import type { Completeness } from './completeness';

/**
 * The top of the project and policy editors: back link, heading with the status badge, then
 * either the load error, "loading…", or the review comment, read-only note, 409 conflict,
 * error summary, status notice and English completeness. Element ids start with `prefix`.
 */
@Component({
  selector: 'app-ws-editor-top',
  imports: [RouterLink, ErrorSummary, StatusBadge],
  template: `
    <p class="back"><a [routerLink]="backLink()">{{ backLabel() }}</a></p>
    <div class="head">
      <h1>{{ heading() }}</h1>
      @if (item(); as p) {
        <app-status-badge [status]="p.status" />
      }
    </div>

    @if (loadError()) {
      <p class="panel panel--error" role="alert">
        {{ t('ws.error.load') }} <button type="button" class="button button--secondary" (click)="reload.emit()">{{ t('ws.retry') }}</button>
      </p>
    } @else if (loading()) {
      <p>{{ t('ws.loading') }}</p>
    } @else {
      @if (item(); as p) {
        @if (p.status === 'rejected' && p.reviewComment) {
          <section class="panel panel--rejected" [attr.aria-labelledby]="prefix() + '-rejected-heading'" data-review-comment>
            <h2 [id]="prefix() + '-rejected-heading'">{{ t('ws.rejected.heading') }}</h2>
            <p class="panel__comment">{{ p.reviewComment }}</p>
            <p>{{ t('ws.rejected.help') }}</p>
          </section>
        }
        @if (!editable()) {
          <p class="panel panel--info">{{ session.role() === 'editor' ? t('ws.readOnly.editor') : t('ws.readOnly.published') }}</p>
        }
      }
      @if (conflict()) {
        <div class="panel panel--error" data-conflict>
          <p>{{ t('ws.conflict.help') }}</p>
          <button type="button" class="button" (click)="reload.emit()">{{ t('ws.conflict.reload') }}</button>
        </div>
      }
      @if (summaryItems().length > 0) {
        <app-error-summary [id]="prefix() + '-summary'" [items]="summaryItems()" />
      }
      <p class="notice" role="status" data-notice>{{ notice() ? t(notice()!) : '' }}</p>

      <div class="completeness" data-completeness>
        <label [for]="prefix() + '-completeness'">{{ t('ws.english.count', { done: completeness().done, total: completeness().total }) }}</label>
        <progress [id]="prefix() + '-completeness'" max="100" [value]="completenessPct()">{{ completenessPct() }}%</progress>
      </div>
    }
  `,
  styleUrl: './editor-parts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorTop {
  protected readonly t = inject(I18n).t;
  protected readonly session = inject(Session);
  private readonly summary = viewChild(ErrorSummary);

  /** Id prefix: `pe` (projects), `po` (policies). */
  readonly prefix = input.required<string>();
  readonly backLink = input.required<string>();
  readonly backLabel = input.required<string>();
  readonly heading = input.required<string>();
  readonly item = input.required<{ status: Status; reviewComment: string | null } | null>();
  readonly loadError = input.required<boolean>();
  readonly loading = input.required<boolean>();
  readonly editable = input.required<boolean>();
  readonly conflict = input.required<boolean>();
  readonly summaryItems = input.required<SummaryItem[]>();
  readonly notice = input.required<MessageKey | null>();
  readonly completeness = input.required<Completeness>();
  readonly completenessPct = input.required<number>();
  /** Retry after a load error, or reload after a 409 conflict. */
  readonly reload = output();

  focusSummary(): void {
    this.summary()?.focus();
  }
}

/** The editors' action buttons (inside their form: "save" submits it). */
@Component({
  selector: 'app-ws-editor-actions',
  template: `
    <div class="actions">
      @if (editable()) {
        <button type="submit" class="button" [disabled]="busy()" data-save>{{ t('ws.action.save') }}</button>
        @if (status() === 'draft' || status() === 'rejected') {
          <button type="button" class="button" [disabled]="busy()" (click)="submitReview.emit()" data-submit>{{ t('ws.action.submit') }}</button>
        }
      }
      @if (canVerify()) {
        <button type="button" class="button" [disabled]="busy()" (click)="verify.emit()" data-verify>{{ t('ws.action.verify') }}</button>
      }
      <button type="button" class="button button--secondary" [attr.aria-expanded]="previewOpen()" [attr.aria-controls]="prefix() + '-preview'" (click)="previewOpen.set(!previewOpen())" data-preview>
        {{ t('ws.action.preview') }}
      </button>
      @if (publicUrl(); as url) {
        <a class="button button--secondary" [href]="url" target="_blank" rel="noopener">{{ t('ws.action.openPublic') }}</a>
      }
      @if (canDelete()) {
        <button type="button" class="button button--danger" [disabled]="busy()" (click)="deleteDraft.emit()">{{ t('ws.action.delete') }}</button>
      }
    </div>
  `,
  styleUrl: './editor-parts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorActions {
  protected readonly t = inject(I18n).t;

  /** Id prefix: `pe` (projects), `po` (policies); the preview is `<prefix>-preview`. */
  readonly prefix = input.required<string>();
  readonly editable = input.required<boolean>();
  readonly status = input.required<Status>();
  readonly busy = input.required<boolean>();
  readonly canVerify = input(false);
  readonly canDelete = input.required<boolean>();
  readonly publicUrl = input.required<string | null>();
  readonly previewOpen = model.required<boolean>();
  readonly submitReview = output();
  readonly verify = output();
  readonly deleteDraft = output();
}
