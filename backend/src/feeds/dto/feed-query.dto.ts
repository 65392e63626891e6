import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** Feeds and exports: one language, optional filters (codes as in the search API). */
export class FeedQueryDto {
  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  lang: 'vi' | 'en' = 'vi';

  @ApiPropertyOptional({ description: 'Sector code' })
  @IsOptional()
  @Matches(CODE, { message: 'sector must be a code' })
  sector?: string;

  @ApiPropertyOptional({ description: 'Administrative unit code' })
  @IsOptional()
  @Matches(CODE, { message: 'unit must be a code' })
  unit?: string;

  @ApiPropertyOptional({ description: 'Department code' })
  @IsOptional()
  @Matches(CODE, { message: 'department must be a code' })
  department?: string;
}
