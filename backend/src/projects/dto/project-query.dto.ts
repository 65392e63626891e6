import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PlainText } from '../../common/localized.js';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto, PublicPageQueryDto } from '../../common/pagination.js';
import { STATUSES, type Status } from '../../common/workflow.js';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export class PublicProjectQueryDto extends PublicPageQueryDto {
  @ApiPropertyOptional({ description: 'Sector code' })
  @IsOptional()
  @Matches(CODE)
  sector?: string;

  @ApiPropertyOptional({ description: 'Administrative unit code' })
  @IsOptional()
  @Matches(CODE)
  unit?: string;

  @ApiPropertyOptional({ description: 'Department code' })
  @IsOptional()
  @Matches(CODE)
  department?: string;
}

export class WorkspaceProjectQueryDto extends PageQueryDto {
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
