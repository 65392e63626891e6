import { ChangeDetectionStrategy, Component } from '@angular/core';

// PLACEHOLDER: replaced by the real page in this issue; must not land as is.
@Component({
  selector: 'app-project-page',
  template: '<h1>ProjectPage</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectPage {}
