import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access.js';
import { FeedQueryDto } from './dto/feed-query.dto.js';
import { FeedsService } from './feeds.service.js';

const CACHE = 'public, max-age=300';

/** RSS 2.0 and Atom feeds of published calls for investment and policies (served at /feeds/…). */
@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('projects.rss')
  @Public()
  @Header('Content-Type', 'application/rss+xml; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ summary: 'RSS 2.0: newly published and updated calls for investment', operationId: 'projectsRss' })
  @ApiProduces('application/rss+xml')
  @ApiOkResponse({ description: 'RSS 2.0 document' })
  projectsRss(@Query() q: FeedQueryDto): Promise<string> {
    return this.feeds.feed('projects', 'rss', q);
  }

  @Get('projects.atom')
  @Public()
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ summary: 'Atom: newly published and updated calls for investment', operationId: 'projectsAtom' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0 document' })
  projectsAtom(@Query() q: FeedQueryDto): Promise<string> {
    return this.feeds.feed('projects', 'atom', q);
  }

  @Get('policies.rss')
  @Public()
  @Header('Content-Type', 'application/rss+xml; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ summary: 'RSS 2.0: newly published and updated incentive policies', operationId: 'policiesRss' })
  @ApiProduces('application/rss+xml')
  @ApiOkResponse({ description: 'RSS 2.0 document' })
  policiesRss(@Query() q: FeedQueryDto): Promise<string> {
    return this.feeds.feed('policies', 'rss', q);
  }

  @Get('policies.atom')
  @Public()
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ summary: 'Atom: newly published and updated incentive policies', operationId: 'policiesAtom' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0 document' })
  policiesAtom(@Query() q: FeedQueryDto): Promise<string> {
    return this.feeds.feed('policies', 'atom', q);
  }
}

/** Open data exports of published projects (mounted under /api/v1). */
@ApiTags('feeds')
@Controller()
export class ExportsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('projects.geojson')
  @Public()
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ summary: 'GeoJSON FeatureCollection of published projects (points)', operationId: 'projectsGeojson' })
  @ApiProduces('application/geo+json')
  @ApiOkResponse({ description: 'GeoJSON (RFC 7946)' })
  geojson(@Query() q: FeedQueryDto): Promise<unknown> {
    return this.feeds.geojson(q);
  }

  @Get('projects.csv')
  @Public()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="projects.csv"')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ summary: 'CSV of published projects (UTF-8 with BOM, for spreadsheets)', operationId: 'projectsCsv' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV' })
  csv(@Query() q: FeedQueryDto): Promise<string> {
    return this.feeds.csv(q);
  }
}
