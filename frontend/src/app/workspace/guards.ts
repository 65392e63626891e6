import { inject } from '@angular/core';
import { CanActivateFn, CanDeactivateFn, Router } from '@angular/router';

import { I18n } from '../core/i18n/i18n';
import { Role, Session } from './session';

export const SIGN_IN_URL = '/workspace/sign-in';

/** Only a path inside the workspace may be the place to go back to after signing in. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/workspace') || next.startsWith('//') || next.startsWith(SIGN_IN_URL)) {
    return '/workspace';
  }
  return next;
}

/** Where each role starts: officers with their projects, the editorial board with its queue. */
export function homeOf(role: string | null | undefined): string {
  return role === 'officer' ? '/workspace/projects' : '/workspace/review';
}

/** Signed-in users only; others go to the sign-in page, which brings them back here. */
export const signedIn: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(Session).load();
  return me ? true : router.createUrlTree([SIGN_IN_URL], { queryParams: { next: state.url } });
};

/** Routes that declare `data: { roles: [...] }` are for those roles only (others go home). */
// Guards inject everything before their first `await`: inject() only works synchronously.
export const hasRole: CanActivateFn = async (route) => {
  const roles = (route.data['roles'] as Role[] | undefined) ?? [];
  const router = inject(Router);
  const me = await inject(Session).load();
  if (!me) return router.parseUrl(SIGN_IN_URL);
  return roles.length === 0 || roles.includes(me.role) ? true : router.parseUrl(homeOf(me.role));
};

/** The sign-in page sends people who are already signed in on to the workspace. */
export const signedOut: CanActivateFn = async (route) => {
  const router = inject(Router);
  const me = await inject(Session).load();
  const next = route.queryParamMap.get('next');
  return me ? router.parseUrl(next ? safeNext(next) : homeOf(me.role)) : true;
};

/** A page with edits that are not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved changes (in-app navigation; `beforeunload` covers the rest). */
export const unsavedChanges: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component?.hasUnsavedChanges()) return true;
  const i18n = inject(I18n);
  return globalThis.confirm?.(i18n.t('ws.unsaved.confirm')) ?? true;
};
