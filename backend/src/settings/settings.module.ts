import { Global, Module } from '@nestjs/common';
import { PortalSettingsController } from './portal-settings.controller.js';
import { PortalSettingsService } from './portal-settings.service.js';
import { SettingsController } from './settings.controller.js';
import { SettingsService } from './settings.service.js';

/** Global: the inquiry inbox and other features read run-time settings. */
@Global()
@Module({
  controllers: [SettingsController, PortalSettingsController],
  providers: [SettingsService, PortalSettingsService],
  exports: [PortalSettingsService],
})
export class SettingsModule {}
