import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { tap } from 'rxjs';

import { SIGN_IN_URL } from './guards';
import { Session } from './session';

/** Requests whose 401 is an answer, not an ended session: "who am I" and the sign-in itself. */
const PROBES = ['/api/v1/auth/me', '/api/v1/auth/login'];

/** True when a 401 on this URL means the session ended (expired, revoked, signed out elsewhere). */
export function endsSession(url: string, status: number): boolean {
  if (status !== 401) return false;
  let path: string;
  try {
    path = new URL(url, 'http://workspace.invalid').pathname;
  } catch {
    return false;
  }
  return path.startsWith('/api/v1/') && !PROBES.includes(path.replace(/\/+$/, ''));
}

/**
 * The workspace's HTTP interceptor for ended sessions: a 401 from the API forgets the user and
 * sends them to sign-in, which explains why and brings them back to the page they were on.
 */
export const sessionExpired: HttpInterceptorFn = (req, next) => {
  const session = inject(Session);
  const router = inject(Router);
  return next(req).pipe(
    tap({
      error: (error: unknown) => {
        if (!(error instanceof HttpErrorResponse) || !endsSession(req.url, error.status)) return;
        // Several requests may fail together: only the first one that sees a signed-in user acts.
        const wasSignedIn = session.me() !== null;
        session.expired();
        const current = router.url;
        if (!wasSignedIn || current.startsWith(SIGN_IN_URL)) return;
        void router.navigate([SIGN_IN_URL], { queryParams: { next: current } });
      },
    }),
  );
};
