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
