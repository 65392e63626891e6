import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { InboxDetailDto } from './inbox.dto.js';

export class EmailDto {
  @ApiProperty({ description: 'Whose data: the email address the investor used' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;
}

export class StoredMailDto {
  @ApiProperty() kind!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** Everything held about one email address (Law on Personal Data Protection: the subject's copy). */
export class PersonalDataExportDto {
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: [InboxDetailDto] }) inquiries!: InboxDetailDto[];
  @ApiProperty({ type: [StoredMailDto] }) mails!: StoredMailDto[];
}

export class ErasureReportDto {
  @ApiProperty() email!: string;
  @ApiProperty({ description: 'Inquiries anonymised' }) inquiries!: number;
  @ApiProperty({ description: 'Mails purged from the outbox' }) mails!: number;
}
