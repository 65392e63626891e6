import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { Api } from '../../core/api/api';
import { I18n } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { httpError, isErrorBody } from '../../inquiries/api-errors';
import { formatCount } from './format';
import {
  COMPONENT_KEYS,
  draftOf,
  fieldOfPath,
  HOURS_MAX,
  HOURS_MIN,
  parseWeights,
  type ScoringSettings,
  WEIGHT_FIELDS,
  WEIGHT_MAX,
  WEIGHT_MIN,
  type WeightField,
  type WeightProblem,
  type WeightsDraft,
} from './weights';

const PROBLEM: Readonly<Record<WeightProblem, MessageKey>> = {
  weight: 'scoreboard.weights.error.weight',
  hours: 'scoreboard.weights.error.hours',
  allZero: 'scoreboard.weights.error.allZero',
};

/**
 * The weights behind the totals (and the freshness and reply-speed scales), with a small form for
 * administrators (PUT /workspace/settings/scoring). Checked like the API before sending; the API's
 * field errors are shown on their fields too. `saved` tells the page to reload the scores.
 */
@Component({
  selector: 'app-weights-panel',
  templateUrl: './weights-panel.html',
  styleUrl: './weights-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeightsPanel {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  readonly settings = input.required<ScoringSettings>();
  readonly freshnessDays = input.required<number>();
  readonly canEdit = input(false);
  readonly saved = output<ScoringSettings>();

  protected readonly t = this.i18n.t;
  protected readonly keys = COMPONENT_KEYS;
  protected readonly fields = WEIGHT_FIELDS;
  protected readonly limits = { weightMin: WEIGHT_MIN, weightMax: WEIGHT_MAX, hoursMin: HOURS_MIN, hoursMax: HOURS_MAX };

  protected readonly editing = signal(false);
  protected readonly draft = signal<WeightsDraft>(Object.fromEntries(WEIGHT_FIELDS.map((f) => [f, ''])) as WeightsDraft);
  protected readonly problems = signal<Partial<Record<WeightField, string>>>({});
  /** Failures that belong to no field (forbidden, network, server). */
  protected readonly failure = signal('');
  protected readonly saving = signal(false);
  /** Polite announcement after saving. */
  protected readonly status = signal('');

  protected readonly hasProblems = computed(() => Object.keys(this.problems()).length > 0 || this.failure() !== '');

  protected count(n: number): string {
    return formatCount(n, this.i18n.lang());
  }

  protected label(field: WeightField): string {
    return field === 'replySpeedZeroHours' ? this.t('scoreboard.weights.hours') : this.t(`scoreboard.component.${field}`);
  }

  protected id(field: WeightField): string {
    return `sb-weight-${field}`;
  }

  protected describedBy(field: WeightField): string {
    const hint = field === 'replySpeedZeroHours' ? 'sb-hours-hint' : 'sb-weights-hint';
    return this.problems()[field] ? `${this.id(field)}-error ${hint}` : hint;
  }

  protected toggle(): void {
    if (this.editing()) return this.cancel();
    this.draft.set(draftOf(this.settings()));
    this.problems.set({});
    this.failure.set('');
    this.status.set('');
    this.editing.set(true);
    afterNextRender(() => this.document.getElementById(this.id('completeness'))?.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.editing.set(false);
    this.problems.set({});
    this.failure.set('');
    afterNextRender(() => this.document.getElementById('sb-weights-toggle')?.focus(), { injector: this.injector });
  }

  protected setField(field: WeightField, value: string): void {
    this.draft.update((d) => ({ ...d, [field]: value }));
  }

  protected save(event: Event): void {
    event.preventDefault();
    if (this.saving()) return;
    this.status.set('');
    this.failure.set('');
    const parsed = parseWeights(this.draft());
    if (!parsed.ok) {
      this.showProblems(Object.fromEntries(Object.entries(parsed.problems).map(([f, p]) => [f, this.t(PROBLEM[p])])));
      return;
    }
    this.problems.set({});
    this.saving.set(true);
    this.api
      .put('/api/v1/workspace/settings/scoring', parsed.settings)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (settings) => {
          this.saving.set(false);
          this.editing.set(false);
          this.status.set(this.t('scoreboard.weights.saved'));
          this.saved.emit(settings);
          afterNextRender(() => this.document.getElementById('sb-weights-toggle')?.focus(), { injector: this.injector });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.showFailure(error);
        },
      });
  }

  /** Maps the API's refusal onto the fields (400), or says why nothing was saved. */
  private showFailure(error: unknown): void {
    const http = httpError(error);
    const body = http && isErrorBody(http.error) ? http.error : null;
    if (http?.status === 400 && body?.details?.length) {
      const problems: Partial<Record<WeightField, string>> = {};
      const other: string[] = [];
      for (const detail of body.details) {
        const field = fieldOfPath(detail.field);
        const text = detail.messages.join('; ') || body.message;
        if (field === 'weights') problems.completeness = this.t('scoreboard.weights.error.allZero');
        else if (field) problems[field] = field === 'replySpeedZeroHours' ? this.t('scoreboard.weights.error.hours') : this.t('scoreboard.weights.error.weight');
        else other.push(text);
      }
      if (other.length) this.failure.set(other.join(' '));
      this.showProblems(problems);
      return;
    }
    if (!http || http.status === 0) this.failure.set(this.t('scoreboard.weights.error.network'));
    else if (http.status === 401 || http.status === 403) this.failure.set(this.t('scoreboard.weights.error.forbidden'));
    else this.failure.set(this.t('scoreboard.weights.error.server', { id: body?.requestId ?? http.headers?.get('X-Request-Id') ?? '—' }));
    afterNextRender(() => this.document.getElementById('sb-weights-failure')?.focus(), { injector: this.injector });
  }

  private showProblems(problems: Partial<Record<WeightField, string>>): void {
    this.problems.set(problems);
    const first = WEIGHT_FIELDS.find((f) => problems[f]);
    afterNextRender(
      () => this.document.getElementById(first ? this.id(first) : 'sb-weights-failure')?.focus(),
      { injector: this.injector },
    );
  }
}
