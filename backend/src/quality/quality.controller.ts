import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import { LangQueryDto } from '../common/pagination.js';
import { PolicyDto } from '../policies/dto/policy-output.dto.js';
import { ProjectDto } from '../projects/dto/project-output.dto.js';
import { EnglishReviewedDto, IncentiveCheckDto, ProjectQualityDto, PublicIncentiveCheckDto } from './dto/quality.dto.js';
import { QualityService } from './quality.service.js';

const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('projects')
@Controller('projects')
export class PublicIncentivesController {
  constructor(private readonly quality: QualityService) {}

  @Get(':slug/incentives')
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({
    summary: 'Published incentive policies that may apply to a published call for investment (its sectors and administrative unit)',
    operationId: 'getPublicProjectIncentives',
  })
  @ApiOkResponse({ type: PublicIncentiveCheckDto })
  incentives(@Param('slug') slug: string, @Query() query: LangQueryDto): Promise<PublicIncentiveCheckDto> {
    return this.quality.incentivesPublic(slug, query.lang);
  }
}

@ApiTags('workspace: projects')
@Controller('workspace/projects')
export class ProjectQualityController {
  constructor(private readonly quality: QualityService) {}

  @Get(':id/quality')
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'Completeness, English parity and freshness of a project', operationId: 'getProjectQuality' })
  @ApiOkResponse({ type: ProjectQualityDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ProjectQualityDto> {
    return this.quality.projectQuality(actor, id);
  }

  @Get(':id/incentives')
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'Published incentive policies that may apply to a project (any status, drafts too)', operationId: 'getProjectIncentives' })
  @ApiOkResponse({ type: IncentiveCheckDto })
  incentives(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<IncentiveCheckDto> {
    return this.quality.incentives(actor, id);
  }

  @Post(':id/english-reviewed')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({
    summary: 'Confirm the English of this version of a project (editorial board); 409 when the version changed or English is missing',
    operationId: 'confirmProjectEnglish',
  })
  @ApiOkResponse({ type: ProjectDto })
  confirmEnglish(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: EnglishReviewedDto): Promise<ProjectDto> {
    return this.quality.confirmProjectEnglish(actor, id, body.version);
  }
}

@ApiTags('workspace: policies')
@Controller('workspace/policies')
export class PolicyQualityController {
  constructor(private readonly quality: QualityService) {}

  @Post(':id/english-reviewed')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({
    summary: 'Confirm the English of this version of a policy (editorial board); 409 when the version changed or English is missing',
    operationId: 'confirmPolicyEnglish',
  })
  @ApiOkResponse({ type: PolicyDto })
  confirmEnglish(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: EnglishReviewedDto): Promise<PolicyDto> {
    return this.quality.confirmPolicyEnglish(actor, id, body.version);
  }
}
