import { ApiProperty } from '@nestjs/swagger';
import { COMPONENT_KEYS, type ComponentKey } from '../scoreboard-math.js';
import { ScoringSettingsDto } from './scoring-settings.dto.js';

const num = (description: string) => ApiProperty({ type: Number, description });
const numOrNull = (description: string) => ApiProperty({ type: Number, nullable: true, description });

export class ScoringPeriodDto {
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-03-31' }) to!: string;
  @ApiProperty({ example: 90, description: 'Calendar days, both ends included' }) days!: number;
  @ApiProperty({ example: '2025-12-31T17:00:00.000Z', description: 'First instant: from 00:00 in Asia/Ho_Chi_Minh' }) start!: string;
  @ApiProperty({ example: '2026-03-31T17:00:00.000Z', description: 'First instant after the period (exclusive): the day after to, 00:00 Vietnam time' }) end!: string;
}

export class ScoreComponentDto {
  @ApiProperty({ enum: COMPONENT_KEYS }) key!: ComponentKey;
  @num('Configured weight') weight!: number;
  @numOrNull('Normalised value 0–1 (four decimals); null without data') value!: number | null;
  @ApiProperty({ description: 'false: no data in this period, left out and the other weights re-normalised' }) included!: boolean;
  @numOrNull('Share of the total after re-normalisation, 0–1') effectiveWeight!: number | null;
  @numOrNull('Points (of 100) contributed to the total') points!: number | null;
}

/** The figures of one department in one period (docs/scoring.md defines each). */
export class DepartmentFiguresDto {
  @num('Projects first published in the period') projectsPublished!: number;
  @num('Projects with a new version published or confirmed "still current" in the period') projectsUpdated!: number;
  @num('Policies first published in the period') policiesPublished!: number;
  @num('Policies with a new version published in the period') policiesUpdated!: number;
  @num('Projects public now (published or awarded)') publicProjects!: number;
  @numOrNull('Average completeness (0–100) of the projects public now') averageCompleteness!: number | null;
  @numOrNull('Percentage of public projects confirmed as current within the freshness period at the end of the period') freshPercent!: number | null;
  @num('Projects and policies public now') publicItems!: number;
  @numOrNull('Percentage of public projects and policies with English for every text') englishPercent!: number | null;
  @num('Inquiries received in the period (spam excluded)') inquiriesReceived!: number;
  @num('Of those, answered (they have a first reply)') inquiriesAnswered!: number;
  @numOrNull('Median hours from receipt to first reply (nearest rank)') medianReplyHours!: number | null;
  @numOrNull('90th percentile of the hours to first reply (nearest rank)') p90ReplyHours!: number | null;
  @num('Inquiries counted for the target: answered, or unanswered past their due time') targetCounted!: number;
  @num('Of those, first reply at or before the due time') withinTarget!: number;
  @numOrNull('withinTarget / targetCounted, as a percentage') withinTargetPercent!: number | null;
  @numOrNull('Average investor rating (1–5) of the inquiries received in the period') ratingAverage!: number | null;
  @num('Ratings given') ratingCount!: number;
}

export class DepartmentScoreDto extends DepartmentFiguresDto {
  @ApiProperty({ example: 'STC' }) code!: string;
  @ApiProperty({ description: 'Name in the requested language (Vietnamese when there is no English)' }) name!: string;
  @numOrNull('1 = best; equal totals share a rank; null without a total') rank!: number | null;
  @numOrNull('0–100, one decimal; null when no weighted component has data') total!: number | null;
  @numOrNull('Total in the previous period of the same length') previousTotal!: number | null;
  @numOrNull('total − previousTotal') delta!: number | null;
  @ApiProperty({ type: [ScoreComponentDto] }) components!: ScoreComponentDto[];
}

export class ScoreboardDto {
  @ApiProperty({ type: ScoringPeriodDto }) period!: ScoringPeriodDto;
  @ApiProperty({ type: ScoringPeriodDto, description: 'The period of equal length just before, for the trend' }) previousPeriod!: ScoringPeriodDto;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone!: string;
  @ApiProperty({ description: 'When freshness was evaluated: the end of the period, or now if that is earlier' }) asOf!: string;
  @ApiProperty({ description: 'A project is fresh when confirmed less than this many days before asOf (FRESHNESS_REMIND_DAYS)' }) freshnessDays!: number;
  @ApiProperty({ type: ScoringSettingsDto }) settings!: ScoringSettingsDto;
  @ApiProperty({ type: [DepartmentScoreDto], description: 'Every department, best first (then by code)' }) departments!: DepartmentScoreDto[];
}

