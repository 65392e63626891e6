import { Routes } from '@angular/router';

import { registerMessages } from '../../core/i18n/i18n';
import type { MessageKey } from '../../core/i18n/vi';
import { scoreboardEn, scoreboardVi } from './messages';

// Loading the scoreboard's routes brings its strings with it (titles resolve after this).
registerMessages({ vi: scoreboardVi, en: scoreboardEn });

/** `/workspace/scoreboard` and `/workspace/scoreboard/:code` (editors, admins: guarded by the parent route). */
export const SCOREBOARD_ROUTES: Routes = [
  {
    path: '',
    title: 'scoreboard.title' satisfies MessageKey,
    loadComponent: () => import('./scoreboard').then((m) => m.Scoreboard),
  },
  {
    path: ':code',
    title: 'scoreboard.department.title' satisfies MessageKey,
    loadComponent: () => import('./department').then((m) => m.DepartmentScorePage),
  },
];
