import { ConsoleLogger, type LoggerService } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';

const BODY_KEYS = new Set(['statusCode', 'error', 'message', 'details', 'requestId']);

/**
 * What is wrong with an error response, measured against the API's one error body
 * ({ statusCode, error, message, details?, requestId }, requestId = X-Request-Id): empty when right.
 */
export function errorBodyProblems(status: number, headers: Record<string, unknown>, raw: string): string[] {
  const problems: string[] = [];
  const type = String(headers['content-type'] ?? '');
  if (!/^application\/json\b/.test(type)) problems.push(`content-type is "${type}", not application/json`);
  let body: any;
  try {
    body = JSON.parse(raw);
  } catch {
    return [...problems, `body is not JSON: ${raw.slice(0, 120)}`];
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [...problems, 'body is not an object'];
  const extra = Object.keys(body).filter((k) => !BODY_KEYS.has(k));
  if (extra.length) problems.push(`unexpected keys ${extra.join(', ')}`);
  if (body.statusCode !== status) problems.push(`statusCode ${body.statusCode} ≠ HTTP status ${status}`);
  if (body.error !== STATUS_CODES[status]) problems.push(`error "${body.error}" ≠ "${STATUS_CODES[status]}"`);
  if (typeof body.message !== 'string' || body.message.length === 0) problems.push('message is not a non-empty string');
  const requestId = headers['x-request-id'];
  if (typeof body.requestId !== 'string' || !body.requestId) problems.push('requestId missing');
  else if (body.requestId !== requestId) problems.push(`requestId ${body.requestId} ≠ X-Request-Id ${String(requestId)}`);
  if (body.details !== undefined) {
    const ok =
      Array.isArray(body.details) &&
      body.details.every(
        (d: any) => d && typeof d.field === 'string' && Array.isArray(d.messages) && d.messages.length > 0 && d.messages.every((m: unknown) => typeof m === 'string'),
      );
    if (!ok) problems.push('details is not a list of { field, messages[] }');
  }
  return problems;
}

export interface LoggedEntry {
  level: 'error' | 'fatal' | 'warn' | 'console';
  context?: string;
  message: string;
}

/**
 * The in-process app's log, kept in memory: the fuzz run fails on any error-level entry (a 5xx,
 * a failing background job, an exception Nest caught for us). Warnings are kept for the report.
 */
export class CapturingLogger extends ConsoleLogger implements LoggerService {
  readonly entries: LoggedEntry[] = [];

  constructor() {
    super('App', { logLevels: ['error', 'fatal', 'warn'] });
  }

  private keep(level: LoggedEntry['level'], message: unknown, rest: unknown[]): void {
    const parts = [message, ...rest].map((p) => (p instanceof Error ? p.stack ?? p.message : typeof p === 'string' ? p : JSON.stringify(p)));
    // Nest passes the context last.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    this.entries.push({ level, context, message: parts.join(' | ').slice(0, 4000) });
  }

  override error(message: unknown, ...rest: unknown[]): void {
    this.keep('error', message, rest);
  }

  override fatal(message: unknown, ...rest: unknown[]): void {
    this.keep('fatal', message, rest);
  }

  override warn(message: unknown, ...rest: unknown[]): void {
    this.keep('warn', message, rest);
  }

  override log(): void {}
  override debug(): void {}
  override verbose(): void {}

  errors(): LoggedEntry[] {
    return this.entries.filter((e) => e.level !== 'warn');
  }
}

/**
 * Routes every Nest logger of the app (and Logger instances created by its services) to the
 * returned logger, and the console too: libraries log there (TypeORM prints failed queries).
 * `restore()` gives the console back.
 */
export function captureLogs(app: NestExpressApplication): CapturingLogger & { restore(): void } {
  const logger = new CapturingLogger();
  app.useLogger(logger);
  const methods = ['log', 'info', 'warn', 'error'] as const;
  const originals = methods.map((m) => console[m]);
  for (const m of methods) {
    console[m] = (...args: unknown[]) => {
      logger.entries.push({ level: 'console', context: `console.${m}`, message: args.map((a) => (a instanceof Error ? a.stack : typeof a === 'string' ? a : JSON.stringify(a))).join(' ').slice(0, 4000) });
    };
  }
  return Object.assign(logger, {
    restore() {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    },
  });
}
