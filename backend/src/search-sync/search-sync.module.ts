import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service.js';
import { SearchSyncController } from './search-sync.controller.js';
import { SearchSyncWorker } from './sync.worker.js';

@Global()
@Module({ controllers: [SearchSyncController], providers: [OutboxService, SearchSyncWorker], exports: [OutboxService, SearchSyncWorker] })
export class SearchSyncModule {}
