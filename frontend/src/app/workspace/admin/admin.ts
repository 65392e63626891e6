import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { I18n } from '../../core/i18n/i18n';
import { InquirySettings } from './inquiry-settings';
import { PersonalData } from './personal-data';
import { Users } from './users';

/** `/workspace/admin`: inquiry settings, personal-data requests and accounts (admins). */
@Component({
  selector: 'app-admin',
  imports: [InquirySettings, PersonalData, Users],
  template: `
    <h1>{{ t('admin.title') }}</h1>
    <app-inquiry-settings />
    <app-personal-data />
    <app-users />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Admin {
  protected readonly t = inject(I18n).t;
}
