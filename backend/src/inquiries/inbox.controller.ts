import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '../common/access.js';
import { AssignDto, InboxDetailDto, InboxListDto, InboxQueryDto, StatusDto, TextEntryDto } from './dto/inbox.dto.js';
import { InboxService } from './inbox.service.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('inbox')
@Controller('workspace/inquiries')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: "Inquiries of the caller's department (all departments for the board), most urgent first", operationId: 'listInbox' })
  @ApiOkResponse({ type: InboxListDto })
  list(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxListDto> {
    return this.inbox.list(actor, query);
  }

  @Get(':id')
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'One inquiry with the sender, replies, internal notes and who it can be assigned to', operationId: 'getInboxItem' })
  @ApiOkResponse({ type: InboxDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<InboxDetailDto> {
    return this.inbox.get(actor, id);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: "Assign to an officer of the inquiry's department (null unassigns)", operationId: 'assignInquiry' })
  @ApiOkResponse({ type: InboxDetailDto })
  assign(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: AssignDto): Promise<InboxDetailDto> {
    return this.inbox.assign(actor, id, body.assigneeId);
  }

  @Post(':id/reply')
  @HttpCode(200)
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'Answer the investor: mailed, and shown on the tracking page', operationId: 'replyInquiry' })
  @ApiOkResponse({ type: InboxDetailDto })
  reply(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: TextEntryDto): Promise<InboxDetailDto> {
    return this.inbox.reply(actor, id, body.body);
  }

  @Post(':id/notes')
  @HttpCode(200)
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'Add an internal note (never shown to the investor)', operationId: 'noteInquiry' })
  @ApiOkResponse({ type: InboxDetailDto })
  note(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: TextEntryDto): Promise<InboxDetailDto> {
    return this.inbox.note(actor, id, body.body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('officer', 'editor', 'admin')
  @ApiOperation({ summary: 'Acknowledge, close, mark as spam, or take back from spam', operationId: 'setInquiryStatus' })
  @ApiOkResponse({ type: InboxDetailDto })
  status(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: StatusDto): Promise<InboxDetailDto> {
    return this.inbox.setStatus(actor, id, body);
  }
}
