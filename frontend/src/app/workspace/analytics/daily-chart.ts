import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';

import { I18n } from '../../core/i18n/i18n';
import type { DailyChartData } from './chart-data';
import type { DailyChartHandle } from './chart';

/**
 * The daily series as a line chart, drawn by Chart.js loaded on demand (its own chunk, fetched
 * once the page has rendered). The chart is created once; new figures update it in place. For
 * screen readers and for anyone who prefers numbers, the canvas carries a summary as its label
 * and the same figures are one click away in a table.
 */
@Component({
  selector: 'app-daily-chart',
  template: `
    <div class="plot">
      <canvas #canvas role="img" [attr.aria-label]="summary()" data-chart></canvas>
    </div>
    @if (failed()) {
      <p class="problem" role="alert">{{ t('analytics.chart.failed') }}</p>
    }
    <details class="data">
      <summary>{{ t('analytics.chart.table') }}</summary>
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="caption()">
        <table data-chart-table>
          <caption>{{ caption() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ t('analytics.col.day') }}</th>
              @for (s of data().series; track s.key) {
                <th scope="col" class="num">{{ s.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (day of data().days; track day; let i = $index) {
              <tr>
                <th scope="row"><time [attr.datetime]="day">{{ data().dayNames[i] }}</time></th>
                @for (s of data().series; track s.key) {
                  <td class="num">{{ format()(s.values[i]) }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
  styleUrl: './daily-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DailyChart {
  protected readonly t = inject(I18n).t;
  readonly data = input.required<DailyChartData>();
  /** The canvas's accessible name: what the chart shows, in words. */
  readonly summary = input.required<string>();
  readonly caption = input.required<string>();
  readonly format = input.required<(n: number) => string>();

  protected readonly failed = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: DailyChartHandle | null = null;

  constructor() {
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      this.chart?.destroy();
      this.chart = null;
    });
    afterNextRender(() => {
      import('./chart')
        .then(({ drawDailyChart }) => {
          if (!destroyed) this.chart = drawDailyChart(this.canvas().nativeElement, untracked(this.data));
        })
        .catch(() => this.failed.set(true));
    });
    // Later figures (another period, department or language) go into the same chart.
    effect(() => {
      const data = this.data();
      untracked(() => this.chart?.update(data));
    });
  }
}
