import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { ACCESS_KEY, type AccessRule } from '../common/access.js';
import { EmbedService } from './embed.service.js';

/** What widgets.js reads. Workspace, sign-in and inquiry tracking are never readable cross-origin. */
const WIDGET_API = /^\/api\/v1\/(search(\/|$)|projects(\/|$|\.)|policies(\/|$)|settings\/public$|taxonomies$|departments$|stats$)/;

export function isWidgetApi(path: string): boolean {
  return WIDGET_API.test(path);
}

/**
 * CORS for the web-component widgets on other sites: public GET endpoints answer with
 * Access-Control-Allow-Origin only for origins on the embed allow-list, never "*" and never with
 * credentials, so a page elsewhere can read public data and nothing else.
 */
@Injectable()
export class WidgetCorsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly embed: EmbedService,
  ) {}

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [ctx.getHandler(), ctx.getClass()]);
    if ((req.method === 'GET' || req.method === 'HEAD') && rule?.kind === 'public' && isWidgetApi(req.path)) {
      const res = ctx.switchToHttp().getResponse<Response>();
      // Caches must keep answers for different origins apart.
      res.vary('Origin');
      const origin = req.header('origin')?.toLowerCase();
      if (origin && (await this.embed.allowedOrigins()).includes(origin)) {
        res.setHeader('Access-Control-Allow-Origin', origin);
      }
    }
    return next.handle();
  }
}
