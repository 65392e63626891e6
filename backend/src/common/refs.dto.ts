import { ApiProperty } from '@nestjs/swagger';
import { LocalizedDto } from './localized.js';

/** A taxonomy term or department as other objects refer to it. */
export class RefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ type: LocalizedDto })
  name!: LocalizedDto;
}

export class UnitRefDto extends RefDto {
  @ApiProperty({ type: String, nullable: true, description: 'Name before the 2025 reform' })
  legacyName!: string | null;
}

export class PublicRefDto {
  @ApiProperty()
  code!: string;

  @ApiProperty({ description: 'In the requested language, Vietnamese when untranslated' })
  name!: string;
}

export class ContactDto {
  @ApiProperty()
  name!: string;

  @ApiProperty({ type: LocalizedDto })
  position!: LocalizedDto;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
}

export class DocumentRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['document', 'image'] })
  kind!: 'document' | 'image';

  @ApiProperty({ type: LocalizedDto })
  title!: LocalizedDto;

  @ApiProperty()
  fileName!: string;

  @ApiProperty()
  mimeType!: string;

  @ApiProperty()
  sizeBytes!: number;

  @ApiProperty({ example: '/api/v1/documents/0b6c…' })
  url!: string;
}
