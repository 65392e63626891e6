import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, linkedSignal, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';

import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import {
  MAX_DAYS,
  type Period,
  periodProblem,
  type PeriodProblem,
  type Preset,
  presetOf,
  presetPeriod,
  PRESETS,
  quarterOf,
} from './period';

const PROBLEM: Readonly<Record<PeriodProblem, MessageKey>> = {
  from: 'scoreboard.problem.from',
  to: 'scoreboard.problem.to',
  order: 'scoreboard.problem.order',
  tooLong: 'scoreboard.problem.tooLong',
};

/**
 * The period form of the scoreboard pages: presets (whole quarters and years in Vietnam) and
 * custom dates. Choosing navigates to the same page with `?from=&to=` (a history entry, so Back
 * returns to the previous period); the other query parameters are kept.
 */
@Component({
  selector: 'app-period-picker',
  template: `
    <form class="period" (submit)="apply($event)" novalidate [attr.aria-label]="t('scoreboard.period')" data-period>
      <div class="presets" role="group" [attr.aria-label]="t('scoreboard.presets')">
        @for (p of presets; track p) {
          <button type="button" class="chip" [attr.aria-pressed]="activePreset() === p" [attr.data-preset]="p" (click)="choosePreset(p)">
            {{ presetLabel(p) }}
          </button>
        }
      </div>
      <div class="fields">
        <div class="field">
          <label [for]="id('from')">{{ t('scoreboard.from') }}</label>
          <input
            [id]="id('from')"
            type="date"
            min="2000-01-01"
            max="2100-12-31"
            [value]="draftFrom()"
            (input)="draftFrom.set($any($event.target).value)"
            [attr.aria-invalid]="shownProblem() === 'from' || null"
            [attr.aria-describedby]="describedBy()"
            data-from
          />
        </div>
        <div class="field">
          <label [for]="id('to')">{{ t('scoreboard.to') }}</label>
          <input
            [id]="id('to')"
            type="date"
            min="2000-01-01"
            max="2100-12-31"
            [value]="draftTo()"
            (input)="draftTo.set($any($event.target).value)"
            [attr.aria-invalid]="(shownProblem() && shownProblem() !== 'from') || null"
            [attr.aria-describedby]="describedBy()"
            data-to
          />
        </div>
        <button type="submit" class="apply" data-apply>{{ t('scoreboard.apply') }}</button>
      </div>
      <p class="hint" [id]="id('tz')">{{ t('scoreboard.timeZone', { max: maxDays }) }}</p>
      @if (shownProblem(); as problem) {
        <p class="problem" [id]="id('problem')" role="alert" data-period-problem>{{ t(problemKey[problem], { max: maxDays }) }}</p>
      }
    </form>
  `,
  styles: `
    @use '../../../tokens' as *;
    .period { margin: 1rem 0 1.5rem; padding: 1rem; border: 1px solid $border; background: $surface; }
    .presets, .fields { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; }
    .presets { margin-bottom: 1rem; gap: 0.5rem; }
    .chip {
      min-height: 2.75rem; padding: 0.375rem 0.875rem; border: 2px solid $brand-blue; border-radius: 1.5rem;
      background: #fff; color: $brand-blue-dark; font: inherit; font-weight: 600; cursor: pointer;
      &[aria-pressed='true'] { background: $brand-blue; color: #fff; }
      &[aria-pressed='true']::before { content: '✓ '; }
    }
    .field { display: flex; flex-direction: column; min-width: 0; }
    label { font-weight: 600; }
    input { min-height: 2.75rem; padding: 0.375rem 0.5rem; border: 2px solid $text; font: inherit; max-width: 100%; }
    input[aria-invalid='true'] { border-color: $error; }
    .apply {
      min-height: 2.75rem; padding: 0.5rem 1.25rem; border: 0; border-radius: 0.25rem;
      background: $brand-blue; color: #fff; font: inherit; font-weight: 600; cursor: pointer;
    }
    .hint { margin: 0.75rem 0 0; color: $text-muted; }
    .problem { margin: 0.5rem 0 0; color: $error; font-weight: 600; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodPicker {
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);

  /** The period the page shows (from the URL). */
  readonly period = input.required<Period>();
  /** The problem of the URL's period, if any (shown until the form is submitted). */
  readonly urlProblem = input<PeriodProblem | null>(null);
  /** Prefix of the element ids (unique on the page). */
  readonly idPrefix = input('sb');

  protected readonly t = this.i18n.t;
  protected readonly presets = PRESETS;
  protected readonly maxDays = MAX_DAYS;
  protected readonly problemKey = PROBLEM;

  // Drafts follow the URL until edited; checked when submitted.
  protected readonly draftFrom = linkedSignal(() => this.period().from);
  protected readonly draftTo = linkedSignal(() => this.period().to);
  private readonly formProblem = linkedSignal<Period, PeriodProblem | null>({ source: this.period, computation: () => null });
  protected readonly shownProblem = computed(() => this.formProblem() ?? this.urlProblem());
  protected readonly activePreset = computed(() => presetOf(this.period(), new Date()));
  protected readonly describedBy = computed(() => (this.shownProblem() ? `${this.id('problem')} ${this.id('tz')}` : this.id('tz')));
  private readonly now = signal(new Date());

  protected id(part: string): string {
    return `${this.idPrefix()}-${part}`;
  }

  protected presetLabel(preset: Preset): string {
    const { from } = presetPeriod(preset, this.now());
    return this.t(`scoreboard.preset.${preset}`, quarterOf(from));
  }

  protected choosePreset(preset: Preset): void {
    this.go(presetPeriod(preset, new Date()));
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const problem = periodProblem(this.draftFrom(), this.draftTo());
    this.formProblem.set(problem);
    if (problem) {
      this.document.getElementById(this.id(problem === 'from' ? 'from' : 'to'))?.focus();
      return;
    }
    this.go({ from: this.draftFrom(), to: this.draftTo() });
  }

  private go(period: Period): void {
    this.formProblem.set(null);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { from: period.from, to: period.to },
      queryParamsHandling: 'merge',
    });
  }
}
