import { ConflictException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';

export class TrackingNotFoundError extends NotFoundException {
  constructor() {
    super('No inquiry has this tracking link; check that the whole link was copied');
  }
}

export class NotRateableError extends ConflictException {
  constructor() {
    super('An inquiry can be rated once it has been answered');
  }
}

export class AlreadyRatedError extends ConflictException {
  constructor() {
    super('This inquiry has already been rated');
  }
}

export class ConsentVersionError extends ConflictException {
  constructor(current: string) {
    super(`The privacy notice has changed (now version ${current}); reload the form, read it and agree again`);
  }
}

export class NoIntakeDepartmentError extends ServiceUnavailableException {
  constructor(code: string) {
    super(`General inquiries cannot be routed: the intake department "${code}" does not exist (INQUIRY_INTAKE_DEPARTMENT)`);
  }
}
