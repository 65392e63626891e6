import { ApiProperty } from '@nestjs/swagger';
import { LocalizedDto } from '../../common/localized.js';
import { PageMetaDto } from '../../common/pagination.js';
import { DocumentRefDto, PublicRefDto, RefDto, UnitRefDto } from '../../common/refs.dto.js';
import { STATUSES, type Status } from '../../common/workflow.js';
import { PublicDocumentDto } from '../../projects/dto/project-output.dto.js';
import { INCENTIVE_TYPES, type IncentiveType } from '../policy.entity.js';
import { ENGLISH_PARITIES } from '../../quality/dto/quality.dto.js';
import type { EnglishParity } from '../../scoring/completeness.js';

export class LegalBasisDto {
  @ApiProperty({ example: '31/2021/NĐ-CP' }) number!: string;
  @ApiProperty({ type: LocalizedDto }) issuer!: LocalizedDto;
  @ApiProperty({ format: 'date' }) date!: string;
}

/** Everything about a policy, both languages, as the workspace edits it. */
export class PolicyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: STATUSES, enumName: 'Status' }) status!: Status;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true, description: "The editor's comment when rejected" }) reviewComment!: string | null;
  @ApiProperty({ type: RefDto }) department!: RefDto;
  @ApiProperty({ type: LocalizedDto }) title!: LocalizedDto;
  @ApiProperty({ type: LocalizedDto }) summary!: LocalizedDto;
  @ApiProperty({ type: LocalizedDto, description: 'Sanitised HTML' }) body!: LocalizedDto;
  @ApiProperty({ type: LegalBasisDto }) legalBasis!: LegalBasisDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
  @ApiProperty({ enum: INCENTIVE_TYPES, enumName: 'IncentiveType', isArray: true }) incentiveTypes!: IncentiveType[];
  @ApiProperty({ type: [RefDto] }) sectors!: RefDto[];
  @ApiProperty({ type: [UnitRefDto], description: 'Empty: the whole province' }) units!: UnitRefDto[];
  @ApiProperty({ type: [DocumentRefDto] }) documents!: DocumentRefDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ enum: ENGLISH_PARITIES, enumName: 'EnglishParity', description: 'missing / present / reviewed (an editor confirmed the English of this version)' })
  englishParity!: EnglishParity;
}

export class PolicyListDto extends PageMetaDto {
  @ApiProperty({ type: [PolicyDto] }) items!: PolicyDto[];
}

export class PublicLegalBasisDto {
  @ApiProperty({ example: '31/2021/NĐ-CP' }) number!: string;
  @ApiProperty({ description: 'In the requested language, Vietnamese when untranslated' }) issuer!: string;
  @ApiProperty({ format: 'date' }) date!: string;
}

/** A published policy in one language, as investors read it. */
export class PublicPolicyCardDto {
  @ApiProperty() slug!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['vi', 'en'] }) lang!: 'vi' | 'en';
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: PublicLegalBasisDto }) legalBasis!: PublicLegalBasisDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
  @ApiProperty({ enum: INCENTIVE_TYPES, enumName: 'IncentiveType', isArray: true }) incentiveTypes!: IncentiveType[];
  @ApiProperty({ type: [PublicRefDto] }) sectors!: PublicRefDto[];
  @ApiProperty({ type: [PublicRefDto], description: 'Empty: the whole province' }) units!: PublicRefDto[];
  @ApiProperty({ type: PublicRefDto }) department!: PublicRefDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: [String], description: 'Fields shown in Vietnamese because English is missing' })
  untranslated!: string[];
}

export class PublicPolicyDto extends PublicPolicyCardDto {
  @ApiProperty({ description: 'Sanitised HTML' }) body!: string;
  @ApiProperty({ type: [PublicDocumentDto] }) documents!: PublicDocumentDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PublicPolicyListDto extends PageMetaDto {
  @ApiProperty({ type: [PublicPolicyCardDto] }) items!: PublicPolicyCardDto[];
}
