import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import {
  FeedResultDto,
  FeedStatusDto,
  ProjectNewsStateDto,
  RelatedNewsListDto,
  RelatedNewsQueryDto,
  SetNewsStateDto,
  WorkspaceNewsQueryDto,
  WorkspaceProjectNewsDto,
} from './dto/news.dto.js';
import { NewsIngest } from './news-ingest.js';
import { NewsService } from './news.service.js';

const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('news')
@Controller()
export class PublicNewsController {
  constructor(private readonly news: NewsService) {}

  @Get('projects/:slug/news')
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({
    summary: "News of the provincial portal related to a published project (its sectors, area, title keywords); editors' pins first, hidden ones never",
    operationId: 'projectNews',
  })
  @ApiOkResponse({ type: RelatedNewsListDto })
  project(@Param('slug') slug: string, @Query() query: RelatedNewsQueryDto): Promise<RelatedNewsListDto> {
    return this.news.forProject(slug, query.lang, query.limit);
  }

  @Get('policies/:slug/news')
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({ summary: 'News of the provincial portal related to a published policy (its sectors, areas, title keywords)', operationId: 'policyNews' })
  @ApiOkResponse({ type: RelatedNewsListDto })
  policy(@Param('slug') slug: string, @Query() query: RelatedNewsQueryDto): Promise<RelatedNewsListDto> {
    return this.news.forPolicy(slug, query.lang, query.limit);
  }
}

@ApiTags('workspace: news')
@Controller('workspace')
export class WorkspaceNewsController {
  constructor(
    private readonly news: NewsService,
    private readonly ingest: NewsIngest,
  ) {}

  @Post('news/ingest')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Read every configured news feed now and report per feed (administrators; 409 while a pass runs)', operationId: 'ingestNews' })
  @ApiOkResponse({ type: [FeedResultDto] })
  ingestNow(): Promise<FeedResultDto[]> {
    return this.ingest.ingestNow();
  }

  @Get('news/feeds')
  @Roles('admin')
  @ApiOperation({ summary: 'Status of the configured news feeds: last attempt, last success, last error, items (administrators)', operationId: 'newsFeeds' })
  @ApiOkResponse({ type: [FeedStatusDto] })
  feeds(): Promise<FeedStatusDto[]> {
    return this.ingest.statuses();
  }

  @Get('projects/:id/news')
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Related news of a project with why it matched, pinned and hidden items, and a text search to pin from (editors)', operationId: 'workspaceProjectNews' })
  @ApiOkResponse({ type: WorkspaceProjectNewsDto })
  list(@Param('id', uuid) id: string, @Query() query: WorkspaceNewsQueryDto): Promise<WorkspaceProjectNewsDto> {
    return this.news.workspace(id, query.q);
  }

  @Put('projects/:id/news/:newsId')
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Pin a news item to a project, hide it there, or clear the decision with null (editors)', operationId: 'setProjectNewsState' })
  @ApiOkResponse({ type: ProjectNewsStateDto })
  set(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('newsId', uuid) newsId: string,
    @Body() body: SetNewsStateDto,
  ): Promise<ProjectNewsStateDto> {
    return this.news.setState(actor, id, newsId, body.state);
  }
}
