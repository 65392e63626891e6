import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LivenessDto {
  @ApiProperty({ example: 'ok' })
  status!: 'ok';

  @ApiProperty({ example: 12.5 })
  uptimeSeconds!: number;
}

export class CheckDto {
  @ApiProperty()
  ok!: boolean;

  @ApiPropertyOptional({ description: 'Why the check failed, or what it found' })
  detail?: string;
}

export class ReadinessChecksDto {
  @ApiProperty({ type: CheckDto })
  database!: CheckDto;

  @ApiProperty({ type: CheckDto })
  migrations!: CheckDto;

  @ApiProperty({ type: CheckDto })
  search!: CheckDto;

  @ApiProperty({ type: CheckDto, description: 'Informational: outbox backlog and parked rows (does not make the instance unready)' })
  searchSync!: CheckDto;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status!: 'ok' | 'unavailable';

  @ApiProperty({ type: ReadinessChecksDto })
  checks!: ReadinessChecksDto;
}
