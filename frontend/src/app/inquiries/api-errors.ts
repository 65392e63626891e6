import { HttpErrorResponse } from '@angular/common/http';

import type { Schemas } from '../core/api/api';

type ErrorBody = Schemas['ErrorBodyDto'];

/** What went wrong with a request, in the terms a form needs to react to it. */
export type RequestFailure<F extends string> =
  /** 400 with field details: `fields` holds the ones the form shows, `other` the rest (raw). */
  | { kind: 'invalid'; fields: Partial<Record<F, string[]>>; other: string[] }
  /** 409: the state on the server changed (privacy notice version, already rated, …). */
  | { kind: 'conflict'; message: string }
  | { kind: 'notFound' }
  | { kind: 'rateLimited' }
  /** 403 (CSRF cookie missing or stale): a reload gives a fresh cookie. */
  | { kind: 'forbidden' }
  /** No answer at all (offline, DNS, connection reset). */
  | { kind: 'network' }
  | { kind: 'server'; requestId: string | null };

export function isErrorBody(value: unknown): value is ErrorBody {
  const v = value as Partial<ErrorBody> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.statusCode === 'number' &&
    typeof v.message === 'string' &&
    (v.details === undefined || Array.isArray(v.details))
  );
}

/**
 * The HTTP error behind a failure: `HttpClient` errors as they are, and resource errors, which
 * Angular wraps in an `Error` whose `cause` is the original value.
 */
export function httpError(error: unknown): HttpErrorResponse | null {
  if (error instanceof HttpErrorResponse) return error;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause instanceof HttpErrorResponse ? cause : null;
}

/** HTTP status of a failure (0 for a network error), or null when it is not an HTTP error. */
export function httpStatus(error: unknown): number | null {
  return httpError(error)?.status ?? null;
}

/**
 * Classifies a failed request. Field details of a 400 whose `field` (or its first path segment,
 * e.g. `subject` for `subject.slug`) is one of `fields` are grouped per field; others are kept as
 * raw messages, so nothing the server said is lost.
 */
export function describeFailure<F extends string>(error: unknown, fields: readonly F[]): RequestFailure<F> {
  const http = httpError(error);
  if (!http || http.status === 0) return { kind: 'network' };
  const body: ErrorBody | null = isErrorBody(http.error) ? http.error : null;
  switch (http.status) {
    case 400: {
      const details = body?.details ?? [];
      if (details.length === 0) break;
      const mapped: Partial<Record<F, string[]>> = {};
      const other: string[] = [];
      for (const detail of details) {
        const field = fields.find((f) => f === detail.field);
        const messages = detail.messages?.length ? detail.messages : [body?.message ?? ''];
        if (field) (mapped[field] ??= []).push(...messages);
        else other.push(...messages.map((m) => (m.startsWith(detail.field) ? m : `${detail.field}: ${m}`)));
      }
      return { kind: 'invalid', fields: mapped, other };
    }
    case 403:
      return { kind: 'forbidden' };
    case 404:
      return { kind: 'notFound' };
    case 409:
      return { kind: 'conflict', message: body?.message ?? '' };
    case 429:
      return { kind: 'rateLimited' };
  }
  return { kind: 'server', requestId: body?.requestId ?? http.headers?.get('X-Request-Id') ?? null };
}
