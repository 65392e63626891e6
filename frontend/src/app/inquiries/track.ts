import { ChangeDetectionStrategy, Component } from '@angular/core';

// PLACEHOLDER: replaced by the real page in this issue; must not land as is.
@Component({
  selector: 'app-track-page',
  template: '<h1>TrackPage</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrackPage {}
