import { LAND_STATUS_KINDS, type LandStatusKind } from '@invest-portal/search';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LongTextInput, PlainText, ShortTextInput } from '../../common/localized.js';

export class PointInput {
  @ApiProperty({ example: 9.52, description: 'Must lie inside the province bounds' })
  @IsLatitude()
  @Type(() => Number)
  lat!: number;

  @ApiProperty({ example: 106.2 })
  @IsLongitude()
  @Type(() => Number)
  lng!: number;
}

export class LandPlotInput {
  @ApiProperty({ enum: ['Polygon'] })
  @IsIn(['Polygon'])
  type!: 'Polygon';

  @ApiProperty({
    description: 'One closed ring of [lng, lat] pairs (GeoJSON order), 4 to 500 points, inside the province',
    type: 'array',
    items: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1)
  coordinates!: [number, number][][];
}

export class ContactInput {
  @ApiProperty({ maxLength: 200 })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: ShortTextInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ShortTextInput)
  position!: ShortTextInput;

  @ApiPropertyOptional({ type: String, nullable: true, example: '0299 3822 123' })
  @IsOptional()
  @Matches(/^[0-9+() .-]{6,30}$/, { message: 'phone may contain digits, spaces and + ( ) . - only' })
  phone!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email!: string | null;
}

/** Fields an officer may write. Status, owner department and publication fields are not here. */
export class ProjectFieldsInput {
  @ApiProperty({ example: 'ST-WP-01', pattern: '^[A-Z0-9][A-Z0-9-]{1,31}$' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code must be 2–32 capital letters, digits or dashes' })
  code!: string;

  @ApiPropertyOptional({ example: 'dien-gio-vinh-chau', description: 'Generated from the Vietnamese title when omitted' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters and digits joined by dashes' })
  @MaxLength(120)
  slug?: string;

  @ApiProperty({ type: ShortTextInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ShortTextInput)
  title!: ShortTextInput;

  @ApiProperty({ type: LongTextInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LongTextInput)
  summary!: LongTextInput;

  @ApiProperty({ type: LongTextInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LongTextInput)
  description!: LongTextInput;

  @ApiPropertyOptional({ type: LongTextInput, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LongTextInput)
  landStatus?: LongTextInput | null;

  @ApiPropertyOptional({ enum: LAND_STATUS_KINDS, enumName: 'LandStatusKind', nullable: true, description: 'The category investors filter on' })
  @IsOptional()
  @IsIn(LAND_STATUS_KINDS, { message: `landStatusKind must be one of ${LAND_STATUS_KINDS.join(', ')}` })
  landStatusKind?: LandStatusKind | null;

  @ApiPropertyOptional({ type: LongTextInput, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LongTextInput)
  infrastructure?: LongTextInput | null;

  @ApiPropertyOptional({ type: LongTextInput, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LongTextInput)
  timeline?: LongTextInput | null;

  @ApiPropertyOptional({ type: LongTextInput, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LongTextInput)
  objectives?: LongTextInput | null;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  sectorIds!: string[];

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  investmentFormId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  policyIds?: string[];

  @ApiProperty({ type: PointInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PointInput)
  location!: PointInput;

  @ApiPropertyOptional({ type: LandPlotInput, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LandPlotInput)
  landPlot?: LandPlotInput | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 120.5, description: 'Hectares, > 0' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1_000_000)
  areaHa?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '1250000000000', description: 'VND, a positive integer as a string' })
  @IsOptional()
  @IsString()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'capitalVnd must be a positive whole number of VND (as a string, up to 18 digits)' })
  capitalVnd?: string | null;

  @ApiPropertyOptional({ type: ContactInput, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInput)
  contact?: ContactInput | null;
}

export class CreateProjectDto extends ProjectFieldsInput {
  @ApiPropertyOptional({ format: 'uuid', description: "Admins: the owning department (required). Officers: omit (always their own)" })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

/** A partial update: omitted fields stay as they are. */
export class UpdateProjectDto extends PartialType(ProjectFieldsInput) {
  @ApiProperty({ description: 'The version you edited (optimistic locking: a stale version gets 409)' })
  @IsInt()
  @Min(1)
  version!: number;
}
