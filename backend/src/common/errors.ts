import { BadRequestException, ConflictException } from '@nestjs/common';

/** A 400 naming one field, in the same shape as validation errors. */
export class FieldError extends BadRequestException {
  constructor(field: string, message: string) {
    super({ message: 'Validation failed', details: [{ field, messages: [message] }] });
  }
}

export class DuplicateError extends ConflictException {
  constructor(what: string) {
    super(`Another ${what} already uses this code or slug`);
  }
}

/** PostgreSQL unique_violation. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string; driverError?: { code?: string } })?.driverError?.code === '23505' || (err as { code?: string })?.code === '23505';
}

/**
 * In a partial update an omitted field keeps its value, but null would erase a required one
 * (validation lets null through optional fields), so refuse it by name.
 */
export function rejectNulls(input: object, required: readonly string[]): void {
  for (const field of required) {
    if ((input as Record<string, unknown>)[field] === null) throw new FieldError(field, `${field} cannot be null`);
  }
}

/** Errors that mean "a dependency is down": answered 503 by the API, and a fallback for search. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001']);

/** Walks the cause chain: the Meilisearch client and TypeORM wrap the socket error. */
export function isUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    const name = (e as { name?: unknown }).name;
    if (name === 'MeilisearchRequestError' || name === 'MeilisearchRequestTimeOutError') return true;
    // PostgreSQL lost mid-transaction: TypeORM releases the query runner when its connection emits
    // 'error', so the next statement (or the COMMIT) of that transaction fails with these instead
    // of the socket error, which it does not keep.
    if (name === 'QueryRunnerAlreadyReleasedError' || name === 'QueryRunnerProviderAlreadyReleasedError') return true;
    const message = e instanceof Error ? e.message : '';
    if (/timeout exceeded when trying to connect|Connection terminated unexpectedly/.test(message)) return true;
  }
  return false;
}
