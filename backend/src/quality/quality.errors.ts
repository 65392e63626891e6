import { ConflictException } from '@nestjs/common';

export class NothingToConfirmError extends ConflictException {
  constructor(what: 'project' | 'policy') {
    super(`Some Vietnamese text of this ${what} has no English yet: there is no English to confirm`);
  }
}
