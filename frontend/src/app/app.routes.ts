import { inject } from '@angular/core';
import { CanMatchFn, Router, Routes } from '@angular/router';

import { DEFAULT_LANG, fallbackLangPath, isLang } from './core/i18n/lang';
import { MessageKey } from './core/i18n/vi';
import { Shell } from './layout/shell';
import { NotFound } from './not-found/not-found';

/** The `:lang` branch only matches the languages we publish; everything else falls through. */
const langMatch: CanMatchFn = (_route, segments) => isLang(segments[0]?.path);

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: `/${DEFAULT_LANG}` },
  {
    path: ':lang',
    canMatch: [langMatch],
    component: Shell,
    children: [
      // No title: the home page is titled with the portal name alone.
      { path: '', pathMatch: 'full', loadComponent: () => import('./home/home').then((m) => m.Home) },
      { path: '**', component: NotFound, title: 'notFound.title' satisfies MessageKey },
    ],
  },
  {
    // Unsupported or missing language: see `fallbackLangPath` for where it goes and why.
    path: '**',
    redirectTo: ({ url, queryParams, fragment }) =>
      inject(Router).createUrlTree(['/', ...fallbackLangPath(url.map((s) => s.path))], {
        queryParams,
        fragment: fragment ?? undefined,
      }),
  },
];
