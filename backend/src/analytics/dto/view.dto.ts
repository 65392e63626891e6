import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { VIEW_KINDS, type ViewKind } from '../analytics.entities.js';

/** What the public project and policy pages send once they are shown. */
export class RecordViewDto {
  @ApiProperty({ enum: VIEW_KINDS, enumName: 'ViewKind' })
  @IsIn(VIEW_KINDS)
  kind!: ViewKind;

  @ApiProperty({ maxLength: 120, example: 'dien-gio-vinh-chau-st-2026-001' })
  @IsString()
  @MaxLength(120)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters and digits joined by dashes' })
  slug!: string;
}
