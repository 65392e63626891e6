import { LAND_STATUS_KINDS, type LandStatusKind } from '@invest-portal/search';
import { ApiProperty } from '@nestjs/swagger';
import { LocalizedDto } from '../../common/localized.js';
import { PageMetaDto } from '../../common/pagination.js';
import { ContactDto, DocumentRefDto, PublicRefDto, RefDto, UnitRefDto } from '../../common/refs.dto.js';
import { STATUSES, type Status } from '../../common/workflow.js';
import { LandPlotInput, PointInput } from './project-input.dto.js';
import { CompletenessSummaryDto, ENGLISH_PARITIES } from '../../quality/dto/quality.dto.js';
import type { EnglishParity } from '../../scoring/completeness.js';

export class PolicyRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  slug!: string;

  @ApiProperty({ type: LocalizedDto })
  title!: LocalizedDto;
}

/** Everything about a project, both languages, as the workspace edits it. */
export class ProjectDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: STATUSES, enumName: 'Status' }) status!: Status;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true, description: "The editor's comment when rejected" }) reviewComment!: string | null;
  @ApiProperty({ type: RefDto }) department!: RefDto;
  @ApiProperty({ type: LocalizedDto }) title!: LocalizedDto;
  @ApiProperty({ type: LocalizedDto }) summary!: LocalizedDto;
  @ApiProperty({ type: LocalizedDto }) description!: LocalizedDto;
  @ApiProperty({ type: LocalizedDto, nullable: true }) landStatus!: LocalizedDto | null;
  @ApiProperty({ enum: LAND_STATUS_KINDS, enumName: 'LandStatusKind', nullable: true }) landStatusKind!: LandStatusKind | null;
  @ApiProperty({ description: 'Shown on the home page; set by the editorial board' }) featured!: boolean;
  @ApiProperty({ type: LocalizedDto, nullable: true }) infrastructure!: LocalizedDto | null;
  @ApiProperty({ type: LocalizedDto, nullable: true }) timeline!: LocalizedDto | null;
  @ApiProperty({ type: LocalizedDto, nullable: true }) objectives!: LocalizedDto | null;
  @ApiProperty({ type: [RefDto] }) sectors!: RefDto[];
  @ApiProperty({ type: UnitRefDto }) unit!: UnitRefDto;
  @ApiProperty({ type: RefDto, nullable: true }) investmentForm!: RefDto | null;
  @ApiProperty({ type: [PolicyRefDto] }) policies!: PolicyRefDto[];
  @ApiProperty({ type: PointInput }) location!: PointInput;
  @ApiProperty({ type: LandPlotInput, nullable: true }) landPlot!: LandPlotInput | null;
  @ApiProperty({ type: Number, nullable: true }) areaHa!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'VND as a decimal string' }) capitalVnd!: string | null;
  @ApiProperty({ type: ContactDto, nullable: true }) contact!: ContactDto | null;
  @ApiProperty({ type: [DocumentRefDto] }) documents!: DocumentRefDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastVerifiedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: CompletenessSummaryDto, description: 'What investors need that the project has (details: GET …/quality)' })
  completeness!: CompletenessSummaryDto;
  @ApiProperty({ enum: ENGLISH_PARITIES, enumName: 'EnglishParity', description: 'missing / present / reviewed (an editor confirmed the English of this version)' })
  englishParity!: EnglishParity;
}

export class ProjectListDto extends PageMetaDto {
  @ApiProperty({ type: [ProjectDto] }) items!: ProjectDto[];
}

export class PublicContactDto {
  @ApiProperty() name!: string;
  @ApiProperty() position!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}

export class PublicPolicyRefDto {
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
}

export class PublicDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['document', 'image'] }) kind!: 'document' | 'image';
  @ApiProperty() title!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() mimeType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() url!: string;
}

export class CapitalDto {
  @ApiProperty({ description: 'VND as a decimal string' }) vnd!: string;
  @ApiProperty({ description: 'Approximate USD at the dated rate' }) usd!: number;
  @ApiProperty({ example: 25400 }) vndPerUsd!: number;
  @ApiProperty({ format: 'date' }) rateDate!: string;
}

/** A published project in one language, as investors read it. */
export class PublicProjectCardDto {
  @ApiProperty() slug!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['vi', 'en'] }) lang!: 'vi' | 'en';
  @ApiProperty({ enum: ['published', 'awarded'] }) status!: 'published' | 'awarded';
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [PublicRefDto] }) sectors!: PublicRefDto[];
  @ApiProperty({ type: PublicRefDto }) unit!: PublicRefDto;
  @ApiProperty({ type: PublicRefDto }) department!: PublicRefDto;
  @ApiProperty({ type: PointInput }) location!: PointInput;
  @ApiProperty({ type: Number, nullable: true }) areaHa!: number | null;
  @ApiProperty({ type: CapitalDto, nullable: true }) capital!: CapitalDto | null;
  @ApiProperty({ enum: LAND_STATUS_KINDS, enumName: 'LandStatusKind', nullable: true }) landStatusKind!: LandStatusKind | null;
  @ApiProperty() featured!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastVerifiedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: [String], description: 'Fields shown in Vietnamese because English is missing' })
  untranslated!: string[];
}

export class PublicProjectDto extends PublicProjectCardDto {
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true }) landStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) infrastructure!: string | null;
  @ApiProperty({ type: String, nullable: true }) timeline!: string | null;
  @ApiProperty({ type: String, nullable: true }) objectives!: string | null;
  @ApiProperty({ type: PublicRefDto, nullable: true }) investmentForm!: PublicRefDto | null;
  @ApiProperty({ type: String, nullable: true }) unitLegacyName!: string | null;
  @ApiProperty({ type: LandPlotInput, nullable: true }) landPlot!: LandPlotInput | null;
  @ApiProperty({ type: PublicContactDto, nullable: true }) contact!: PublicContactDto | null;
  @ApiProperty({ type: [PublicPolicyRefDto] }) policies!: PublicPolicyRefDto[];
  @ApiProperty({ type: [PublicDocumentDto] }) documents!: PublicDocumentDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Share of the information investors need that the page has, 0–100' }) completeness!: number;
  @ApiProperty({ description: 'Not confirmed as still current for more than FRESHNESS_STALE_DAYS days: the information may be out of date' })
  outdated!: boolean;
}

export class PublicProjectListDto extends PageMetaDto {
  @ApiProperty({ type: [PublicProjectCardDto] }) items!: PublicProjectCardDto[];
}
