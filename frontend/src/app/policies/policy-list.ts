import { ChangeDetectionStrategy, Component } from '@angular/core';

// PLACEHOLDER: replaced by the real page in this issue; must not land as is.
@Component({
  selector: 'app-policy-list',
  template: '<h1>PolicyList</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyList {}
