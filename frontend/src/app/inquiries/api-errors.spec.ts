import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { describeFailure, httpStatus, isErrorBody } from './api-errors';

const FIELDS = ['name', 'email', 'consent'] as const;

function httpError(status: number, error: unknown, headers?: Record<string, string>): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, headers: new HttpHeaders(headers) });
}

describe('describeFailure', () => {
  it('groups 400 details by form field and keeps the others as text', () => {
    const failure = describeFailure(
      httpError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        requestId: 'r1',
        details: [
          { field: 'email', messages: ['email must be a valid email address'] },
          { field: 'name', messages: ['name must be at least 2 characters', 'name must not contain control characters'] },
          { field: 'subject.slug', messages: ['subject.slug is not a published project'] },
          { field: 'extra', messages: ['property extra should not exist'] },
        ],
      }),
      FIELDS,
    );
    expect(failure).toEqual({
      kind: 'invalid',
      fields: {
        email: ['email must be a valid email address'],
        name: ['name must be at least 2 characters', 'name must not contain control characters'],
      },
      other: ['subject.slug is not a published project', 'extra: property extra should not exist'],
    });
  });

  it('treats a 400 without details as a server problem, with its request id', () => {
    const failure = describeFailure(
      httpError(400, { statusCode: 400, error: 'Bad Request', message: 'Request body is not valid JSON', requestId: 'abc' }),
      FIELDS,
    );
    expect(failure).toEqual({ kind: 'server', requestId: 'abc' });
  });

  it('classifies the other statuses', () => {
    const body = (statusCode: number, message: string) => ({ statusCode, error: 'x', message, requestId: 'q' });
    expect(describeFailure(httpError(409, body(409, 'The privacy notice has changed')), FIELDS)).toEqual({
      kind: 'conflict',
      message: 'The privacy notice has changed',
    });
    expect(describeFailure(httpError(404, body(404, 'no')), FIELDS)).toEqual({ kind: 'notFound' });
    expect(describeFailure(httpError(403, body(403, 'CSRF')), FIELDS)).toEqual({ kind: 'forbidden' });
    expect(describeFailure(httpError(429, body(429, 'slow down')), FIELDS)).toEqual({ kind: 'rateLimited' });
    expect(describeFailure(httpError(0, new ProgressEvent('error')), FIELDS)).toEqual({ kind: 'network' });
    expect(describeFailure(httpError(502, '<html>Bad gateway</html>', { 'X-Request-Id': 'hdr' }), FIELDS)).toEqual({
      kind: 'server',
      requestId: 'hdr',
    });
    expect(describeFailure(new Error('boom'), FIELDS)).toEqual({ kind: 'network' });
  });
});

describe('httpStatus', () => {
  it('reads the status of an HTTP error, also when a resource wrapped it', () => {
    const error = httpError(404, null);
    expect(httpStatus(error)).toBe(404);
    expect(httpStatus(new Error('wrapped', { cause: error }))).toBe(404);
    expect(httpStatus(new Error('plain'))).toBeNull();
    expect(httpStatus(undefined)).toBeNull();
  });
});

describe('isErrorBody', () => {
  it('accepts the API error body and refuses other shapes', () => {
    expect(isErrorBody({ statusCode: 400, error: 'Bad Request', message: 'x', requestId: 'r' })).toBe(true);
    expect(isErrorBody({ statusCode: 400, message: 'x', details: 'nope' })).toBe(false);
    expect(isErrorBody('<html>')).toBe(false);
    expect(isErrorBody(null)).toBe(false);
  });
});
