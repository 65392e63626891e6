import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LangQueryDto, PublicPageQueryDto } from '../../common/pagination.js';
import { FacetValueDto, SearchProjectsResultDto } from './search-projects.dto.js';

const CODES = /^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,49}$/;

export class SearchPoliciesQueryDto extends PublicPageQueryDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Sector codes, comma-separated' })
  @IsOptional()
  @Matches(CODES, { message: 'sector must be a comma-separated list of codes' })
  sector?: string;

  @ApiPropertyOptional({ description: 'Administrative unit codes (province-wide policies always match)' })
  @IsOptional()
  @Matches(CODES, { message: 'unit must be a comma-separated list of codes' })
  unit?: string;

  @ApiPropertyOptional({ description: 'Department codes' })
  @IsOptional()
  @Matches(CODES, { message: 'department must be a comma-separated list of codes' })
  department?: string;

  @ApiPropertyOptional({ description: 'Incentive types, comma-separated' })
  @IsOptional()
  @Matches(CODES, { message: 'incentive must be a comma-separated list of codes' })
  incentive?: string;

  @ApiPropertyOptional({ enum: ['relevance', 'newest', 'title'], default: 'relevance' })
  @IsOptional()
  @IsIn(['relevance', 'newest', 'title'])
  sort: 'relevance' | 'newest' | 'title' = 'relevance';
}

export class PolicyHitDto {
  @ApiProperty() slug!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() titleHighlighted!: string;
  @ApiProperty() snippet!: string;
  @ApiProperty() legalNumber!: string;
  @ApiProperty({ type: [String] }) incentiveTypes!: string[];
  @ApiProperty() translated!: boolean;
}

export class PolicyFacetsDto {
  @ApiProperty({ type: [FacetValueDto] }) sector!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) unit!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) department!: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) incentive!: FacetValueDto[];
}

export class SearchPoliciesResultDto {
  @ApiProperty() q!: string;
  @ApiProperty({ enum: ['vi', 'en'] }) lang!: 'vi' | 'en';
  @ApiProperty({ type: [PolicyHitDto] }) hits!: PolicyHitDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: PolicyFacetsDto }) facets!: PolicyFacetsDto;
  @ApiProperty() degraded!: boolean;
}

export class SuggestQueryDto extends LangQueryDto {
  @ApiProperty({ description: 'What has been typed so far', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q!: string;
}

export class SuggestionDto {
  @ApiProperty({ enum: ['project', 'policy'] }) type!: 'project' | 'policy';
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
}

export class SuggestResultDto {
  @ApiProperty({ type: [SuggestionDto] }) suggestions!: SuggestionDto[];
  @ApiProperty() degraded!: boolean;
}

export class SiteSearchQueryDto extends LangQueryDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q!: string;
}

export class NewsHitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Title with matches wrapped in <mark> (text otherwise escaped)' }) titleHighlighted!: string;
  @ApiProperty({ description: 'A cropped, highlighted passage of the summary' }) snippet!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The article on the main portal' }) link!: string | null;
  @ApiProperty({ description: 'The news section it came from' }) source!: string;
  @ApiProperty({ type: String, nullable: true }) imageUrl!: string | null;
  @ApiProperty({ enum: ['vi', 'en'], description: 'Language of the item (news is not translated)' }) language!: 'vi' | 'en';
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

export class SearchNewsResultDto {
  @ApiProperty() q!: string;
  @ApiProperty({ enum: ['vi', 'en'] }) lang!: 'vi' | 'en';
  @ApiProperty({ type: [NewsHitDto] }) hits!: NewsHitDto[];
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'True when Meilisearch could not answer and PostgreSQL did (newest first, no highlighting)' }) degraded!: boolean;
}

export class SiteSearchResultDto {
  @ApiProperty({ type: SearchProjectsResultDto, description: 'First page of projects' }) projects!: SearchProjectsResultDto;
  @ApiProperty({ type: SearchPoliciesResultDto, description: 'First page of policies' }) policies!: SearchPoliciesResultDto;
  @ApiProperty({ type: SearchNewsResultDto, description: "First news items of the provincial portal's news sections" }) news!: SearchNewsResultDto;
}
