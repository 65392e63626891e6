import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PlainText } from '../../common/localized.js';
import { RefDto, UnitRefDto } from '../../common/refs.dto.js';
import { UNIT_KINDS, type UnitKind } from '../taxonomy.entities.js';

export class TermInput {
  @ApiProperty({ example: 'wind-power', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'code must be lower-case letters and digits joined by dashes' })
  @MaxLength(64)
  code!: string;

  @ApiProperty({ example: 'Điện gió' })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameVi!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Wind power' })
  @PlainText(true)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;
}

export class UpdateTermInput extends PartialType(TermInput) {}

export class UnitInput extends TermInput {
  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind!: UnitKind;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The province a ward or commune belongs to' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'huyện Trần Đề', description: 'Name before the 2025 reform' })
  @PlainText(true)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  legacyName?: string | null;
}

export class UpdateUnitInput extends PartialType(UnitInput) {}

export class UnitDto extends UnitRefDto {
  @ApiProperty({ enum: UNIT_KINDS })
  kind!: UnitKind;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentId!: string | null;
}

export class TaxonomiesDto {
  @ApiProperty({ type: [RefDto] })
  sectors!: RefDto[];

  @ApiProperty({ type: [RefDto] })
  investmentForms!: RefDto[];

  @ApiProperty({ type: [UnitDto] })
  units!: UnitDto[];
}
