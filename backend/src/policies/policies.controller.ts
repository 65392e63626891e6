import { ChangesDto } from '../common/changes.js';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import { LangQueryDto } from '../common/pagination.js';
import { PublishDto, RejectDto, WorkspaceQueryDto } from '../common/query.dto.js';
import { CreatePolicyDto, UpdatePolicyDto } from './dto/policy-input.dto.js';
import { PolicyDto, PolicyListDto, PublicPolicyDto, PublicPolicyListDto } from './dto/policy-output.dto.js';
import { PublicPolicyQueryDto } from './dto/policy-query.dto.js';
import { PoliciesService } from './policies.service.js';

const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('policies')
@Controller('policies')
export class PublicPoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({ summary: 'Published investment incentive policies, newest first', operationId: 'listPublicPolicies' })
  @ApiOkResponse({ type: PublicPolicyListDto })
  list(@Query() query: PublicPolicyQueryDto): Promise<PublicPolicyListDto> {
    return this.policies.listPublic(query);
  }

  @Get(':slug')
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({ summary: 'One published incentive policy', operationId: 'getPublicPolicy' })
  @ApiOkResponse({ type: PublicPolicyDto })
  get(@Param('slug') slug: string, @Query() query: LangQueryDto): Promise<PublicPolicyDto> {
    return this.policies.getPublic(slug, query.lang);
  }
}

@ApiTags('workspace: policies')
@Controller('workspace/policies')
export class WorkspacePoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: "Policies in the workspace (officers: their department's only)", operationId: 'listPolicies' })
  @ApiOkResponse({ type: PolicyListDto })
  list(@CurrentActor() actor: Actor, @Query() query: WorkspaceQueryDto): Promise<PolicyListDto> {
    return this.policies.list(actor, query);
  }

  @Get(':id/changes')
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'Field-by-field changes since the policy was last published (for review)', operationId: 'policyChanges' })
  @ApiOkResponse({ type: ChangesDto })
  changes(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<ChangesDto> {
    return this.policies.changes(actor, id);
  }

  @Get(':id')
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'One policy, both languages, any status', operationId: 'getPolicy' })
  @ApiOkResponse({ type: PolicyDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<PolicyDto> {
    return this.policies.get(actor, id);
  }

  @Post()
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Create a draft policy (officers: for their own department)', operationId: 'createPolicy' })
  @ApiCreatedResponse({ type: PolicyDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePolicyDto): Promise<PolicyDto> {
    return this.policies.create(actor, body);
  }

  @Patch(':id')
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Edit a policy (officers: drafts of their department); needs the current version', operationId: 'updatePolicy' })
  @ApiOkResponse({ type: PolicyDto })
  update(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: UpdatePolicyDto): Promise<PolicyDto> {
    return this.policies.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Delete a draft that was never published', operationId: 'deletePolicy' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<void> {
    return this.policies.remove(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Submit for editorial review', operationId: 'submitPolicy' })
  @ApiOkResponse({ type: PolicyDto })
  submit(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<PolicyDto> {
    return this.policies.transition(actor, id, 'submit');
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Approve and publish (editorial board)', operationId: 'publishPolicy' })
  @ApiOkResponse({ type: PolicyDto })
  publish(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: PublishDto): Promise<PolicyDto> {
    return this.policies.transition(actor, id, 'publish', undefined, body.version);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Reject with a comment for the officer (editorial board)', operationId: 'rejectPolicy' })
  @ApiOkResponse({ type: PolicyDto })
  reject(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: RejectDto): Promise<PolicyDto> {
    return this.policies.transition(actor, id, 'reject', body.comment, body.version);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Withdraw from the public site, back to draft (editorial board)', operationId: 'unpublishPolicy' })
  @ApiOkResponse({ type: PolicyDto })
  unpublish(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<PolicyDto> {
    return this.policies.transition(actor, id, 'unpublish');
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Archive (editorial board)', operationId: 'archivePolicy' })
  @ApiOkResponse({ type: PolicyDto })
  archive(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<PolicyDto> {
    return this.policies.transition(actor, id, 'archive');
  }
}
