import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { I18n } from '../core/i18n/i18n';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink],
  template: `
    <h1 class="not-found">
      <span class="not-found__code">404</span>
      {{ t('notFound.title') }}
    </h1>
    <p>{{ t('notFound.text') }}</p>
    <p><a [routerLink]="['/', lang()]">{{ t('notFound.home') }}</a></p>
  `,
  styles: `
    .not-found__code {
      display: block;
      font-size: 3rem;
      line-height: 1;
      color: #9b1b1b;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFound {
  private readonly i18n = inject(I18n);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
}
