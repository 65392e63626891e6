import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LangQueryDto } from '../../common/pagination.js';
import { NEWS_LANGUAGES, NEWS_STATES, type NewsLanguage, type NewsState } from '../news.entities.js';
import type { MatchedBy } from '../matching.js';

export const MATCHED_BY = ['sector', 'area', 'keyword'] as const;

export class RelatedNewsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit: number = 5;
}

export class NewsItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Plain text, at most 1000 characters (may be empty)' }) summary!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The article on the main portal' }) link!: string | null;
  @ApiProperty({ description: 'The news section (feed title)' }) source!: string;
  @ApiProperty({ type: String, nullable: true }) imageUrl!: string | null;
  @ApiProperty({ enum: NEWS_LANGUAGES, description: 'Language of the item: English pages also list Vietnamese items, marked so' }) language!: NewsLanguage;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

export class RelatedNewsDto extends NewsItemDto {
  @ApiProperty({ description: 'An editor pinned it to this project: listed first' }) pinned!: boolean;
  @ApiProperty({ enum: MATCHED_BY, isArray: true, description: 'Why it is related: mentions a sector, the area, or keywords of the title (empty for a pinned item that matches nothing)' })
  matchedBy!: MatchedBy[];
  @ApiProperty({ description: '2 × sector + 2 × area + keywords (at most 3)' }) score!: number;
}

export class RelatedNewsListDto {
  @ApiProperty({ type: [RelatedNewsDto] }) items!: RelatedNewsDto[];
}

export class WorkspaceNewsQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'Text to find any stored news item (to pin it)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class ProjectNewsItemDto extends NewsItemDto {
  @ApiProperty({ enum: NEWS_STATES, nullable: true, description: "The editors' decision for this project; null: none" }) state!: NewsState | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) setAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who decided (display name)' }) setBy!: string | null;
}

export class MatchTermsDto {
  @ApiProperty({ type: [String], description: 'Sector phrases (folded: lower-case, no diacritics)' }) sectors!: string[];
  @ApiProperty({ type: [String], description: 'Place names of the area' }) areas!: string[];
  @ApiProperty({ type: [String], description: 'Significant words of the title' }) keywords!: string[];
}

export class WorkspaceProjectNewsDto {
  @ApiProperty({ type: MatchTermsDto, description: 'What related news is matched on' }) terms!: MatchTermsDto;
  @ApiProperty({ type: [RelatedNewsDto], description: 'The public list as the project page shows it (up to 20, Vietnamese first)' }) related!: RelatedNewsDto[];
  @ApiProperty({ type: [ProjectNewsItemDto] }) pinned!: ProjectNewsItemDto[];
  @ApiProperty({ type: [ProjectNewsItemDto] }) hidden!: ProjectNewsItemDto[];
  @ApiProperty({ type: [ProjectNewsItemDto], description: 'With q: news items matching the text, newest first (up to 20); empty otherwise' }) results!: ProjectNewsItemDto[];
}

export class SetNewsStateDto {
  @ApiProperty({ enum: NEWS_STATES, nullable: true, description: 'pinned: always listed first; hidden: never listed; null: back to automatic matching' })
  @ValidateIf((o: SetNewsStateDto) => o.state !== null)
  @IsIn(NEWS_STATES, { message: 'state must be pinned, hidden or null' })
  state!: NewsState | null;
}

export class ProjectNewsStateDto {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ format: 'uuid' }) newsId!: string;
  @ApiProperty({ enum: NEWS_STATES, nullable: true }) state!: NewsState | null;
}

export class FeedResultDto {
  @ApiProperty() url!: string;
  @ApiProperty({ description: 'False when the feed could not be fetched or parsed (its earlier items are kept)' }) ok!: boolean;
  @ApiProperty({ description: 'The server answered 304: nothing changed since the last read' }) notModified!: boolean;
  @ApiProperty() added!: number;
  @ApiProperty() updated!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ description: 'Items left out: no title, no link or guid, duplicates within the feed, or beyond the per-feed cap' }) skipped!: number;
  @ApiPropertyOptional() error?: string;
}

export const FEED_STATUSES = ['never', 'ok', 'failing'] as const;

export class FeedStatusDto {
  @ApiProperty() url!: string;
  @ApiProperty({ enum: FEED_STATUSES, description: 'never: not read yet; failing: the last attempt failed' }) status!: (typeof FEED_STATUSES)[number];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSuccessAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ description: 'Items stored from this feed' }) itemCount!: number;
}
