import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.js';
import { CheckRequestDto, DriftReportDto, RebuildReportDto, RetriedDto, SyncStatsDto } from './dto/sync.dto.js';
import { SearchMaintenanceService } from './maintenance.service.js';
import { SearchSyncWorker } from './sync.worker.js';

@ApiTags('search')
@Controller('search')
export class SearchSyncController {
  constructor(
    private readonly worker: SearchSyncWorker,
    private readonly maintenance: SearchMaintenanceService,
  ) {}

  @Get('sync')
  @Roles('admin')
  @ApiOperation({ summary: 'Search synchronisation: backlog, oldest pending age, parked rows (administrators)', operationId: 'getSearchSync' })
  @ApiOkResponse({ type: SyncStatsDto })
  stats(): Promise<SyncStatsDto> {
    return this.worker.stats();
  }

  @Post('sync/retry-parked')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Give parked outbox rows another chance (administrators)', operationId: 'retryParkedSearchSync' })
  @ApiOkResponse({ type: RetriedDto })
  async retryParked(): Promise<RetriedDto> {
    return { requeued: await this.worker.retryParked() };
  }

  @Post('rebuild')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Rebuild every index from PostgreSQL and swap it in; writes continue meanwhile (administrators)', operationId: 'rebuildSearch' })
  @ApiOkResponse({ type: [RebuildReportDto] })
  rebuild(): Promise<RebuildReportDto[]> {
    return this.maintenance.rebuild();
  }

  @Post('check')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Compare ids and versions between PostgreSQL and Meilisearch; optionally repair (administrators)', operationId: 'checkSearch' })
  @ApiOkResponse({ type: [DriftReportDto] })
  check(@Body() body: CheckRequestDto): Promise<DriftReportDto[]> {
    return this.maintenance.check(body.repair);
  }
}
