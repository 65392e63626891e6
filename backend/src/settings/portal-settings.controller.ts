import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '../common/access.js';
import { InquirySettingsDto } from './dto/inquiry-settings.dto.js';
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
}
