import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class SearchNodeStatsDto {
  @ApiProperty({ description: 'URL of a further Meilisearch node (MEILI_REPLICA_URLS)' })
  node!: string;

  @ApiProperty({ description: 'Whether the node has had its full copy' })
  filled!: boolean;

  @ApiProperty({ description: 'Outbox rows past its cursor, not yet on this node' })
  pending!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Age of the oldest of them, in seconds' })
  oldestPendingSeconds!: number | null;

  @ApiProperty({ description: 'Failed passes since the last success' })
  failures!: number;

  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;
}

export class SyncStatsDto {
  @ApiProperty({ description: 'Outbox rows not yet in Meilisearch' })
  backlog!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Age of the oldest of them, in seconds' })
  oldestPendingSeconds!: number | null;

  @ApiProperty({ description: 'Rows that failed too often and wait for an administrator' })
  parked!: number;

  @ApiProperty({ type: [SearchNodeStatsDto], description: 'Further Meilisearch nodes, each with its own cursor (empty with one node)' })
  nodes!: SearchNodeStatsDto[];
}

export class RetriedDto {
  @ApiProperty()
  requeued!: number;
}

export class RebuildReportDto {
  @ApiProperty() index!: string;
  @ApiProperty() documents!: number;
  @ApiProperty() seconds!: number;
  @ApiProperty({ description: 'Changes made during the rebuild, delivered again after the swap' }) requeued!: number;
}

export class CheckRequestDto {
  @ApiProperty({ description: 'Queue every drifted item for the sync worker' })
  @IsBoolean()
  repair!: boolean;
}

export class DriftReportDto {
  @ApiProperty() index!: string;
  @ApiProperty({ description: 'Public items in PostgreSQL' }) database!: number;
  @ApiProperty({ description: 'Documents in the index' }) indexed!: number;
  @ApiProperty({ type: [String] }) missing!: string[];
  @ApiProperty({ type: [String] }) extra!: string[];
  @ApiProperty({ type: [String], description: 'Indexed with another version than the database' }) stale!: string[];
  @ApiProperty() repaired!: boolean;
}
