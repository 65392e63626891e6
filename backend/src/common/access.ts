import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

export const ACCESS_KEY = 'invest:access';

/** Anyone, signed in or not, may call this endpoint. */
export const Public = () => SetMetadata(ACCESS_KEY, 'public');

/**
 * Deny by default: an endpoint that does not say who may call it is refused, so a forgotten
 * permission check fails closed. Role permissions arrive with sign-in (issue 3).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<string | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === 'public') return true;
    throw new ForbiddenException('This endpoint declares no access rule');
  }
}
