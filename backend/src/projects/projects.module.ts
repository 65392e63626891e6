import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module.js';
import { ProjectsService } from './projects.service.js';
import { PublicProjectsController, WorkspaceProjectsController } from './projects.controller.js';

@Module({ imports: [MediaModule], controllers: [PublicProjectsController, WorkspaceProjectsController], providers: [ProjectsService], exports: [ProjectsService] })
export class ProjectsModule {}
