import { Module } from '@nestjs/common';
import { PoliciesService } from './policies.service.js';
import { PublicPoliciesController, WorkspacePoliciesController } from './policies.controller.js';

@Module({ controllers: [PublicPoliciesController, WorkspacePoliciesController], providers: [PoliciesService], exports: [PoliciesService] })
export class PoliciesModule {}
