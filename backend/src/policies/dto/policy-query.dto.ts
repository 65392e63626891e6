import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto, PublicPageQueryDto } from '../../common/pagination.js';
import { STATUSES, type Status } from '../../common/workflow.js';
import { INCENTIVE_TYPES, type IncentiveType } from '../policy.entity.js';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export class PublicPolicyQueryDto extends PublicPageQueryDto {
  @ApiPropertyOptional({ description: 'Sector code' })
  @IsOptional()
  @Matches(CODE)
  sector?: string;

  @ApiPropertyOptional({ description: 'Administrative unit code (province-wide policies always match)' })
  @IsOptional()
  @Matches(CODE)
  unit?: string;

  @ApiPropertyOptional({ description: 'Department code' })
  @IsOptional()
  @Matches(CODE)
  department?: string;

  @ApiPropertyOptional({ enum: INCENTIVE_TYPES, enumName: 'IncentiveType' })
  @IsOptional()
  @IsIn(INCENTIVE_TYPES)
  incentiveType?: IncentiveType;
}

export class WorkspacePolicyQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: Status;

  @ApiPropertyOptional({ format: 'uuid', description: 'Editors and admins: one department only' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}
