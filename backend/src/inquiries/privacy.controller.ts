import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '../common/access.js';
import { EmailDto, ErasureReportDto, PersonalDataExportDto } from './dto/privacy.dto.js';
import { PrivacyService } from './privacy.service.js';

@ApiTags('privacy')
@Controller('workspace/privacy')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  // POST, not GET: the address stays out of URLs, proxies' access logs and browser history.
  @Post('export')
  @HttpCode(200)
  @Roles('admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Everything held about an email address, as JSON (data-subject access request)', operationId: 'exportPersonalData' })
  @ApiOkResponse({ type: PersonalDataExportDto })
  export(@CurrentActor() actor: Actor, @Body() body: EmailDto): Promise<PersonalDataExportDto> {
    return this.privacy.export(actor, body.email);
  }

  @Post('erase')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Erase an email address: its inquiries are anonymised and its mails purged', operationId: 'erasePersonalData' })
  @ApiOkResponse({ type: ErasureReportDto })
  erase(@CurrentActor() actor: Actor, @Body() body: EmailDto): Promise<ErasureReportDto> {
    return this.privacy.erase(actor, body.email);
  }
}
