import { HttpException, HttpStatus, NotFoundException } from '@nestjs/common';

/** oEmbed §2.3: a URL this provider has no embed for. */
export class NotEmbeddableError extends NotFoundException {
  constructor() {
    super('No embed for this URL: give the address of a published project page of this portal, e.g. /vi/projects/{slug}');
  }
}

/** oEmbed §2.3: 501 for a format the provider does not produce. */
export class FormatNotImplementedError extends HttpException {
  constructor(format: string) {
    super(`oEmbed format "${format}" is not available: use format=json`, HttpStatus.NOT_IMPLEMENTED);
  }
}
