import { HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';

export class InvalidCredentialsError extends UnauthorizedException {
  constructor() {
    // One message for unknown e-mail, wrong password and disabled account: no account enumeration.
    super('E-mail or password is wrong');
  }
}

export class AccountLockedError extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many failed sign-ins: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
