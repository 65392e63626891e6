import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { Role } from '../users/user.entity.js';

export const ACCESS_KEY = 'invest:access';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

/** The signed-in caller, resolved from the session cookie by AuthMiddleware. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  departmentId: string | null;
  sessionId: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    /** The CSRF token this request must echo (the session's, or the anonymous cookie's). */
    expectedCsrf?: string;
  }
}

/** Anyone, signed in or not, may call this endpoint. */
export const Public = () =>
  applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule), ApiExtension('x-access', { public: true }));

/** Signed-in users with one of these roles; ownership (department) is checked by the service. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule),
    ApiExtension('x-access', { public: false, roles }),
  );

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | undefined => {
  return ctx.switchToHttp().getRequest<Request>().actor;
});

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Deny by default: an endpoint that does not say who may call it is refused, so a forgotten
 * permission check fails closed. State-changing requests must echo the CSRF token (Angular's
 * XSRF-TOKEN cookie → X-XSRF-TOKEN header), which must be the session's when signed in.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenException('This endpoint declares no access rule');
    const req = context.switchToHttp().getRequest<Request>();
    if (rule.kind === 'roles') {
      if (!req.actor) throw new UnauthorizedException('Sign in first');
      if (!rule.roles.includes(req.actor.role)) throw new ForbiddenException('Your role may not do this');
    }
    if (UNSAFE.has(req.method)) {
      const sent = req.header(CSRF_HEADER);
      if (!sameToken(sent, req.expectedCsrf)) {
        throw new ForbiddenException('Missing or invalid CSRF token: echo the XSRF-TOKEN cookie in the X-XSRF-TOKEN header');
      }
    }
    return true;
  }
}
