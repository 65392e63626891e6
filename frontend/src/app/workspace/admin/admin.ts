import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { I18n } from '../../core/i18n/i18n';
import { DepartmentList } from './department-list';
import { InquirySettings } from './inquiry-settings';
import { MailStats } from './mail-stats';
import { PersonalData } from './personal-data';
import { PortalSettings } from './portal-settings';
import { Users } from './users';

/** `/workspace/admin`: mail queue, portal and inquiry settings, departments, personal-data requests and accounts (admins). */
@Component({
  selector: 'app-admin',
  imports: [DepartmentList, InquirySettings, MailStats, PersonalData, PortalSettings, Users],
  template: `
    <h1>{{ t('admin.title') }}</h1>
    <app-mail-stats />
    <app-portal-settings />
    <app-inquiry-settings />
    <app-department-list />
    <app-personal-data />
    <app-users />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Admin {
  protected readonly t = inject(I18n).t;
}
