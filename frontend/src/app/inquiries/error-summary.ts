import { ChangeDetectionStrategy, Component, DOCUMENT, ElementRef, inject, input, viewChild } from '@angular/core';

import { I18n } from '../core/i18n/i18n';

export interface SummaryItem {
  /** Id of the control the link moves focus to; null for a problem that is not about one field. */
  target: string | null;
  text: string;
}

/**
 * GOV.UK-style error summary: shown at the top of a form after a failed submit, announced as an
 * alert, focused by its form, with one link per problem that moves focus to the field.
 */
@Component({
  selector: 'app-error-summary',
  template: `
    <div #box class="error-summary" role="alert" tabindex="-1" [attr.aria-labelledby]="id() + '-title'">
      <h2 class="error-summary__title" [id]="id() + '-title'">{{ t('inquiries.summary.title') }}</h2>
      <ul class="error-summary__list">
        @for (item of items(); track $index) {
          <li>
            @if (item.target) {
              <a [href]="href(item.target)" (click)="go($event, item.target)">{{ item.text }}</a>
            } @else {
              {{ item.text }}
            }
          </li>
        }
      </ul>
    </div>
  `,
  styles: `
    .error-summary {
      margin-bottom: 1.5rem;
      padding: 1rem;
      border: 4px solid #a4161a;
      overflow-wrap: anywhere;
    }
    .error-summary:focus {
      outline: 3px solid #0b57d0;
      outline-offset: 0;
    }
    .error-summary__title {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .error-summary__list {
      margin: 0;
      padding-left: 1.25rem;
      color: #a4161a;
      font-weight: 600;
    }
    a {
      color: #a4161a;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  /** Prefix of the heading id, unique on the page. */
  readonly id = input.required<string>();
  readonly items = input.required<readonly SummaryItem[]>();

  protected readonly t = this.i18n.t;

  focus(): void {
    const box = this.box().nativeElement;
    box.focus();
    box.scrollIntoView?.({ block: 'start' });
  }

  /** A real fragment link on this page (`<base href="/">` would make `#id` point at the root). */
  protected href(target: string): string {
    return `${this.i18n.url().split('#')[0]}#${target}`;
  }

  /** Moves focus to the field and scrolls its label (or legend) into view, without navigating. */
  protected go(event: Event, target: string): void {
    event.preventDefault();
    const control = this.document.getElementById(target);
    if (!control) return;
    const context = control.closest('fieldset') ?? control.closest('.field') ?? control;
    context.scrollIntoView?.({ block: 'start' });
    control.focus({ preventScroll: true });
  }
}
