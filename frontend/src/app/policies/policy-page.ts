import { ChangeDetectionStrategy, Component } from '@angular/core';

// PLACEHOLDER: replaced by the real page in this issue; must not land as is.
@Component({
  selector: 'app-policy-page',
  template: '<h1>PolicyPage</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyPage {}
