import { ApiProperty } from '@nestjs/swagger';

export class DevMailDto {
  @ApiProperty() id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: ['pending', 'sent', 'failed'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
}

export class DevMailListDto {
  @ApiProperty({ type: [DevMailDto] }) items!: DevMailDto[];
}

export class MailStatsDto {
  @ApiProperty() pending!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Seconds the oldest pending mail has waited' }) oldestPendingSeconds!: number | null;
}
