import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access.js';
import { MapPointsResultDto, SearchProjectsQueryDto, SearchProjectsResultDto } from './dto/search-projects.dto.js';
import {
  SearchPoliciesQueryDto,
  SearchPoliciesResultDto,
  SiteSearchQueryDto,
  SiteSearchResultDto,
  SuggestQueryDto,
  SuggestResultDto,
} from './dto/search-other.dto.js';
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

  @Get('projects/map')
  @Public()
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({
    summary: 'Every project matching the same filters as a map point (slug, title, lat, lng), for clustered maps',
    operationId: 'searchProjectPoints',
  })
  @ApiOkResponse({ type: MapPointsResultDto })
  projectPoints(@Query() query: SearchProjectsQueryDto): Promise<MapPointsResultDto> {
    return this.searchApi.mapPoints(query);
  }

  @Get('policies')
  @Public()
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Search published incentive policies: text, sector, area, department, incentive type', operationId: 'searchPolicies' })
  @ApiOkResponse({ type: SearchPoliciesResultDto })
  policies(@Query() query: SearchPoliciesQueryDto): Promise<SearchPoliciesResultDto> {
    return this.searchApi.searchPolicies(query);
  }

  @Get('suggest')
  @Public()
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Search-as-you-type: a few matching project and policy titles', operationId: 'suggest' })
  @ApiOkResponse({ type: SuggestResultDto })
  suggest(@Query() query: SuggestQueryDto): Promise<SuggestResultDto> {
    return this.searchApi.suggest(query);
  }

  @Get()
  @Public()
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'The site search box: the first projects, policies and news items of the main portal matching a text', operationId: 'searchSite' })
  @ApiOkResponse({ type: SiteSearchResultDto })
  site(@Query() query: SiteSearchQueryDto): Promise<SiteSearchResultDto> {
    return this.searchApi.searchSite(query);
  }
}
