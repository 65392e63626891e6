import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import type { ErrorBodyDto, FieldErrorDto } from './error-body.js';
import { isUnavailable } from './errors.js';

/**
 * A URL fit for logs: no query string (it may carry an email address) and no secret tokens in the
 * path (tracking links, invitations): whoever reads the log must not gain access with it.
 */
export function loggablePath(url: string): string {
  return url.split('?')[0]!.replace(/\/(track|invitations|invite)\/[^/]+/g, '/$1/…');
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const body = toErrorBody(exception, req.requestId ?? 'unknown');
    // 501 is a deliberate answer (oEmbed's "format not available"), not a fault to investigate.
    if (body.statusCode >= 500 && body.statusCode !== 501) {
      this.logger.error(
        `${req.method} ${loggablePath(req.originalUrl)} -> ${body.statusCode} [${body.requestId}]`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    if (res.headersSent) return;
    const retryAfter = (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    // Handlers declare their success type and caching up front (@Header: RSS, CSV, public max-age);
    // an error is always JSON, and a shared cache must not keep a transient error for an hour.
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.removeHeader('Content-Disposition');
    res.status(body.statusCode).send(JSON.stringify(body));
  }
}

export function toErrorBody(exception: unknown, requestId: string): ErrorBodyDto {
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    const error = STATUS_CODES[statusCode] ?? 'Error';
    let message = exception.message;
    let details: FieldErrorDto[] | undefined;
    if (typeof response === 'object' && response !== null) {
      const r = response as { message?: unknown; details?: FieldErrorDto[] };
      if (typeof r.message === 'string') message = r.message;
      else if (Array.isArray(r.message)) message = r.message.join('; ');
      if (Array.isArray(r.details)) details = r.details;
    } else if (typeof response === 'string') {
      message = response;
    }
    message = bodyParserMessage(exception.cause) ?? message;
    return { statusCode, error, message, ...(details ? { details } : {}), requestId };
  }
  // Express body-parser errors (malformed JSON, body too large) carry their own 4xx status.
  const status = (exception as { status?: unknown; statusCode?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = bodyParserMessage(exception) ?? (exception instanceof Error ? exception.message : 'Bad request');
    return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message, requestId };
  }
  const pgCode = (exception as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code ?? (exception as { code?: string } | null)?.code;
  if (pgCode === '22021' || pgCode === '22P05') {
    // PostgreSQL cannot store NUL characters: an input problem, not a server fault.
    return { statusCode: 400, error: 'Bad Request', message: 'The request contains characters that cannot be stored (NUL)', requestId };
  }
  if (isUnavailable(exception)) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      message: 'A backing service is unavailable; please retry shortly',
      requestId,
    };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    error: 'Internal Server Error',
    message: 'An unexpected error occurred',
    requestId,
  };
}

/** body-parser's own wording ("Unexpected end of JSON input") means little to an API client. */
function bodyParserMessage(err: unknown): string | undefined {
  const type = (err as { type?: unknown } | null | undefined)?.type;
  if (type === 'entity.parse.failed') return 'Request body is not valid JSON';
  if (type === 'entity.too.large') return 'Request body is too large';
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return 'Request body encoding is not supported';
  return undefined;
}
