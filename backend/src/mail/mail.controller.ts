import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '../common/access.js';
import { DevMailListDto, MailStatsDto } from './dto/mail.dto.js';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail.worker.js';

@ApiTags('mail')
@Controller('workspace/mail')
export class MailController {
  constructor(
    private readonly mail: MailService,
    private readonly worker: MailWorker,
  ) {}

  @Get('dev')
  @Roles('admin')
  @ApiOperation({ summary: 'Development mailbox: the last 100 mails kept by MAIL_TRANSPORT=dev (404 otherwise)', operationId: 'devMail' })
  @ApiOkResponse({ type: DevMailListDto })
  dev(@CurrentActor() actor: Actor): Promise<DevMailListDto> {
    return this.mail.devMail(actor);
  }

  @Get('stats')
  @Roles('admin')
  @ApiOperation({ summary: 'Mail outbox: pending and failed mails, age of the oldest pending one', operationId: 'mailStats' })
  @ApiOkResponse({ type: MailStatsDto })
  stats(): Promise<MailStatsDto> {
    return this.worker.stats();
  }
}
