import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsISO8601,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LongTextInput, RichTextInput, ShortTextInput } from '../../common/localized.js';
import { INCENTIVE_TYPES, type IncentiveType } from '../policy.entity.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = (field: string) => `${field} must be a date in the form YYYY-MM-DD`;

/** The legal document a policy rests on: "31/2021/NĐ-CP", issued by the Government on 2021-03-26. */
export class LegalBasisInput {
  @ApiProperty({ example: '31/2021/NĐ-CP', pattern: '^[0-9A-Za-zĐđ/.-]{1,64}$' })
  @IsString()
  @Matches(/^[0-9A-Za-zĐđ/.-]{1,64}$/, { message: 'legalBasis.number must be 1–64 letters, digits, Đ/đ, "/", "." or "-"' })
  number!: string;

  @ApiProperty({ type: ShortTextInput, description: 'The issuing body, e.g. "Chính phủ" / "The Government"' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ShortTextInput)
  issuer!: ShortTextInput;

  @ApiProperty({ format: 'date', example: '2021-03-26', description: 'Date of issue' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('legalBasis.date') })
  @Matches(DATE_ONLY, { message: DATE_MESSAGE('legalBasis.date') })
  date!: string;
}

/** Fields an officer may write. Status, owner department and publication fields are not here. */
export class PolicyFieldsInput {
  @ApiProperty({ example: 'CS-UD-01', pattern: '^[A-Z0-9][A-Z0-9-]{1,31}$' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code must be 2–32 capital letters, digits or dashes' })
  code!: string;

  @ApiPropertyOptional({ example: 'uu-dai-thue-tndn', description: 'Generated from the Vietnamese title when omitted' })
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

  @ApiProperty({ type: RichTextInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RichTextInput)
  body!: RichTextInput;

  @ApiProperty({ type: LegalBasisInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LegalBasisInput)
  legalBasis!: LegalBasisInput;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2021-05-15' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('validFrom') })
  @Matches(DATE_ONLY, { message: DATE_MESSAGE('validFrom') })
  validFrom?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'On or after validFrom; null: open-ended' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('validTo') })
  @Matches(DATE_ONLY, { message: DATE_MESSAGE('validTo') })
  validTo?: string | null;

  @ApiProperty({ enum: INCENTIVE_TYPES, enumName: 'IncentiveType', isArray: true, minItems: 1, maxItems: INCENTIVE_TYPES.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INCENTIVE_TYPES.length)
  @ArrayUnique()
  @IsIn(INCENTIVE_TYPES, { each: true })
  incentiveTypes!: IncentiveType[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20, description: 'Omitted on create: none' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  sectorIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50, description: 'Empty (or omitted on create): the whole province' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  unitIds?: string[];
}

export class CreatePolicyDto extends PolicyFieldsInput {
  @ApiPropertyOptional({ format: 'uuid', description: "Admins: the owning department (required). Officers: omit (always their own)" })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}

/** A partial update: omitted fields stay as they are. */
export class UpdatePolicyDto extends PartialType(PolicyFieldsInput) {
  @ApiProperty({ description: 'The version you edited (optimistic locking: a stale version gets 409)' })
  @IsInt()
  @Min(1)
  version!: number;
}
