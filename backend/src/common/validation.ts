import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldErrorDto } from './error-body.js';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldErrorDto[] {
  const out: FieldErrorDto[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) out.push({ field, messages: Object.values(error.constraints) });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/**
 * Deepest nesting any input legitimately has is a land plot's coordinates (body → landPlot →
 * coordinates → ring → point); class-transformer recurses once per level, so a 1 MB body of
 * "[[[[…" would otherwise overflow the stack and answer 500.
 */
export const MAX_INPUT_DEPTH = 16;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * NFC, so that text typed on different systems ("ệ" as one code point or as "e" + two combining
 * marks) is stored, compared, searched and de-duplicated as the same text. A lone surrogate (half
 * an emoji, cut by a client's length limit) is not text PostgreSQL's jsonb accepts: it becomes
 * U+FFFD, the replacement character, instead of failing the request. NUL is not text PostgreSQL
 * stores at all (text or jsonb): it is dropped, as the plain-text fields drop other controls.
 */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '');
}

/**
 * Every string of a request's body, query and path parameters cleaned (cleanText). Walks without
 * recursion and refuses input nested deeper than MAX_INPUT_DEPTH with a 400 naming the limit.
 */
export function normaliseInput<T>(input: T): T {
  if (typeof input === 'string') return cleanText(input) as T;
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    const container = Array.isArray(value) ? value : isPlainObject(value) ? value : undefined;
    if (!container) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      throw new BadRequestException(`The input is nested too deeply (more than ${MAX_INPUT_DEPTH} levels)`);
    }
    const record = container as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') record[key] = cleanText(item);
      else if (item !== null && typeof item === 'object') stack.push({ value: item, depth: depth + 1 });
    }
  }
  return input;
}

/** The global pipe: normalised input first, then class-validator with unknown fields refused. */
class InputPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameter decorators (the signed-in actor, an uploaded file) are not client text.
    const clientInput = metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param';
    return super.transform(clientInput ? normaliseInput(value) : value, metadata);
  }
}

/** Unknown fields are refused rather than silently dropped, so a typo in a client is noticed. */
export function createValidationPipe(): ValidationPipe {
  return new InputPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ message: 'Validation failed', details: flattenValidationErrors(errors) }),
  });
}
