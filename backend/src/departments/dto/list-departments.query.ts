import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../department.entity.js';

export class ListDepartmentsQueryDto {
  @ApiPropertyOptional({ enum: DEPARTMENT_KINDS, enumName: 'DepartmentKind', description: 'Only units of this kind' })
  @IsOptional()
  @IsIn(DEPARTMENT_KINDS)
  kind?: DepartmentKind;
}
