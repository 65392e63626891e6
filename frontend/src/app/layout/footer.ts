import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { I18n } from '../core/i18n/i18n';
import { Settings } from '../core/settings/settings';

@Component({
  selector: 'app-footer',
  template: `
    <footer class="site-footer">
      <div class="container">
        <p class="site-footer__name">{{ portalName() }}</p>
        <dl>
          <div>
            <dt>{{ t('footer.ownerLabel') }}:</dt>
            <dd>{{ owner() }}</dd>
          </div>
          <div>
            <dt>{{ t('footer.managingUnitLabel') }}:</dt>
            <dd>{{ t('footer.managingUnit') }}</dd>
          </div>
        </dl>
        <p class="site-footer__cite">{{ t('footer.citeSource') }}</p>
      </div>
    </footer>
  `,
  styleUrl: './footer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Footer {
  private readonly i18n = inject(I18n);
  private readonly settings = inject(Settings);

  protected readonly t = this.i18n.t;
  protected readonly portalName = computed(() => this.i18n.pick(this.settings.value().portalName));
  protected readonly owner = computed(() => this.i18n.pick(this.settings.value().owner));
}
