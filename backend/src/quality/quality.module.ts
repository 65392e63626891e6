import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { FreshnessJobs } from './freshness-jobs.js';
import { PolicyQualityController, ProjectQualityController, PublicIncentivesController } from './quality.controller.js';
import { QualityService } from './quality.service.js';

/**
 * Quality of content (issue 8): completeness and English parity of projects and policies, the
 * freshness reminders of published projects, and the incentive check of a project. (Audit, mail
 * and configuration are global modules.)
 */
@Module({
  imports: [ProjectsModule, PoliciesModule],
  controllers: [PublicIncentivesController, ProjectQualityController, PolicyQualityController],
  providers: [QualityService, FreshnessJobs],
  exports: [FreshnessJobs],
})
export class QualityModule {}
