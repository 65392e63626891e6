import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { AREA_BANDS, CAPITAL_BANDS, LAND_STATUS_KINDS } from '@invest-portal/search';
import { PublicPageQueryDto } from '../../common/pagination.js';

/** A comma-separated list drawn from a fixed set of codes. */
function oneOf(codes: readonly string[]): RegExp {
  const one = `(${codes.join('|')})`;
  return new RegExp(`^${one}(,${one}){0,${codes.length - 1}}$`);
}

const CODES = /^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,49}$/;
const CODES_MESSAGE = 'a comma-separated list of codes (letters, digits, "-", "_")';
const SORTS = ['relevance', 'newest', 'capital_desc', 'capital_asc', 'area_desc', 'area_asc', 'title', 'distance'] as const;

/** Every facet is a comma-separated list of codes; an unknown parameter is refused (400). */
export class SearchProjectsQueryDto extends PublicPageQueryDto {
  @ApiPropertyOptional({ description: 'Text; with or without Vietnamese diacritics', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Sector codes, comma-separated' })
  @IsOptional()
  @Matches(CODES, { message: `sector must be ${CODES_MESSAGE}` })
  sector?: string;

  @ApiPropertyOptional({ description: 'Administrative unit codes' })
  @IsOptional()
  @Matches(CODES, { message: `unit must be ${CODES_MESSAGE}` })
  unit?: string;

  @ApiPropertyOptional({ description: 'Department codes' })
  @IsOptional()
  @Matches(CODES, { message: `department must be ${CODES_MESSAGE}` })
  department?: string;

  @ApiPropertyOptional({ description: 'Investment form codes' })
  @IsOptional()
  @Matches(CODES, { message: `form must be ${CODES_MESSAGE}` })
  form?: string;

  @ApiPropertyOptional({ description: `Land status categories: ${LAND_STATUS_KINDS.join(', ')}` })
  @IsOptional()
  @Matches(oneOf(LAND_STATUS_KINDS), { message: `land must be a comma-separated list of ${LAND_STATUS_KINDS.join(', ')}` })
  land?: string;

  @ApiPropertyOptional({ description: `Capital bands: ${CAPITAL_BANDS.map((b) => b.code).join(', ')}` })
  @IsOptional()
  @Matches(oneOf(CAPITAL_BANDS.map((b) => b.code)), { message: `capital must be a comma-separated list of ${CAPITAL_BANDS.map((b) => b.code).join(', ')}` })
  capital?: string;

  @ApiPropertyOptional({ description: `Area bands: ${AREA_BANDS.map((b) => b.code).join(', ')}` })
  @IsOptional()
  @Matches(oneOf(AREA_BANDS.map((b) => b.code)), { message: `area must be a comma-separated list of ${AREA_BANDS.map((b) => b.code).join(', ')}` })
  area?: string;

  @ApiPropertyOptional({ description: 'published and/or awarded' })
  @IsOptional()
  @Matches(/^(published|awarded)(,(published|awarded))?$/, { message: 'status must be published, awarded or both' })
  status?: string;

  @ApiPropertyOptional({ description: 'Minimum total capital, VND' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  capitalMin?: number;

  @ApiPropertyOptional({ description: 'Maximum total capital, VND' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  capitalMax?: number;

  @ApiPropertyOptional({ description: 'Minimum area, ha' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  areaMin?: number;

  @ApiPropertyOptional({ description: 'Maximum area, ha' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  areaMax?: number;

  @ApiPropertyOptional({ description: 'Map box: west,south,east,north', example: '105.5,9.2,106.3,9.9' })
  @IsOptional()
  @Matches(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, { message: 'bbox must be west,south,east,north' })
  bbox?: string;

  @ApiPropertyOptional({ description: 'Radius: lat,lng,km', example: '9.52,106.2,15' })
  @IsOptional()
  @Matches(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/, { message: 'near must be lat,lng,km' })
  near?: string;

  @ApiPropertyOptional({ enum: SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SORTS)
  sort: (typeof SORTS)[number] = 'relevance';
}

export class FacetValueDto {
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'In the requested language' }) label!: string;
  @ApiProperty() count!: number;
}

export class SearchFacetsDto {
  @ApiProperty({ type: [FacetValueDto] }) sector!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) unit!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) department!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) form!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto], description: 'Land status categories' }) land!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto], description: 'Capital bands, smallest first' }) capital!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto], description: 'Area bands, smallest first' }) area!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) status!: FacetValueDto[];
}

export class ProjectHitDto {
  @ApiProperty() slug!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['published', 'awarded'] }) status!: string;
  @ApiProperty({ description: 'Title in the requested language (Vietnamese when untranslated)' }) title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ description: 'Title with matches wrapped in <mark> (text otherwise escaped)' }) titleHighlighted!: string;
  @ApiProperty({ description: 'A cropped, highlighted passage of the description' }) snippet!: string;
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty() unit!: string;
  @ApiProperty() department!: string;
  @ApiProperty() lat!: number;
  @ApiProperty() lng!: number;
  @ApiProperty({ type: Number, nullable: true }) capitalVnd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) areaHa!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Metres from the radius centre, with near' }) distanceM!: number | null;
  @ApiProperty({ description: 'False when English is missing and Vietnamese is shown' }) translated!: boolean;
}

export class SearchProjectsResultDto {
  @ApiProperty() q!: string;
  @ApiProperty({ enum: ['vi', 'en'] }) lang!: 'vi' | 'en';
  @ApiProperty({ type: [ProjectHitDto] }) hits!: ProjectHitDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: SearchFacetsDto }) facets!: SearchFacetsDto;
  @ApiProperty({ description: 'True when Meilisearch could not answer and PostgreSQL did (fewer features)' }) degraded!: boolean;
}

export class MapPointDto {
  @ApiProperty() slug!: string;
  @ApiProperty({ description: 'In the requested language (Vietnamese when untranslated)' }) title!: string;
  @ApiProperty() lat!: number;
  @ApiProperty() lng!: number;
}

export class MapPointsResultDto {
  @ApiProperty({ type: [MapPointDto] }) points!: MapPointDto[];
  @ApiProperty({ description: 'How many projects matched (points are capped at 5,000)' }) total!: number;
  @ApiProperty() degraded!: boolean;
}
