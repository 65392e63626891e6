import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../../common/pagination.js';
import { INQUIRY_STATUSES, type InquiryStatus } from '../inquiry.entity.js';
import { InquirySubjectDto, TrackingDepartmentDto } from './inquiry-output.dto.js';

export class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INQUIRY_STATUSES })
  @IsOptional()
  @IsIn(INQUIRY_STATUSES)
  status?: InquiryStatus;

  @ApiPropertyOptional({ description: 'Only inquiries past their due time and not yet answered' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Editors and admins: one department; officers always see their own' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

export class UserRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class InboxItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ enum: INQUIRY_STATUSES }) status!: InquiryStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ description: 'Past its due time without an answer' }) overdue!: boolean;
  @ApiProperty({ type: InquirySubjectDto, nullable: true }) subject!: InquirySubjectDto | null;
  @ApiProperty({ type: TrackingDepartmentDto }) department!: TrackingDepartmentDto;
  @ApiProperty({ type: UserRefDto, nullable: true }) assignee!: UserRefDto | null;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty() country!: string;
  @ApiProperty({ enum: ['vi', 'en'] }) preferredLang!: 'vi' | 'en';
  @ApiProperty() replies!: number;
}

export class InboxListDto extends PageMetaDto {
  @ApiProperty({ type: [InboxItemDto] }) items!: InboxItemDto[];
}

export class InboxEntryDto {
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) author!: UserRefDto | null;
}

export class InboxRatingDto {
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

export class InboxDetailDto extends InboxItemDto {
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty() consentVersion!: string;
  @ApiProperty({ format: 'date-time' }) consentedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) escalatedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) anonymisedAt!: string | null;
  @ApiProperty({ type: [InboxEntryDto], description: 'Sent to the investor' }) replyLog!: InboxEntryDto[];
  @ApiProperty({ type: [InboxEntryDto], description: 'Internal, never shown to the investor' }) notes!: InboxEntryDto[];
  @ApiProperty({ type: InboxRatingDto, nullable: true }) rating!: InboxRatingDto | null;
  @ApiProperty({ type: [UserRefDto], description: 'Who it can be assigned to' }) assignable!: UserRefDto[];
}

export class AssignDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null to unassign' })
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: 'assigneeId must be a user id or null' })
  assigneeId!: string | null;
}

export class TextEntryDto {
  @ApiProperty({ minLength: 2, maxLength: 10000 })
  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value))
  @IsString()
  @MinLength(2, { message: 'body must be at least 2 characters' })
  @MaxLength(10000)
  body!: string;
}

export const SETTABLE_STATUSES = ['acknowledged', 'closed', 'spam', 'new'] as const;

export class StatusDto {
  @ApiProperty({ enum: SETTABLE_STATUSES, description: 'answered is set by replying' })
  @IsIn(SETTABLE_STATUSES, { message: `status must be one of ${SETTABLE_STATUSES.join(', ')}` })
  status!: (typeof SETTABLE_STATUSES)[number];
}
