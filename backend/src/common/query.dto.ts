import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PlainText } from './localized.js';
import { PageQueryDto, PublicPageQueryDto } from './pagination.js';
import { STATUSES, type Status } from './workflow.js';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** Filters shared by the public lists of projects and policies: stable codes only. */
export class PublicFilterQueryDto extends PublicPageQueryDto {
  @ApiPropertyOptional({ description: 'Sector code' })
  @IsOptional()
  @Matches(CODE)
  sector?: string;

  @ApiPropertyOptional({ description: 'Administrative unit code (policies that apply province-wide always match)' })
  @IsOptional()
  @Matches(CODE)
  unit?: string;

  @ApiPropertyOptional({ description: 'Department code' })
  @IsOptional()
  @Matches(CODE)
  department?: string;
}

/** Workspace lists of projects and policies. */
export class WorkspaceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: Status;

  @ApiPropertyOptional({ format: 'uuid', description: 'Editors and admins: one department only' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

export class PublishDto {
  @ApiProperty({ description: 'The version the editor reviewed: publishing a newer, unseen version gets 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class RejectDto {
  @ApiPropertyOptional({ description: 'The version the editor reviewed (409 when it changed since)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiProperty({ description: 'Why: shown to the officer', maxLength: 2000 })
  @PlainText()
  @IsString()
  @MaxLength(2000)
  @Matches(/\S/, { message: 'comment must not be empty' })
  comment!: string;
}
