import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';

import { I18n } from '../core/i18n/i18n';
import type { MessageKey } from '../core/i18n/vi';
import { httpError, httpStatus, isErrorBody } from '../inquiries/api-errors';
import { ErrorSummary, type SummaryItem } from '../inquiries/error-summary';
import { homeOf, safeNext } from './guards';
import { Session } from './session';

type Field = 'email' | 'password';

/** The message for a failed sign-in: wrong credentials, a locked account (with its wait), … */
export function signInFailure(error: unknown): { key: MessageKey; minutes?: number } {
  const status = httpStatus(error);
  if (status === 401 || status === 400) return { key: 'ws.signIn.error.credentials' };
  if (status === 429) {
    const http = httpError(error);
    const retry = Number(http?.headers?.get('Retry-After'));
    const minutes = Number.isFinite(retry) && retry > 0 ? Math.ceil(retry / 60) : undefined;
    if (minutes) return { key: 'ws.signIn.error.locked', minutes };
    // The API also names the wait in its message ("try again in 2 minute(s)").
    const body = http && isErrorBody(http.error) ? http.error : null;
    const fromMessage = Number(/(\d+)\s*minute/.exec(body?.message ?? '')?.[1]);
    return fromMessage ? { key: 'ws.signIn.error.locked', minutes: fromMessage } : { key: 'ws.signIn.error.lockedSoon' };
  }
  if (status === 403) return { key: 'ws.signIn.error.forbidden' };
  if (status === 0 || status === null) return { key: 'ws.error.network' };
  return { key: 'ws.error.server' };
}

@Component({
  selector: 'app-sign-in',
  imports: [ReactiveFormsModule, ErrorSummary],
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignIn {
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly t = this.i18n.t;
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: [''], password: [''] });
  protected readonly busy = signal(false);
  /** The session ended mid-work (see sessionExpired): said above the form until the next sign-in. */
  protected readonly ended = this.session.ended;
  private readonly fieldErrors = signal<Partial<Record<Field, MessageKey>>>({});
  private readonly failure = signal<{ key: MessageKey; minutes?: number } | null>(null);

  protected readonly errorText = computed(() => {
    const out: Partial<Record<Field, string>> = {};
    for (const [f, key] of Object.entries(this.fieldErrors()) as [Field, MessageKey][]) out[f] = this.t(key);
    return out;
  });
  protected readonly summaryItems = computed<SummaryItem[]>(() => {
    const e = this.errorText();
    const items: SummaryItem[] = (['email', 'password'] as const)
      .filter((f) => e[f])
      .map((f) => ({ target: `si-${f}`, text: e[f]! }));
    const failure = this.failure();
    if (failure) items.push({ target: null, text: this.t(failure.key, { minutes: failure.minutes ?? '' }) });
    return items;
  });

  protected describedBy(field: Field): string | null {
    return this.errorText()[field] ? `si-${field}-error` : null;
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const { email, password } = this.form.getRawValue();
    const errors: Partial<Record<Field, MessageKey>> = {};
    if (!email.trim()) errors.email = 'ws.signIn.error.emailRequired';
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = 'ws.signIn.error.emailInvalid';
    if (!password) errors.password = 'ws.signIn.error.passwordRequired';
    this.fieldErrors.set(errors);
    this.failure.set(null);
    if (Object.keys(errors).length) return this.focusSummary();

    this.busy.set(true);
    let role: string;
    try {
      role = (await this.session.signIn(email.trim(), password)).role;
    } catch (error) {
      this.failure.set(signInFailure(error));
      this.form.controls.password.setValue('');
      this.focusSummary();
      return;
    } finally {
      this.busy.set(false);
    }
    const next = this.route.snapshot.queryParamMap.get('next');
    await this.router.navigateByUrl(next ? safeNext(next) : homeOf(role));
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
