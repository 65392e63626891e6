import { ChangesDto } from '../common/changes.js';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import { LangQueryDto } from '../common/pagination.js';
import { CreateProjectDto, UpdateProjectDto } from './dto/project-input.dto.js';
import { ProjectDto, ProjectListDto, PublicProjectDto, PublicProjectListDto } from './dto/project-output.dto.js';
import { PublishDto, RejectDto, WorkspaceQueryDto } from '../common/query.dto.js';
import { FeatureDto, PublicProjectQueryDto } from './dto/project-query.dto.js';
import { ProjectsService } from './projects.service.js';

const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('projects')
@Controller('projects')
export class PublicProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({ summary: 'Published calls for investment, newest first', operationId: 'listPublicProjects' })
  @ApiOkResponse({ type: PublicProjectListDto })
  list(@Query() query: PublicProjectQueryDto): Promise<PublicProjectListDto> {
    return this.projects.listPublic(query);
  }

  @Get(':slug')
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({ summary: 'One published call for investment', operationId: 'getPublicProject' })
  @ApiOkResponse({ type: PublicProjectDto })
  get(@Param('slug') slug: string, @Query() query: LangQueryDto): Promise<PublicProjectDto> {
    return this.projects.getPublic(slug, query.lang);
  }
}

@ApiTags('workspace: projects')
@Controller('workspace/projects')
export class WorkspaceProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: "Projects in the workspace (officers: their department's only)", operationId: 'listProjects' })
  @ApiOkResponse({ type: ProjectListDto })
  list(@CurrentActor() actor: Actor, @Query() query: WorkspaceQueryDto): Promise<ProjectListDto> {
    return this.projects.list(actor, query);
  }

  @Get(':id/changes')
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'Field-by-field changes since the project was last published (for review)', operationId: 'projectChanges' })
  @ApiOkResponse({ type: ChangesDto })
  changes(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ChangesDto> {
    return this.projects.changes(actor, id);
  }

  @Get(':id')
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'One project, both languages, any status', operationId: 'getProject' })
  @ApiOkResponse({ type: ProjectDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ProjectDto> {
    return this.projects.get(actor, id);
  }

  @Post()
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Create a draft project (officers: for their own department)', operationId: 'createProject' })
  @ApiCreatedResponse({ type: ProjectDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProjectDto): Promise<ProjectDto> {
    return this.projects.create(actor, body);
  }

  @Patch(':id')
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Edit a project (officers: drafts of their department); needs the current version', operationId: 'updateProject' })
  @ApiOkResponse({ type: ProjectDto })
  update(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: UpdateProjectDto): Promise<ProjectDto> {
    return this.projects.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Delete a draft that was never published', operationId: 'deleteProject' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<void> {
    return this.projects.remove(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Submit for editorial review', operationId: 'submitProject' })
  @ApiOkResponse({ type: ProjectDto })
  submit(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ProjectDto> {
    return this.projects.transition(actor, id, 'submit');
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Approve and publish (editorial board)', operationId: 'publishProject' })
  @ApiOkResponse({ type: ProjectDto })
  publish(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: PublishDto): Promise<ProjectDto> {
    return this.projects.transition(actor, id, 'publish', undefined, body.version);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Reject with a comment for the officer (editorial board)', operationId: 'rejectProject' })
  @ApiOkResponse({ type: ProjectDto })
  reject(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: RejectDto): Promise<ProjectDto> {
    return this.projects.transition(actor, id, 'reject', body.comment, body.version);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Withdraw from the public site, back to draft (editorial board)', operationId: 'unpublishProject' })
  @ApiOkResponse({ type: ProjectDto })
  unpublish(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ProjectDto> {
    return this.projects.transition(actor, id, 'unpublish');
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Archive (editorial board)', operationId: 'archiveProject' })
  @ApiOkResponse({ type: ProjectDto })
  archive(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ProjectDto> {
    return this.projects.transition(actor, id, 'archive');
  }

  @Post(':id/award')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Mark as awarded: an investor was selected (editorial board)', operationId: 'awardProject' })
  @ApiOkResponse({ type: ProjectDto })
  award(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ProjectDto> {
    return this.projects.transition(actor, id, 'award');
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: '"Still current": confirm the information today (sets lastVerifiedAt)', operationId: 'verifyProject' })
  @ApiOkResponse({ type: ProjectDto })
  verify(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ProjectDto> {
    return this.projects.verify(actor, id);
  }

  @Post(':id/feature')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Feature a published call on the home page, or stop featuring it', operationId: 'featureProject' })
  @ApiOkResponse({ type: ProjectDto })
  feature(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: FeatureDto): Promise<ProjectDto> {
    return this.projects.feature(actor, id, body.featured);
  }
}
