import { ApiProperty } from '@nestjs/swagger';

export class SyncStatsDto {
  @ApiProperty({ description: 'Outbox rows not yet in Meilisearch' })
  backlog!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Age of the oldest of them, in seconds' })
  oldestPendingSeconds!: number | null;

  @ApiProperty({ description: 'Rows that failed too often and wait for an administrator' })
  parked!: number;
}

export class RetriedDto {
  @ApiProperty()
  requeued!: number;
}
