import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { LocalizedDto } from '../../common/localized.js';
import { COMPLETENESS_FIELDS, type CompletenessField, type EnglishParity } from '../../scoring/completeness.js';
import { FRESHNESS_STATES, type FreshnessState } from '../freshness.js';
import { VALIDITIES, type Validity } from '../incentive-match.js';

export const ENGLISH_PARITIES = ['missing', 'present', 'reviewed'] as const;

const PARITY_DOC =
  '`missing`: some Vietnamese text has no English; `present`: all have; `reviewed`: an editor confirmed the English of this very version';

/** On the workspace project: the score and what to add to raise it. */
export class CompletenessSummaryDto {
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Share of the 9 fields investors need that are present, 0–100' }) score!: number;
  @ApiProperty({ enum: COMPLETENESS_FIELDS, enumName: 'CompletenessField', isArray: true }) missing!: CompletenessField[];
}

export class CompletenessDto extends CompletenessSummaryDto {
  @ApiProperty({ enum: COMPLETENESS_FIELDS, enumName: 'CompletenessField', isArray: true }) present!: CompletenessField[];
}

export class FreshnessDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastVerifiedAt!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Whole days (24 h) since the last "still current" confirmation, or since publication when never confirmed',
  })
  ageDays!: number | null;
  @ApiProperty({ enum: FRESHNESS_STATES, enumName: 'FreshnessState', description: '`remind` after FRESHNESS_REMIND_DAYS, `stale` after FRESHNESS_STALE_DAYS' })
  state!: FreshnessState;
  @ApiProperty() remindDays!: number;
  @ApiProperty() staleDays!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the department was reminded (since the last confirmation)' })
  remindedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the editorial board was told (since the last confirmation)' })
  escalatedAt!: string | null;
}

export class ProjectQualityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: CompletenessDto }) completeness!: CompletenessDto;
  @ApiProperty({ enum: ENGLISH_PARITIES, enumName: 'EnglishParity', description: PARITY_DOC }) englishParity!: EnglishParity;
  @ApiProperty({ type: Number, nullable: true }) englishReviewedVersion!: number | null;
  @ApiProperty({ type: FreshnessDto }) freshness!: FreshnessDto;
}

export class EnglishReviewedDto {
  @ApiProperty({ description: 'The version whose English the editor read: 409 when the item changed since' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class MatchedByDto {
  @ApiProperty({ type: [String], description: "The project's sector codes the policy covers (all of them when the policy names no sector)" })
  sectors!: string[];

  @ApiProperty({
    oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string', enum: ['province'] }],
    description: "Codes of the policy's units that are the project's unit or one of its ancestors, or `province` when the policy names no unit",
  })
  units!: string[] | 'province';
}

class IncentiveMatchBaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ example: '31/2021/NĐ-CP' }) legalNumber!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
  @ApiProperty({ enum: VALIDITIES, enumName: 'PolicyValidity', description: "On today's date in Vietnam (Asia/Ho_Chi_Minh); bounds inclusive" })
  validity!: Validity;
  @ApiProperty({ type: MatchedByDto }) matchedBy!: MatchedByDto;
  @ApiProperty({ description: 'Already linked to the project' }) linked!: boolean;
}

/** A published policy that may apply to the project, in the workspace (both languages). */
export class IncentiveMatchDto extends IncentiveMatchBaseDto {
  @ApiProperty({ type: LocalizedDto }) title!: LocalizedDto;
}

export class IncentiveCheckDto {
  @ApiProperty({ format: 'date', description: "Today's date in Vietnam, which validity is judged on" }) today!: string;
  @ApiProperty({ type: [IncentiveMatchDto], description: 'Valid first, then not yet in force, then expired; by title within each' })
  items!: IncentiveMatchDto[];
}

/** A published policy that may apply to the project, in one language. */
export class PublicIncentiveMatchDto extends IncentiveMatchBaseDto {
  @ApiProperty({ description: 'In the requested language, Vietnamese when untranslated' }) title!: string;
}

export class PublicIncentiveCheckDto {
  @ApiProperty({ enum: ['vi', 'en'] }) lang!: 'vi' | 'en';
  @ApiProperty({ format: 'date', description: "Today's date in Vietnam, which validity is judged on" }) today!: string;
  @ApiProperty({ type: [PublicIncentiveMatchDto], description: 'Valid first, then not yet in force, then expired; by title within each' })
  items!: PublicIncentiveMatchDto[];
}
