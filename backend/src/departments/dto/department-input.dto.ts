import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LongTextInput, PlainText } from '../../common/localized.js';
import { ContactInput, PointInput } from '../../projects/dto/project-input.dto.js';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../department.entity.js';

export class DepartmentInput {
  @ApiProperty({ example: 'SCT', pattern: '^[A-Z0-9][A-Z0-9-]{1,31}$' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code must be 2–32 capital letters, digits or dashes' })
  code!: string;

  @ApiProperty({ example: 'Sở Công Thương' })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  nameVi!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Department of Industry and Trade' })
  @PlainText(true)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameEn?: string | null;

  @ApiProperty({ enum: DEPARTMENT_KINDS, enumName: 'DepartmentKind' })
  @IsIn(DEPARTMENT_KINDS)
  kind!: DepartmentKind;

  @ApiPropertyOptional({ type: LongTextInput, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LongTextInput)
  address?: LongTextInput | null;

  @ApiPropertyOptional({ type: [ContactInput], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ContactInput)
  contacts?: ContactInput[];

  @ApiPropertyOptional({ type: PointInput, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PointInput)
  office?: PointInput | null;
}

export class UpdateDepartmentInput extends PartialType(DepartmentInput) {}
