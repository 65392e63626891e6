import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { InboxController } from './inbox.controller.js';
import { InboxService } from './inbox.service.js';
import { InquiriesController } from './inquiries.controller.js';
import { InquiriesService } from './inquiries.service.js';
import { InquiryJobs } from './inquiry-jobs.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [AuditModule],
  controllers: [InquiriesController, InboxController, PrivacyController],
  providers: [InquiriesService, InboxService, InquiryJobs, PrivacyService],
  exports: [InquiryJobs],
})
export class InquiriesModule {}
