import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import type { Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import type { MessageKey } from '../core/i18n/vi';

export type Status = Schemas['Status'];
export const STATUSES: readonly Status[] = ['draft', 'submitted', 'rejected', 'published', 'awarded', 'archived'];

export const STATUS_LABEL: Readonly<Record<Status, MessageKey>> = {
  draft: 'ws.status.draft',
  submitted: 'ws.status.submitted',
  rejected: 'ws.status.rejected',
  published: 'ws.status.published',
  awarded: 'ws.status.awarded',
  archived: 'ws.status.archived',
};

/** The pill shape shared by the workflow and inquiry status badges; each adds its `.badge--<status>` colours. */
export const BADGE_STYLES = `
    .badge {
      display: inline-block;
      padding: 0.1rem 0.5rem;
      border: 1px solid currentColor;
      border-radius: 1rem;
      font-size: 0.875rem;
      font-weight: 700;
      white-space: nowrap;
    }
`;

/** A workflow status as a labelled badge (colour is never the only cue: the text says it). */
@Component({
  selector: 'app-status-badge',
  template: `<span class="badge badge--{{ status() }}" data-status [attr.data-value]="status()">{{ label() }}</span>`,
  styles: [
    BADGE_STYLES,
    `
    .badge--draft { color: #3d3d3d; background: #f0f0f0; }
    .badge--submitted { color: #6a4a00; background: #fff4d6; }
    .badge--rejected { color: #a4161a; background: #fdecea; }
    .badge--published { color: #1d5e20; background: #e6f4e6; }
    .badge--awarded { color: #0e2850; background: #e3ecf8; }
    .badge--archived { color: #4a4a4a; background: #fff; }
  `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBadge {
  private readonly i18n = inject(I18n);
  readonly status = input.required<Status>();
  protected readonly label = computed(() => this.i18n.t(STATUS_LABEL[this.status()]));
}
