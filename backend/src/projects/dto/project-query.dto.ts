import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PublicFilterQueryDto } from '../../common/query.dto.js';

/** Public list of projects: the shared filters (sector, unit, department) and the home page's pick. */
export class PublicProjectQueryDto extends PublicFilterQueryDto {
  @ApiPropertyOptional({ description: 'Only the calls the editorial board features (true) or the others (false)' })
  @IsOptional()
  // Query strings are text: only the exact words count, anything else stays a string and is refused.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'featured must be true or false' })
  featured?: boolean;
}

export class FeatureDto {
  @ApiProperty({ description: 'true to show the call on the home page, false to stop' })
  @IsBoolean({ message: 'featured must be true or false' })
  featured!: boolean;
}
