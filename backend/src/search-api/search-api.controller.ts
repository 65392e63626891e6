import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access.js';
import { SearchProjectsQueryDto, SearchProjectsResultDto } from './dto/search-projects.dto.js';
import { SearchApiService } from './search-api.service.js';

@ApiTags('search')
@Controller('search')
export class SearchApiController {
  constructor(private readonly searchApi: SearchApiService) {}

  @Get('projects')
  @Public()
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({
    summary: 'Search published calls for investment: text (with or without diacritics), facets, ranges, map box or radius, sort',
    operationId: 'searchProjects',
  })
  @ApiOkResponse({ type: SearchProjectsResultDto })
  projects(@Query() query: SearchProjectsQueryDto): Promise<SearchProjectsResultDto> {
    return this.searchApi.searchProjects(query);
  }
}
