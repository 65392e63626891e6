import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Lang } from '../../common/localized.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A period of whole Vietnam calendar days, both inclusive (at most three years). */
export class PeriodQueryDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day (YYYY-MM-DD, Asia/Ho_Chi_Minh), from 00:00' })
  @Matches(DAY, { message: 'from must be a date written YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2026-03-31', description: 'Last day (YYYY-MM-DD, Asia/Ho_Chi_Minh), to its end; at most 1096 days after from' })
  @Matches(DAY, { message: 'to must be a date written YYYY-MM-DD' })
  to!: string;

  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi', description: 'Language of names, titles and export headers (missing English falls back to Vietnamese)' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  lang: Lang = 'vi';
}

export type ScoreboardFormat = 'json' | 'csv' | 'xlsx';

export class ScoreboardQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json', description: 'csv: UTF-8 with BOM; xlsx: a second sheet holds the weights and the period' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format: ScoreboardFormat = 'json';
}
