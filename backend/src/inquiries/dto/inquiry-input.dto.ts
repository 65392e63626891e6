import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Equals,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { COUNTRY_CODES } from '../countries.js';

/** Text as typed, NFC-normalised and trimmed; non-strings are left for the validators to refuse. */
const Clean = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value));
/** An empty optional field means "not given". */
const CleanOptional = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const text = value.normalize('NFC').trim();
    return text === '' ? null : text;
  });
// Control characters have no place in a name or a phone number (they break mail headers and CSV).
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

export class InquirySubjectInput {
  @ApiProperty({ enum: ['project', 'policy'] })
  @IsIn(['project', 'policy'], { message: 'subject.type must be project or policy' })
  type!: 'project' | 'policy';

  @ApiProperty({ description: 'Slug of a published project or policy' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,120}$/, { message: 'subject.slug must be the slug of a published project or policy' })
  slug!: string;
}

export class CreateInquiryDto {
  @ApiPropertyOptional({ type: InquirySubjectInput, nullable: true, description: 'What the inquiry is about; omit for a general inquiry' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InquirySubjectInput)
  subject?: InquirySubjectInput | null;

  @ApiProperty({ minLength: 2, maxLength: 120 })
  @Clean()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(120)
  @Matches(NO_CONTROL, { message: 'name must not contain control characters' })
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @CleanOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(NO_CONTROL, { message: 'organisation must not contain control characters' })
  organisation?: string | null;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 code, e.g. VN, KR, SG', example: 'KR' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsIn(COUNTRY_CODES, { message: 'country must be an ISO 3166-1 alpha-2 country code such as VN or KR' })
  country!: string;

  @ApiProperty({ maxLength: 254 })
  @Clean()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+84 299 3822 345' })
  @CleanOptional()
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ().-]{6,40}$/, { message: 'phone may contain digits, spaces, "+", "(", ")", "." and "-" (6 to 40 characters)' })
  phone?: string | null;

  @ApiProperty({ enum: ['vi', 'en'], description: 'Language the investor wants answers in' })
  @IsIn(['vi', 'en'], { message: 'preferredLang must be vi or en' })
  preferredLang!: 'vi' | 'en';

  @ApiProperty({ minLength: 10, maxLength: 5000 })
  @Clean()
  @IsString()
  @MinLength(10, { message: 'message must be at least 10 characters' })
  @MaxLength(5000, { message: 'message must be at most 5000 characters' })
  message!: string;

  @ApiProperty({ description: 'Must be true: the sender agrees to the privacy notice' })
  @IsDefined({ message: 'consent is required' })
  @Equals(true, { message: 'consent must be given: tick the box to agree to the privacy notice' })
  consent!: boolean;

  @ApiProperty({ description: 'Version of the privacy notice the sender read (GET /inquiries/form)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  consentVersion!: string;

  @ApiPropertyOptional({ description: 'Leave empty. A field people do not see; bots fill it in.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

export class RateInquiryDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'score must be a whole number from 1 to 5' })
  @Min(1, { message: 'score must be a whole number from 1 to 5' })
  @Max(5, { message: 'score must be a whole number from 1 to 5' })
  score!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @CleanOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}
