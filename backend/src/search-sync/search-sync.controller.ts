import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.js';
import { RetriedDto, SyncStatsDto } from './dto/sync.dto.js';
import { SearchSyncWorker } from './sync.worker.js';

@ApiTags('search')
@Controller('search/sync')
export class SearchSyncController {
  constructor(private readonly worker: SearchSyncWorker) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Search synchronisation: backlog, oldest pending age, parked rows (administrators)', operationId: 'getSearchSync' })
  @ApiOkResponse({ type: SyncStatsDto })
  stats(): Promise<SyncStatsDto> {
    return this.worker.stats();
  }

  @Post('retry-parked')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Give parked outbox rows another chance (administrators)', operationId: 'retryParkedSearchSync' })
  @ApiOkResponse({ type: RetriedDto })
  async retryParked(): Promise<RetriedDto> {
    return { requeued: await this.worker.retryParked() };
  }
}
