import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'name.vi', description: 'Path of the offending field' })
  field!: string;

  @ApiProperty({ type: [String], example: ['name.vi must be shorter than or equal to 300 characters'] })
  messages!: string[];
}

/** The one error body of the API. */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ example: 'Validation failed' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  details?: FieldErrorDto[];

  @ApiProperty({ example: '3f1c6a8e-0d7e-4b8a-9f51-2a0c0e8b8c11', description: 'Also sent as the X-Request-Id header' })
  requestId!: string;
}
