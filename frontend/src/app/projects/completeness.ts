import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { I18n } from '../core/i18n/i18n';
import { formatDate } from '../shared/content/date';

/**
 * Beside the project's facts: how complete the page is ("Information completeness: 78%", in text
 * and as a meter) and, when nobody has confirmed the information for a long time, a calm notice
 * that it may be out of date, with the date it was last confirmed.
 */
@Component({
  selector: 'app-project-completeness',
  template: `
    @if (outdated()) {
      <p class="outdated" role="status" data-outdated>{{ outdatedText() }}</p>
    }
    <div class="completeness" data-completeness>
      <label for="project-completeness">{{ t('quality.completeness') }}:</label>
      <strong data-completeness-value>{{ t('quality.completeness.value', { score: score() }) }}</strong>
      <meter id="project-completeness" min="0" max="100" [value]="score()" aria-describedby="project-completeness-help">
        {{ t('quality.completeness.value', { score: score() }) }}
      </meter>
    </div>
    <p class="help" id="project-completeness-help">{{ t('quality.completeness.help') }}</p>
  `,
  styles: `
    :host { display: block; margin-top: 0.75rem; }
    .outdated { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border-left: 4px solid #4a4a4a; background: #f3f5f8; }
    .completeness { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; }
    label { font-weight: 600; }
    meter { width: 10rem; max-width: 100%; height: 1rem; }
    .help { margin: 0.25rem 0 0; color: #4a4a4a; font-size: 0.875rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectCompleteness {
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  /** 0–100, as the API computes it. */
  readonly score = input.required<number>();
  readonly outdated = input.required<boolean>();
  /** When the information was last confirmed (or, never confirmed, published). */
  readonly lastConfirmed = input<string | null>(null);

  protected readonly outdatedText = computed(() => {
    const date = formatDate(this.lastConfirmed(), this.i18n.lang());
    return date ? this.t('quality.outdated', { date }) : this.t('quality.outdatedNoDate');
  });
}
