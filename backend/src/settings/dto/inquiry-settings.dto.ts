import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class InquirySettingsDto {
  @ApiProperty({ minimum: 1, maximum: 60, description: 'Working days from an inquiry to its due time' })
  @IsInt()
  @Min(1)
  @Max(60)
  responseDays!: number;

  @ApiProperty({ type: [String], description: 'Days off (YYYY-MM-DD, Vietnam dates) that do not count as working days', example: ['2027-01-01'] })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { each: true, message: 'holidays must be dates written YYYY-MM-DD' })
  holidays!: string[];

  @ApiProperty({ description: 'Code of the department that answers general inquiries' })
  @IsString()
  @MaxLength(32)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'intakeDepartment must be a department code' })
  intakeDepartment!: string;
}
