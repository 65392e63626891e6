import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { toErrorBody } from './http-exception.filter.js';

describe('toErrorBody', () => {
  it('keeps the status and message of HTTP exceptions', () => {
    expect(toErrorBody(new NotFoundException('No such project'), 'r1')).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'No such project',
      requestId: 'r1',
    });
  });

  it('carries validation details', () => {
    const body = toErrorBody(
      new BadRequestException({ message: 'Validation failed', details: [{ field: 'code', messages: ['code must be a string'] }] }),
      'r2',
    );
    expect(body.details).toEqual([{ field: 'code', messages: ['code must be a string'] }]);
    expect(body.statusCode).toBe(400);
  });

  it('turns malformed JSON from the body parser into a 400', () => {
    const err = Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed' });
    expect(toErrorBody(err, 'r3')).toMatchObject({ statusCode: 400, message: 'Request body is not valid JSON' });
  });

  it('answers 503 when a backing service refuses connections', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toErrorBody(err, 'r4')).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });

  it('finds a refused connection anywhere in the cause chain', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('Request to Meilisearch failed', { cause: new Error('fetch failed', { cause: socket }) });
    expect(toErrorBody(wrapped, 'r6').statusCode).toBe(503);
  });

  it('treats a pool connect timeout and a failed Meilisearch request as unavailable', () => {
    expect(toErrorBody(new Error('timeout exceeded when trying to connect'), 'r7').statusCode).toBe(503);
    const meili = Object.assign(new Error('fetch failed'), { name: 'MeilisearchRequestError' });
    expect(toErrorBody(meili, 'r8').statusCode).toBe(503);
  });

  it('treats a transaction whose connection was lost (query runner released under it) as unavailable', () => {
    expect(toErrorBody(new QueryRunnerAlreadyReleasedError(), 'r10').statusCode).toBe(503);
    expect(toErrorBody(new QueryRunnerProviderAlreadyReleasedError(), 'r11').statusCode).toBe(503);
  });

  it('rewrites body-parser wording when Nest has wrapped the error', () => {
    const parse = Object.assign(new SyntaxError('Unexpected end of JSON input'), { status: 400, type: 'entity.parse.failed' });
    const wrapped = new BadRequestException('Unexpected end of JSON input', { cause: parse });
    expect(toErrorBody(wrapped, 'r9')).toMatchObject({ statusCode: 400, message: 'Request body is not valid JSON' });
  });

  it('hides the details of unexpected errors', () => {
    const body = toErrorBody(new TypeError('secret internals'), 'r5');
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'An unexpected error occurred',
      requestId: 'r5',
    });
  });
});

describe('loggablePath', () => {
  it('drops the query string and masks secret tokens in paths', async () => {
    const { loggablePath } = await import('./http-exception.filter.js');
    expect(loggablePath('/api/v1/workspace/privacy/export?email=an%40example.org')).toBe('/api/v1/workspace/privacy/export');
    expect(loggablePath('/api/v1/inquiries/track/AbC_123-xyz/rating')).toBe('/api/v1/inquiries/track/…/rating');
    expect(loggablePath('/api/v1/auth/invitations/tok3n')).toBe('/api/v1/auth/invitations/…');
    expect(loggablePath('/en/inquiries/track/secret?x=1')).toBe('/en/inquiries/track/…');
    expect(loggablePath('/api/v1/projects/dien-gio')).toBe('/api/v1/projects/dien-gio');
  });
});
