import { ApiProperty } from '@nestjs/swagger';
import { LocalizedDto } from '../../common/localized.js';
import { ContactDto } from '../../common/refs.dto.js';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../department.entity.js';

export class DepartmentNameDto {
  @ApiProperty({ example: 'Sở Tài chính' })
  vi!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Department of Finance', description: 'null until translated' })
  en!: string | null;
}

export class GeoPointDto {
  @ApiProperty({ example: 9.6037 })
  lat!: number;

  @ApiProperty({ example: 105.9722 })
  lng!: number;
}

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'STC' })
  code!: string;

  @ApiProperty({ enum: DEPARTMENT_KINDS, enumName: 'DepartmentKind' })
  kind!: DepartmentKind;

  @ApiProperty({ type: DepartmentNameDto })
  name!: DepartmentNameDto;

  @ApiProperty({ type: GeoPointDto, nullable: true, description: 'Office location, when known' })
  office!: GeoPointDto | null;

  @ApiProperty({ type: LocalizedDto, nullable: true })
  address!: LocalizedDto | null;

  @ApiProperty({ type: [ContactDto], description: 'Named contact officials (published, Decree 42/2022/ND-CP)' })
  contacts!: ContactDto[];
}

export class DepartmentListDto {
  @ApiProperty({ type: [DepartmentDto] })
  items!: DepartmentDto[];
}
