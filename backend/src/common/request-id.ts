import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { NO_FRAMING_CSP } from '../embed/csp.js';

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

export function securityHeadersMiddleware(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  // Only /embed/… may be framed (EmbedController replaces both headers there).
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Security-Policy', NO_FRAMING_CSP);
  next();
}
