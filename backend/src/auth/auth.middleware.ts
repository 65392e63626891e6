import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { parse as parseCookies } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { CSRF_COOKIE } from '../common/access.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuthService, newToken } from './auth.service.js';

export const SESSION_COOKIE = 'invest_session';

/**
 * Adds the cookie when the headers go out, unless the response turned out publicly cacheable
 * (feeds, search, widgets, exports…): a shared cache or CDN must never hand one visitor's token to
 * everyone. Decided on the response, so no list of cacheable paths can fall behind the routes.
 */
function setCookieUnlessPublic(res: Response, set: () => void): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!/\bpublic\b/i.test(String(res.getHeader('Cache-Control') ?? ''))) set();
    return writeHead.apply(this, args);
  } as Response['writeHead'];
}

/**
 * Resolves the session cookie into `req.actor` and makes sure every browser holds an XSRF-TOKEN
 * cookie (Angular echoes it as X-XSRF-TOKEN): the session's token when signed in, a random one
 * before, so that even sign-in is protected against cross-site forgery.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const cookies = parseCookies(req.headers.cookie ?? '');
      const token = cookies[SESSION_COOKIE];
      const session = token ? await this.auth.resolve(token) : null;
      if (session) {
        req.actor = session.actor;
        req.expectedCsrf = session.csrfToken;
      } else {
        req.expectedCsrf = cookies[CSRF_COOKIE];
        if (token) res.clearCookie(SESSION_COOKIE, { path: '/' });
      }
      if (cookies[CSRF_COOKIE] !== req.expectedCsrf || !req.expectedCsrf) {
        const csrf = req.expectedCsrf ?? newToken();
        req.expectedCsrf = csrf;
        setCookieUnlessPublic(res, () => setCsrfCookie(res, csrf, secureCookies(this.config, req)));
      }
      next();
    } catch (err) {
      next(err);
    }
  }
}

/** Secure when configured, and whenever the request came over TLS (directly or from the trusted proxy). */
export function secureCookies(config: AppConfig, req: Request): boolean {
  return config.auth.secureCookies || req.secure;
}

export function setCsrfCookie(res: Response, token: string, secure: boolean): void {
  // Readable by the page's script on purpose (double submit); SameSite keeps other sites from sending it.
  res.cookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
}

export function setSessionCookie(res: Response, token: string, expires: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
}
