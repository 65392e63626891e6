import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access.js';
import { PublicStatsDto } from './dto/stats.dto.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({ summary: 'Headline figures: open calls, total capital called for, sectors, policies', operationId: 'publicStats' })
  @ApiOkResponse({ type: PublicStatsDto })
  get(): Promise<PublicStatsDto> {
    return this.stats.publicStats();
  }
}
