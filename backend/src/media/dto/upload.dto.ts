import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PlainText } from '../../common/localized.js';

/** Multipart form: the file plus its title in both languages. */
export class UploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, DOCX, XLSX, JPEG, PNG or WebP; type is checked by content' })
  file!: unknown;

  @ApiProperty({ maxLength: 300 })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  titleVi!: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @PlainText(true)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  titleEn?: string | null;
}
