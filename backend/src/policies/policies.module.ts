import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module.js';
import { PoliciesService } from './policies.service.js';
import { PublicPoliciesController, WorkspacePoliciesController } from './policies.controller.js';

@Module({ imports: [MediaModule], controllers: [PublicPoliciesController, WorkspacePoliciesController], providers: [PoliciesService], exports: [PoliciesService] })
export class PoliciesModule {}
