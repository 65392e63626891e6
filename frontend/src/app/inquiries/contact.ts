import { ChangeDetectionStrategy, Component } from '@angular/core';

// PLACEHOLDER: replaced by the real page in this issue; must not land as is.
@Component({
  selector: 'app-contact-page',
  template: '<h1>ContactPage</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactPage {}
