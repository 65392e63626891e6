import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { I18n } from '../../core/i18n/i18n';

/** "Not yet translated — Vietnamese below": placed by pages when `hasUntranslated()` is true. */
@Component({
  selector: 'app-untranslated-notice',
  template: `
    <p class="untranslated-notice">
      <strong>{{ t('projects.untranslated') }}</strong>
      <span>{{ t('projects.untranslatedText') }}</span>
    </p>
  `,
  styles: `
    .untranslated-notice {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin: 0 0 1rem;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid #9b1b1b;
      background: #f3f5f8;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UntranslatedNotice {
  protected readonly t = inject(I18n).t;
}
