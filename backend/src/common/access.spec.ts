import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessGuard, Public, Roles, type Actor } from './access.js';

class Controller {
  @Public()
  open() {}

  @Roles('editor', 'admin')
  review() {}

  undeclared() {}
}

const editor: Actor = { userId: 'u1', email: 'e@x', role: 'editor', departmentId: null, sessionId: 's1' };
const officer: Actor = { ...editor, role: 'officer', departmentId: 'd1' };

function contextFor(handler: () => void, req: Partial<{ method: string; actor: Actor; expectedCsrf: string; headers: Record<string, string> }>): ExecutionContext {
  const headers = req.headers ?? {};
  const request = { method: 'GET', ...req, header: (name: string) => headers[name.toLowerCase()] };
  return {
    getHandler: () => handler,
    getClass: () => Controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('lets anyone read public endpoints', () => {
    expect(guard.canActivate(contextFor(Controller.prototype.open, {}))).toBe(true);
  });

  it('refuses endpoints that declare no access rule', () => {
    expect(() => guard.canActivate(contextFor(Controller.prototype.undeclared, { actor: editor }))).toThrow(ForbiddenException);
  });

  it('asks anonymous callers to sign in, and refuses roles not listed', () => {
    expect(() => guard.canActivate(contextFor(Controller.prototype.review, {}))).toThrow(UnauthorizedException);
    expect(() => guard.canActivate(contextFor(Controller.prototype.review, { actor: officer }))).toThrow(ForbiddenException);
    expect(guard.canActivate(contextFor(Controller.prototype.review, { actor: editor }))).toBe(true);
  });

  it('requires the CSRF token on state-changing requests, even on public endpoints', () => {
    const post = { method: 'POST', expectedCsrf: 'token-1' };
    expect(() => guard.canActivate(contextFor(Controller.prototype.open, post))).toThrow(/CSRF/);
    expect(() =>
      guard.canActivate(contextFor(Controller.prototype.open, { ...post, headers: { 'x-xsrf-token': 'token-2' } })),
    ).toThrow(/CSRF/);
    expect(guard.canActivate(contextFor(Controller.prototype.open, { ...post, headers: { 'x-xsrf-token': 'token-1' } }))).toBe(true);
  });
});
