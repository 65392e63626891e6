import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PublicFilterQueryDto } from '../../common/query.dto.js';
import { INCENTIVE_TYPES, type IncentiveType } from '../policy.entity.js';

/** Public list of policies: the shared filters plus the incentive type (province-wide policies match any unit). */
export class PublicPolicyQueryDto extends PublicFilterQueryDto {
  @ApiPropertyOptional({ enum: INCENTIVE_TYPES, enumName: 'IncentiveType' })
  @IsOptional()
  @IsIn(INCENTIVE_TYPES)
  incentiveType?: IncentiveType;
}
