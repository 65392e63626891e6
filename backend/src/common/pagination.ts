import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Lang } from './localized.js';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}

export class PublicPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi', description: 'Language of the texts; missing English falls back to Vietnamese' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  lang: Lang = 'vi';
}

export class LangQueryDto {
  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  lang: Lang = 'vi';
}

export class PageMetaDto {
  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty()
  total!: number;
}

/** Vietnamese text to a URL slug: "Điện gió Vĩnh Châu" → "dien-gio-vinh-chau". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/**
 * A slug for a new item from its Vietnamese title; when another item already has it, the item's
 * code is appended ("khu-cong-nghiep-tran-de-st-ip-02"), so two calls with the same title both work.
 */
export async function uniqueSlug(
  taken: (slug: string) => Promise<boolean>,
  title: string,
  code: string,
): Promise<string> {
  const base = slugify(title) || slugify(code);
  if (!(await taken(base))) return base;
  return `${base.slice(0, 80)}-${slugify(code)}`;
}
