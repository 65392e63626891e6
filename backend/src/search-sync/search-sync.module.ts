import { Global, Module } from '@nestjs/common';
import { SearchMaintenanceService } from './maintenance.service.js';
import { OutboxService } from './outbox.service.js';
import { SearchSyncController } from './search-sync.controller.js';
import { SearchSyncWorker } from './sync.worker.js';

@Global()
@Module({ controllers: [SearchSyncController], providers: [OutboxService, SearchSyncWorker, SearchMaintenanceService], exports: [OutboxService, SearchSyncWorker, SearchMaintenanceService] })
export class SearchSyncModule {}
