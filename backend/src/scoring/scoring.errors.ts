import { NotFoundException } from '@nestjs/common';

export class UnknownDepartmentError extends NotFoundException {
  /** Without a code when what was asked for cannot be one (nothing to echo back). */
  constructor(code?: string) {
    super(code ? `No department with the code "${code}"` : 'No such department');
  }
}
