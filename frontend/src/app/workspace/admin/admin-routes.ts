import { Routes } from '@angular/router';

import type { MessageKey } from '../../core/i18n/vi';

/** `/workspace/admin` (the parent route lets admins only in). */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    title: 'admin.title' satisfies MessageKey,
    loadComponent: () => import('./admin').then((m) => m.Admin),
  },
];