// ---- drill-down ----

export class ScoreEventDto {
  @ApiProperty({ enum: ['publish', 'republish', 'verify'], description: 'publish: first publication; republish: a new version; verify: confirmed "still current"' }) action!: string;
  @ApiProperty() at!: string;
}

export class ScoredProjectDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'Public now: counted in completeness, freshness and English' }) isPublic!: boolean;
  @ApiProperty({ description: '0–100' }) completeness!: number;
  @ApiProperty({ type: [String], description: 'Fields missing for completeness' }) missing!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Latest "still current" confirmation before asOf (null: the project did not exist yet)' }) confirmedAt!: string | null;
  @numOrNull('Whole days from confirmedAt to asOf') ageDays!: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Confirmed at most freshnessDays whole days before asOf; null: not counted' }) fresh!: boolean | null;
  @ApiProperty({ enum: ['missing', 'present', 'reviewed'] }) parity!: string;
  @ApiProperty({ type: String, nullable: true, description: 'First publication' }) firstPublishedAt!: string | null;
  @ApiProperty() publishedInPeriod!: boolean;
  @ApiProperty() updatedInPeriod!: boolean;
  @ApiProperty({ type: [ScoreEventDto], description: 'Publications and confirmations in the period' }) events!: ScoreEventDto[];
}

export class ScoredPolicyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() isPublic!: boolean;
  @ApiProperty({ enum: ['missing', 'present', 'reviewed'] }) parity!: string;
  @ApiProperty({ type: String, nullable: true }) firstPublishedAt!: string | null;
  @ApiProperty() publishedInPeriod!: boolean;
  @ApiProperty() updatedInPeriod!: boolean;
  @ApiProperty({ type: [ScoreEventDto] }) events!: ScoreEventDto[];
}

/** An inquiry behind the reply figures: its reference only, never the investor's personal data. */
export class ScoredInquiryDto {
  @ApiProperty({ example: 'YC-2026-000042' }) reference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ type: String, nullable: true }) firstReplyAt!: string | null;
  @numOrNull('Hours from receipt to first reply (two decimals)') replyHours!: number | null;
  @ApiProperty() dueAt!: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: unanswered and not yet due (not counted)' }) withinTarget!: boolean | null;
  @numOrNull('Investor rating 1–5') rating!: number | null;
}

export class DepartmentDrillDownDto {
  @ApiProperty({ type: ScoringPeriodDto }) period!: ScoringPeriodDto;
  @ApiProperty({ type: ScoringPeriodDto }) previousPeriod!: ScoringPeriodDto;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty() freshnessDays!: number;
  @ApiProperty({ type: ScoringSettingsDto }) settings!: ScoringSettingsDto;
  @ApiProperty({ type: DepartmentScoreDto, description: 'The same row as in the scoreboard' }) department!: DepartmentScoreDto;
  @ApiProperty({ type: [ScoredProjectDto], description: 'Projects public now, and those published or updated in the period' }) projects!: ScoredProjectDto[];
  @ApiProperty({ type: [ScoredPolicyDto], description: 'Policies public now, and those published or updated in the period' }) policies!: ScoredPolicyDto[];
  @ApiProperty({ type: [ScoredInquiryDto], description: 'Inquiries received in the period (spam excluded), oldest first' }) inquiries!: ScoredInquiryDto[];
}

// ---- public ----

export class DepartmentReplyTimeDto {
  @ApiProperty({ example: 'STC' }) code!: string;
  @ApiProperty() name!: string;
  @num('Inquiries received in the period that have been answered') answered!: number;
  @numOrNull('Median hours from receipt to first reply (nearest rank); null when none answered') medianReplyHours!: number | null;
}

export class ReplyTimesDto {
  @ApiProperty({ type: ScoringPeriodDto }) period!: ScoringPeriodDto;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone!: string;
  @ApiProperty({ type: [DepartmentReplyTimeDto], description: 'Every department, by code' }) departments!: DepartmentReplyTimeDto[];
}
