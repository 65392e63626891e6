import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { localDay } from './day.js';
import { AnalyticsRecorder } from './recorder.js';
import { usesOf } from './usage.js';

/**
 * Counts channel use (embed pages, widget API calls per allow-listed origin, feeds, exports,
 * oEmbed) once the response has been sent, from its path, status and the
 * Access-Control-Allow-Origin the widget CORS interceptor chose. It changes nothing about the
 * request or the response, and nothing it does can fail one.
 */
@Injectable()
export class UsageInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Analytics');

  constructor(private readonly recorder: AnalyticsRecorder) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() === 'http') {
      const req = ctx.switchToHttp().getRequest<Request>();
      if (req.method === 'GET') {
        const res = ctx.switchToHttp().getResponse<Response>();
        res.once('finish', () => {
          try {
            const origin = res.getHeader('access-control-allow-origin');
            const uses = usesOf(req.path, res.statusCode, typeof origin === 'string' ? origin : undefined);
            if (!uses.length) return;
            const day = localDay(new Date());
            for (const use of uses) this.recorder.countUse(day, use.channel, use.key);
          } catch (err) {
            this.logger.warn(`usage not counted: ${err instanceof Error ? err.message : String(err)}`);
          }
        });
      }
    }
    return next.handle();
  }
}
