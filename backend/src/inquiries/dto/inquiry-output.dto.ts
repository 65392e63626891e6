import { ApiProperty } from '@nestjs/swagger';
import { LocalizedDto } from '../../common/localized.js';

export class InquiryFormDto {
  @ApiProperty({ description: 'Send it back as consentVersion' }) consentVersion!: string;
  @ApiProperty({ type: LocalizedDto, description: 'The privacy notice shown next to the consent box' }) consentText!: LocalizedDto;
  @ApiProperty({ type: [String], description: 'ISO 3166-1 alpha-2 codes accepted as country' }) countries!: string[];
  @ApiProperty({ description: 'Code of the department that answers general inquiries (GET /departments has its contacts)' })
  intakeDepartment!: string;
}

export class InquiryCreatedDto {
  @ApiProperty({ example: 'YC-2026-000042' }) reference!: string;
  @ApiProperty({ description: 'Private: the only key to the tracking page. Shown once, never stored in clear.' }) token!: string;
  @ApiProperty({ description: 'Path of the tracking page in the preferred language', example: '/en/inquiries/track/…' }) trackingPath!: string;
  @ApiProperty({ format: 'date-time', description: 'When a first answer is due' }) dueAt!: string;
}

export class InquirySubjectDto {
  @ApiProperty({ enum: ['project', 'policy'] }) type!: 'project' | 'policy';
  @ApiProperty() slug!: string;
  @ApiProperty({ type: LocalizedDto }) title!: LocalizedDto;
  @ApiProperty({ description: 'False when the item is no longer public (then there is no page to link)' }) public!: boolean;
}

export class TrackingDepartmentDto {
  @ApiProperty() code!: string;
  @ApiProperty({ type: LocalizedDto }) name!: LocalizedDto;
}

export class InquiryReplyDto {
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) sentAt!: string;
}

export class InquiryRatingDto {
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) ratedAt!: string;
}

/** What the sender sees on the tracking page: their own question and the answers, nothing else. */
export class InquiryTrackingDto {
  @ApiProperty() reference!: string;
  @ApiProperty({ enum: ['new', 'acknowledged', 'answered', 'closed'] }) status!: 'new' | 'acknowledged' | 'answered' | 'closed';
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ type: InquirySubjectDto, nullable: true }) subject!: InquirySubjectDto | null;
  @ApiProperty({ type: TrackingDepartmentDto }) department!: TrackingDepartmentDto;
  @ApiProperty({ enum: ['vi', 'en'] }) preferredLang!: 'vi' | 'en';
  @ApiProperty() message!: string;
  @ApiProperty({ type: [InquiryReplyDto] }) replies!: InquiryReplyDto[];
  @ApiProperty({ type: InquiryRatingDto, nullable: true }) rating!: InquiryRatingDto | null;
  @ApiProperty({ description: 'True when the answer can be rated now' }) canRate!: boolean;
}
