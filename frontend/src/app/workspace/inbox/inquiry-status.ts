import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { I18n } from '../../core/i18n/i18n';
import { BADGE_STYLES } from '../status-badge';
import { INQUIRY_STATUS_LABEL, type InquiryStatus } from './inbox-logic';

/** An inquiry status as a labelled badge (the text says it; colour only supports it). */
@Component({
  selector: 'app-inquiry-status',
  template: `<span class="badge badge--{{ status() }}" data-inquiry-status [attr.data-value]="status()">{{ label() }}</span>`,
  styles: [
    BADGE_STYLES,
    `
    .badge--new { color: #0e2850; background: #e3ecf8; }
    .badge--acknowledged { color: #6a4a00; background: #fff4d6; }
    .badge--answered { color: #1d5e20; background: #e6f4e6; }
    .badge--closed { color: #3d3d3d; background: #f0f0f0; }
    .badge--spam { color: #a4161a; background: #fdecea; }
  `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InquiryStatusBadge {
  private readonly i18n = inject(I18n);
  readonly status = input.required<InquiryStatus>();
  protected readonly label = computed(() => this.i18n.t(INQUIRY_STATUS_LABEL[this.status()]));
}

/** "Overdue" as text, never colour alone. */
@Component({
  selector: 'app-overdue-badge',
  template: `<strong class="overdue" data-overdue>{{ t('inbox.overdue') }}</strong>`,
  styles: `
    .overdue {
      display: inline-block;
      padding: 0.1rem 0.5rem;
      border-radius: 0.25rem;
      background: #a4161a;
      color: #fff;
      font-size: 0.875rem;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverdueBadge {
  protected readonly t = inject(I18n).t;
}
