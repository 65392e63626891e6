import { Routes } from '@angular/router';

import type { MessageKey } from '../../core/i18n/vi';

/** `/workspace/inbox` (list) and `/workspace/inbox/:id` (one inquiry); officers, editors, admins. */
export const INBOX_ROUTES: Routes = [
  {
    path: '',
    title: 'inbox.title' satisfies MessageKey,
    loadComponent: () => import('./inbox-list').then((m) => m.InboxList),
  },
  {
    path: ':id',
    title: 'inbox.item.title' satisfies MessageKey,
    loadComponent: () => import('./inquiry-page').then((m) => m.InquiryPage),
  },
];
