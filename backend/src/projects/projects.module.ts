import { Module } from '@nestjs/common';
import { ProjectsService } from './projects.service.js';
import { PublicProjectsController, WorkspaceProjectsController } from './projects.controller.js';

@Module({ controllers: [PublicProjectsController, WorkspaceProjectsController], providers: [ProjectsService], exports: [ProjectsService] })
export class ProjectsModule {}
