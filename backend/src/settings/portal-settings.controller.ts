import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '../common/access.js';
import { InquirySettingsDto } from './dto/inquiry-settings.dto.js';
import { PortalSettingsDto } from './dto/portal-settings.dto.js';
import { PortalSettingsService } from './portal-settings.service.js';

@ApiTags('settings')
@Controller('workspace/settings')
export class PortalSettingsController {
  constructor(private readonly settings: PortalSettingsService) {}

  @Get('inquiries')
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Inquiry settings: response target, holidays, intake department', operationId: 'getInquirySettings' })
  @ApiOkResponse({ type: InquirySettingsDto })
  get(): Promise<InquirySettingsDto> {
    return this.settings.inquiries();
  }

  @Put('inquiries')
  @Roles('admin')
  @ApiOperation({ summary: 'Change the response target, the holidays or the intake department', operationId: 'putInquirySettings' })
  @ApiOkResponse({ type: InquirySettingsDto })
  put(@CurrentActor() actor: Actor, @Body() body: InquirySettingsDto): Promise<InquirySettingsDto> {
    return this.settings.updateInquiries(actor, body);
  }

  @Get('portal')
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Portal settings: map tiles and centre, embed allow-list, news feeds', operationId: 'getPortalSettings' })
  @ApiOkResponse({ type: PortalSettingsDto })
  getPortal(): Promise<PortalSettingsDto> {
    return this.settings.portal();
  }

  @Put('portal')
  @Roles('admin')
  @ApiOperation({ summary: 'Change the map tiles and centre, the embed allow-list or the news feeds', operationId: 'putPortalSettings' })
  @ApiOkResponse({ type: PortalSettingsDto })
  putPortal(@CurrentActor() actor: Actor, @Body() body: PortalSettingsDto): Promise<PortalSettingsDto> {
    return this.settings.updatePortal(actor, body);
  }
}
