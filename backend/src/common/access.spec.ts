import { ForbiddenException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessGuard, Public } from './access.js';

class Controller {
  @Public()
  open() {}

  undeclared() {}
}

function contextFor(handler: () => void): ExecutionContext {
  return { getHandler: () => handler, getClass: () => Controller } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('lets public endpoints through', () => {
    expect(guard.canActivate(contextFor(Controller.prototype.open))).toBe(true);
  });

  it('refuses endpoints that declare no access rule', () => {
    expect(() => guard.canActivate(contextFor(Controller.prototype.undeclared))).toThrow(ForbiddenException);
  });
});
