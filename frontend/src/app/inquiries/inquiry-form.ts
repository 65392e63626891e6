import { ChangeDetectionStrategy, Component, input } from '@angular/core';

// PLACEHOLDER: replaced by the real form in this issue; must not land as is.
@Component({
  selector: 'app-inquiry-form',
  template: '<h2>InquiryForm</h2>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InquiryForm {
  /** What the inquiry is about; null for a general inquiry (contact page). */
  readonly subject = input<{ type: 'project' | 'policy'; slug: string } | null>(null);
}
