import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';

export class UnsupportedFileError extends UnsupportedMediaTypeException {
  constructor(looksLike: string) {
    super(`Only PDF, DOCX, XLSX, JPEG, PNG and WebP files are accepted; this file looks like ${looksLike}`);
  }
}

export class MissingFileError extends BadRequestException {
  constructor() {
    super({ message: 'Validation failed', details: [{ field: 'file', messages: ['file is required (multipart field "file")'] }] });
  }
}
