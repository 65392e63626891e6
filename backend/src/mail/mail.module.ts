import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailController } from './mail.controller.js';
import { MailService } from './mail.service.js';
import { MAIL_TRANSPORT } from './mail.tokens.js';
import { MailWorker } from './mail.worker.js';
import { DatabaseTransport, SmtpTransport, type MailTransport } from './transports.js';

/** Global: any feature queues mail with MailService.enqueue inside its own transaction. */
@Global()
@Module({
  controllers: [MailController],
  providers: [
    MailService,
    MailWorker,
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): MailTransport =>
        config.mail.transport === 'smtp' ? new SmtpTransport(config.mail.smtpUrl!) : new DatabaseTransport(),
    },
  ],
  exports: [MailService, MailWorker],
})
export class MailModule {}
