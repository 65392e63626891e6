import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, linkedSignal, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';

import { Api } from '../../core/api/api';
import { I18n, registerMessages } from '../../core/i18n/i18n';
import type { WorkspaceMessageKey } from '../../core/i18n/vi';
import { httpStatus } from '../../inquiries/api-errors';
import { Session } from '../session';
import { canConfirmEnglish, type EnglishParity, PARITY_LABEL } from './quality-logic';
import { qualityWsEn, qualityWsVi } from './messages';

registerMessages({ vi: qualityWsVi, en: qualityWsEn });

/**
 * English parity of a project or policy (missing / present / confirmed by the editorial board)
 * and, for editors and admins when English is present, "Confirm English reviewed": sends the
 * version on screen, so English that changed since is never confirmed unread (409, explained,
 * with a reload). Element ids start with `prefix`.
 */
@Component({
  selector: 'app-ws-english-review',
  template: `
    @let p = prefix();
    <div class="english" data-english [attr.data-parity]="shownParity()">
      <p class="english__state">
        @if (showLabel()) {
          <span class="english__label">{{ t('qualityWs.english') + ': ' }}</span>
        }
        <span data-english-state>{{ t(parityLabel()) }}</span>
      </p>
      @if (canConfirm()) {
        <p class="hint" [id]="p + '-english-help'">{{ t('qualityWs.english.confirmHelp', { version: version() }) }}</p>
        <button type="button" class="button" [disabled]="busy()" (click)="confirm()" [attr.aria-describedby]="p + '-english-help'" data-english-confirm>
          {{ t('qualityWs.english.confirm') }}
        </button>
      }
      <p class="english__notice" role="status">{{ done() ? t('qualityWs.english.confirmed') : '' }}</p>
      @if (failure(); as f) {
        <div class="english__error" role="alert" data-english-error>
          <p>{{ t(f) }}</p>
          @if (f === 'qualityWs.english.conflict') {
            <button type="button" class="button button--secondary" (click)="failure.set(null); reload.emit()">{{ t('qualityWs.english.reload') }}</button>
          }
        </div>
      }
    </div>
  `,
  styles: `
    :host { display: block; }
    .english__state { margin: 0 0 0.5rem; }
    .english__label { font-weight: 600; }
    .hint { margin: 0 0 0.5rem; color: #4a4a4a; }
    .english__notice { margin: 0.25rem 0 0; min-height: 1.6em; color: #1d5e20; font-weight: 700; }
    .english__error { margin-top: 0.5rem; padding: 0.5rem 0.75rem; border-left: 4px solid #a4161a; background: #fdecea; color: #a4161a; font-weight: 600; }
    .english__error p { margin: 0 0 0.5rem; }
    .button { min-height: 2.75rem; padding: 0.5rem 1.25rem; border: 2px solid #163a70; border-radius: 0.25rem; background: #163a70; color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
    .button:disabled { background: #5a6b85; border-color: #5a6b85; cursor: progress; }
    .button--secondary { background: #f3f5f8; color: #0e2850; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnglishReview {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly t = inject(I18n).t;

  /** Id prefix: `pe` (projects), `po` (policies). */
  readonly prefix = input.required<string>();
  readonly kind = input.required<'projects' | 'policies'>();
  readonly itemId = input.required<string>();
  /** The version on screen: the one confirmed. */
  readonly version = input.required<number>();
  readonly parity = input.required<EnglishParity>();
  /** "English version:" before the state (off where a heading already says it). */
  readonly showLabel = input(true);
  /** Confirmed (the version whose English was confirmed). */
  readonly confirmed = output<number>();
  /** The user asks for the latest version after a 409. */
  readonly reload = output();

  protected readonly busy = signal(false);
  /** Why the last confirmation failed; cleared when another version is shown. */
  protected readonly failure = linkedSignal<number, WorkspaceMessageKey | null>({ source: this.version, computation: () => null });
  /** The version confirmed here: shown as reviewed until the item's own state says otherwise. */
  private readonly confirmedVersion = signal<number | null>(null);

  protected readonly shownParity = computed<EnglishParity>(() =>
    this.confirmedVersion() === this.version() && this.parity() === 'present' ? 'reviewed' : this.parity(),
  );
  protected readonly parityLabel = computed(() => PARITY_LABEL[this.shownParity()]);
  protected readonly done = computed(() => this.confirmedVersion() === this.version());
  protected readonly canConfirm = computed(() => canConfirmEnglish(this.session.role(), this.shownParity()));

  protected confirm(): void {
    if (this.busy()) return;
    const version = this.version();
    const id = this.itemId();
    this.busy.set(true);
    this.failure.set(null);
    const request: Observable<unknown> =
      this.kind() === 'projects'
        ? this.api.post('/api/v1/workspace/projects/{id}/english-reviewed', { version }, { path: { id } })
        : this.api.post('/api/v1/workspace/policies/{id}/english-reviewed', { version }, { path: { id } });
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirmedVersion.set(version);
        this.confirmed.emit(version);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(httpStatus(error) === 409 ? 'qualityWs.english.conflict' : 'qualityWs.english.error');
      },
    });
  }
}
