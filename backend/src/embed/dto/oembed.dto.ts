import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/** https://oembed.com/ §2.2: url required; format json (xml is answered 501); maxwidth/maxheight optional. */
export class OEmbedQueryDto {
  @ApiProperty({ description: 'A project page URL of this portal, e.g. https://…/vi/projects/{slug}' })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({ enum: ['json', 'xml'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'xml'], { message: 'format must be json or xml' })
  format?: 'json' | 'xml';

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  maxwidth?: number;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  maxheight?: number;
}

export class OEmbedDto {
  @ApiProperty({ example: 'rich' }) type!: 'rich';
  @ApiProperty({ example: '1.0' }) version!: '1.0';
  @ApiProperty() title!: string;
  @ApiProperty() provider_name!: string;
  @ApiProperty() provider_url!: string;
  @ApiProperty({ description: 'An <iframe> of /embed/projects?project={slug}' }) html!: string;
  @ApiProperty() width!: number;
  @ApiProperty() height!: number;
  @ApiProperty({ description: 'Seconds a consumer may cache this answer' }) cache_age!: number;
  @ApiPropertyOptional() thumbnail_url?: string;
  @ApiPropertyOptional() thumbnail_width?: number;
  @ApiPropertyOptional() thumbnail_height?: number;
}
