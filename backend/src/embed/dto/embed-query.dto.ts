import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { FeedQueryDto } from '../../feeds/dto/feed-query.dto.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Query of the /embed/… pages: the feeds' language and filters, plus what widgets add; each page passes what applies to its widget (unknown parameters are refused). */
export class EmbedQueryDto extends FeedQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 5, description: 'Number of items (lists)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(20)
  limit?: number;

  @ApiPropertyOptional({ description: 'Featured calls only (projects): 1 or true' })
  @IsOptional()
  @Transform(({ value }) => (value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value))
  @IsBoolean({ message: 'featured must be 1, 0, true or false' })
  featured?: boolean;

  @ApiPropertyOptional({ description: 'One project by slug (projects; used by oEmbed)' })
  @IsOptional()
  @Matches(SLUG, { message: 'project must be a project slug' })
  project?: string;

  @ApiPropertyOptional({ minimum: 200, maximum: 1200, description: 'Map height in pixels' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'height must be a whole number of pixels' })
  @Min(200)
  @Max(1200)
  height?: number;
}
