import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DOCS_CSP, NO_FRAMING_CSP } from '../embed/csp.js';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

declare module 'express-serve-static-core' {
  interface Request {
    requestId?: string;
  }
}

/**
 * Every response carries a request id; a well-formed one from a proxy is kept so that a support
 * question ("request id …") can be followed through nginx, the API and the logs.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header(REQUEST_ID_HEADER);
  const id = incoming && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
  req.requestId = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  next();
}

/** One year; sent only over TLS (browsers ignore it on plain HTTP, and it must not pin a plain-HTTP host). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers every response carries. Handlers that serve HTML replace the CSP with a page policy
 * (web.service: the app shell; embed: the framable widgets); the API documentation gets its own.
 * HSTS only when the request came over TLS: directly, or from the reverse proxy that Express
 * trusts (bootstrap: `trust proxy`), which says so in X-Forwarded-Proto.
 */
export function securityHeadersMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  // Only /embed/… may be framed (EmbedController replaces both headers there).
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Security-Policy', req.path === '/api/docs' || req.path.startsWith('/api/docs/') ? DOCS_CSP : NO_FRAMING_CSP);
  if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
  next();
}
