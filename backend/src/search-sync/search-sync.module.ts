import { Global, Module } from '@nestjs/common';
import { SearchMaintenanceService } from './maintenance.service.js';
import { OutboxService } from './outbox.service.js';
import { SearchSyncController } from './search-sync.controller.js';
import { SearchNodeSyncWorker } from './node-sync.worker.js';
import { SearchSyncWorker } from './sync.worker.js';

@Global()
@Module({ controllers: [SearchSyncController], providers: [OutboxService, SearchSyncWorker, SearchNodeSyncWorker, SearchMaintenanceService], exports: [OutboxService, SearchSyncWorker, SearchNodeSyncWorker, SearchMaintenanceService] })
export class SearchSyncModule {}
