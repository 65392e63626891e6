import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LocalizedDto } from '../../common/localized.js';
import { RefDto } from '../../common/refs.dto.js';
import { VIEW_KINDS, type ViewKind } from '../analytics.entities.js';
import { CHANNELS, type Channel } from '../usage.js';

/** The tables of the summary, each downloadable as CSV (`format=csv&table=…`). */
export const SUMMARY_TABLES = ['daily', 'top-projects', 'top-policies', 'top-queries', 'no-result-queries', 'inquiries', 'channels'] as const;
export type SummaryTable = (typeof SUMMARY_TABLES)[number];
/** Tables about the whole portal: not available (null) when the summary is for one department. */
export const PORTAL_TABLES: readonly SummaryTable[] = ['top-queries', 'no-result-queries', 'channels'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class SummaryQueryDto {
  @ApiProperty({ description: 'First day (Asia/Ho_Chi_Minh calendar day), included', example: '2026-11-01' })
  @Matches(DAY, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ description: 'Last day (Asia/Ho_Chi_Minh calendar day), included; at most 366 days after from', example: '2026-11-30' })
  @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ enum: SUMMARY_TABLES, enumName: 'AnalyticsTable', description: 'Required with format=csv: which table to download' })
  @IsOptional()
  @IsIn(SUMMARY_TABLES)
  table?: SummaryTable;

  @ApiPropertyOptional({
    description: "Department code: only that department's projects, policies and inquiries. Officers always get their own department (another code is 403).",
    example: 'STC',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'department must be a department code' })
  department?: string;
}

export class DailyFiguresDto {
  @ApiProperty({ example: '2026-11-26' }) day!: string;
  @ApiProperty({ description: 'Counted views of public project pages' }) projectViews!: number;
  @ApiProperty({ description: 'Counted views of public policy pages' }) policyViews!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Project and policy searches with a text; null for a department' }) searches!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Of those, searches that found nothing; null for a department' }) noResultSearches!: number | null;
  @ApiProperty({ description: 'Inquiries received (not spam), general ones included' }) inquiries!: number;
}

export class TopItemDto {
  @ApiProperty() slug!: string;
  @ApiProperty({ type: LocalizedDto }) title!: LocalizedDto;
  @ApiProperty({ description: 'Current workflow status (an item may have been unpublished since)' }) status!: string;
  @ApiProperty({ type: RefDto }) department!: RefDto;
  @ApiProperty() views!: number;
}

export class QueryFiguresDto {
  @ApiProperty({ description: 'As typed: trimmed, lower-cased, e-mail addresses and phone numbers masked' }) query!: string;
  @ApiProperty() searches!: number;
  @ApiProperty({ description: 'How many of them found nothing' }) noResults!: number;
  @ApiProperty({ format: 'date-time' }) lastSeen!: string;
}

export class NoResultQueryDto {
  @ApiProperty({ description: 'As typed: trimmed, lower-cased, e-mail addresses and phone numbers masked' }) query!: string;
  @ApiProperty({ description: 'Searches for it that found nothing' }) searches!: number;
  @ApiProperty({ format: 'date-time', description: 'Last time it found nothing' }) lastSeen!: string;
}

export class ItemInquiriesDto {
  @ApiProperty({ enum: VIEW_KINDS, enumName: 'ViewKind' }) kind!: ViewKind;
  @ApiProperty() slug!: string;
  @ApiProperty({ type: LocalizedDto }) title!: LocalizedDto;
  @ApiProperty({ type: RefDto }) department!: RefDto;
  @ApiProperty({ description: 'Inquiries about it received in the period (not spam)' }) inquiries!: number;
}

export class ChannelUseDto {
  @ApiProperty({
    enum: CHANNELS,
    enumName: 'UsageChannel',
    description:
      'embed: /embed/{key} page loads; widget-api: public API calls from the allow-listed origin {key}; feed / export: /feeds/{key} and /api/v1/{key} answered in full; ' +
      'feed-not-modified / export-not-modified: the same answered 304; oembed: oEmbed cards',
  })
  channel!: Channel;
  @ApiProperty({ example: 'projects' }) key!: string;
  @ApiProperty() count!: number;
}

export class AnalyticsTotalsDto {
  @ApiProperty() projectViews!: number;
  @ApiProperty() policyViews!: number;
  @ApiProperty({ type: Number, nullable: true }) searches!: number | null;
  @ApiProperty({ type: Number, nullable: true }) noResultSearches!: number | null;
  @ApiProperty() inquiries!: number;
}

export class AnalyticsSummaryDto {
  @ApiProperty({ example: '2026-11-01' }) from!: string;
  @ApiProperty({ example: '2026-11-30' }) to!: string;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh', description: 'Days are calendar days of this time zone' }) timeZone!: string;
  @ApiProperty({ type: RefDto, nullable: true, description: 'The department the figures are limited to; null for the whole portal' })
  department!: RefDto | null;
  @ApiProperty({ type: AnalyticsTotalsDto }) totals!: AnalyticsTotalsDto;
  @ApiProperty({ type: [DailyFiguresDto], description: 'One entry per day of the period, oldest first' }) daily!: DailyFiguresDto[];
  @ApiProperty({ type: [TopItemDto], description: 'Most viewed projects (up to 20)' }) topProjects!: TopItemDto[];
  @ApiProperty({ type: [TopItemDto], description: 'Most viewed policies (up to 20)' }) topPolicies!: TopItemDto[];
  @ApiProperty({ type: [QueryFiguresDto], nullable: true, description: 'Most frequent search texts (up to 20); null for a department' })
  topQueries!: QueryFiguresDto[] | null;
  @ApiProperty({ type: [NoResultQueryDto], nullable: true, description: 'Search texts that found nothing, most frequent first (up to 50); null for a department' })
  noResultQueries!: NoResultQueryDto[] | null;
  @ApiProperty({ type: [ItemInquiriesDto], description: 'Inquiries per project and policy, most first (up to 100)' }) inquiries!: ItemInquiriesDto[];
  @ApiProperty({ type: [ChannelUseDto], nullable: true, description: 'Use of widgets, feeds, exports and oEmbed; null for a department' })
  channels!: ChannelUseDto[] | null;
}
