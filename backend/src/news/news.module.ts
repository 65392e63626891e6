import { Module } from '@nestjs/common';
import { NewsIngest } from './news-ingest.js';
import { PublicNewsController, WorkspaceNewsController } from './news.controller.js';
import { NewsService } from './news.service.js';

/**
 * News of the provincial portal: scheduled ingest of its RSS/Atom feeds, related news on project
 * and policy pages, editors' pin/hide per project. (Audit, outbox and settings are global modules.)
 */
@Module({
  controllers: [PublicNewsController, WorkspaceNewsController],
  providers: [NewsIngest, NewsService],
  exports: [NewsIngest],
})
export class NewsModule {}
