import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { inject } from '@angular/core';
import { Routes } from '@angular/router';

import { Api } from '../core/api/api';
import { Actions } from './actions';
import { registerMessages } from '../core/i18n/i18n';
import { inboxEn, inboxVi } from './inbox/messages';
import { workspaceEn, workspaceVi } from './messages';
import type { MessageKey } from '../core/i18n/vi';
import { hasRole, homeOf, signedIn, signedOut, unsavedChanges } from './guards';
import { Session } from './session';
import { sessionExpired } from './session-expired';
import { WorkspaceShell } from './shell';

/**
 * `/workspace` itself: each role starts where its work is. Redirects run before guards, so on a
 * fresh page the user may not be known yet: the review queue's role guard then sends officers on.
 */
// Loading this file (the workspace's lazy entry) brings the workspace's strings with it.
registerMessages({ vi: { ...workspaceVi, ...inboxVi }, en: { ...workspaceEn, ...inboxEn } });

const home = () => homeOf(inject(Session).me()?.role);

const editors = { roles: ['editor', 'admin'] };
const writers = { roles: ['officer', 'admin'] };

export const WORKSPACE_ROUTES: Routes = [
  {
    path: '',
    component: WorkspaceShell,
    // The public site talks to the API through fetch, which cannot report upload progress:
    // the workspace gets its own HttpClient (XMLHttpRequest) and an Api on top of it. A 401 from
    // the API mid-work (session expired or revoked) sends the user to sign-in (sessionExpired).
    providers: [provideHttpClient(withInterceptors([sessionExpired])), Api, Actions],
    children: [
      {
        path: 'sign-in',
        title: 'ws.signIn.title' satisfies MessageKey,
        canActivate: [signedOut],
        loadComponent: () => import('./sign-in').then((m) => m.SignIn),
      },
      {
        path: '',
        canActivate: [signedIn],
        children: [
          { path: '', pathMatch: 'full', redirectTo: home },
          {
            path: 'projects',
            title: 'ws.projects.title' satisfies MessageKey,
            data: { kind: 'projects' },
            loadComponent: () => import('./items/item-list').then((m) => m.ItemList),
          },
          {
            path: 'projects/new',
            title: 'ws.project.new' satisfies MessageKey,
            data: writers,
            canActivate: [hasRole],
            canDeactivate: [unsavedChanges],
            loadComponent: () => import('./editor/project-editor').then((m) => m.ProjectEditor),
          },
          {
            path: 'projects/:id/news',
            title: 'newsWs.title' satisfies MessageKey,
            data: editors,
            canActivate: [hasRole],
            loadComponent: () => import('./news/project-news').then((m) => m.ProjectNews),
          },
          {
            path: 'projects/:id',
            title: 'ws.project.edit' satisfies MessageKey,
            canDeactivate: [unsavedChanges],
            loadComponent: () => import('./editor/project-editor').then((m) => m.ProjectEditor),
          },
          {
            path: 'policies',
            title: 'ws.policies.title' satisfies MessageKey,
            data: { kind: 'policies' },
            loadComponent: () => import('./items/item-list').then((m) => m.ItemList),
          },
          {
            path: 'policies/new',
            title: 'ws.policy.new' satisfies MessageKey,
            data: writers,
            canActivate: [hasRole],
            canDeactivate: [unsavedChanges],
            loadComponent: () => import('./editor/policy-editor').then((m) => m.PolicyEditor),
          },
          {
            path: 'policies/:id',
            title: 'ws.policy.edit' satisfies MessageKey,
            canDeactivate: [unsavedChanges],
            loadComponent: () => import('./editor/policy-editor').then((m) => m.PolicyEditor),
          },
          {
            path: 'review',
            title: 'ws.review.title' satisfies MessageKey,
            data: editors,
            canActivate: [hasRole],
            loadComponent: () => import('./review/review-queue').then((m) => m.ReviewQueue),
          },
          {
            path: 'review/:kind/:id',
            title: 'ws.review.item' satisfies MessageKey,
            data: editors,
            canActivate: [hasRole],
            loadComponent: () => import('./review/review-item').then((m) => m.ReviewItem),
          },
          {
            path: 'scoreboard',
            data: editors,
            canActivate: [hasRole],
            loadChildren: () => import('./scoreboard/routes').then((m) => m.SCOREBOARD_ROUTES),
          },
          { path: 'inbox', loadChildren: () => import('./inbox/inbox-routes').then((m) => m.INBOX_ROUTES) },
          {
            path: 'widgets',
            title: 'widgets.title' satisfies MessageKey,
            loadComponent: () => import('./widgets/widget-builder').then((m) => m.WidgetBuilder),
          },
          {
            path: 'analytics',
            title: 'analytics.title' satisfies MessageKey,
            loadComponent: () => import('./analytics/analytics').then((m) => m.Analytics),
          },
          {
            path: 'dev-mail',
            title: 'devmail.title' satisfies MessageKey,
            data: { roles: ['admin'] },
            canActivate: [hasRole],
            loadComponent: () => import('./dev-mail/dev-mail').then((m) => m.DevMail),
          },
          {
            path: 'admin',
            data: { roles: ['admin'] },
            canActivate: [hasRole],
            loadChildren: () => import('./admin/admin-routes').then((m) => m.ADMIN_ROUTES),
          },
          {
            path: 'taxonomies',
            title: 'tax.title' satisfies MessageKey,
            data: { roles: ['admin'] },
            canActivate: [hasRole],
            loadComponent: () => import('./taxonomies/taxonomies').then((m) => m.Taxonomies),
          },
          { path: '**', redirectTo: home },
        ],
      },
    ],
  },
];
