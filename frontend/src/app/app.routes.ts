import { inject } from '@angular/core';
import { CanMatchFn, Router, Routes } from '@angular/router';

import { DEFAULT_LANG, fallbackLangPath, isLang } from './core/i18n/lang';
import { MessageKey } from './core/i18n/vi';
import { Settings } from './core/settings/settings';
import { Shell } from './layout/shell';
import { NotFound } from './not-found/not-found';

/** The `:lang` branch only matches the languages we publish; everything else falls through. */
const langMatch: CanMatchFn = (_route, segments) => {
  const lang = segments[0]?.path;
  if (!isLang(lang)) return false;
  // A language the portal does not offer (English switched off by an administrator): same page in Vietnamese.
  if (!inject(Settings).value().languages.includes(lang)) {
    return inject(Router).createUrlTree([DEFAULT_LANG, ...segments.slice(1).map((s) => s.path)]);
  }
  return true;
};

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: `/${DEFAULT_LANG}` },
  // The department workspace: no language in its URLs (I18n keeps the workspace language).
  { path: 'workspace', loadChildren: () => import('./workspace/routes').then((m) => m.WORKSPACE_ROUTES) },
  {
    path: ':lang',
    canMatch: [langMatch],
    component: Shell,
    children: [
      // No title: the home page is titled with the portal name alone.
      { path: '', pathMatch: 'full', loadComponent: () => import('./home/home').then((m) => m.Home) },
      {
        path: 'projects',
        title: 'nav.projects' satisfies MessageKey,
        loadComponent: () => import('./projects/project-search').then((m) => m.ProjectSearch),
      },
      {
        // The page sets its own title from the project once loaded.
        path: 'projects/:slug',
        title: 'nav.projects' satisfies MessageKey,
        loadComponent: () => import('./projects/project-page').then((m) => m.ProjectPage),
      },
      {
        path: 'policies',
        title: 'nav.policies' satisfies MessageKey,
        loadComponent: () => import('./policies/policy-list').then((m) => m.PolicyList),
      },
      {
        path: 'policies/:slug',
        title: 'nav.policies' satisfies MessageKey,
        loadComponent: () => import('./policies/policy-page').then((m) => m.PolicyPage),
      },
      {
        // Search result pages are not indexed (the page and the server both say so).
        path: 'search',
        title: 'siteSearch.title' satisfies MessageKey,
        loadComponent: () => import('./site-search/site-search').then((m) => m.SiteSearch),
      },
      {
        path: 'contact',
        title: 'nav.contact' satisfies MessageKey,
        loadComponent: () => import('./inquiries/contact').then((m) => m.ContactPage),
      },
      {
        path: 'inquiries/track/:token',
        title: 'inquiries.track.title' satisfies MessageKey,
        loadComponent: () => import('./inquiries/track').then((m) => m.TrackPage),
      },
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
