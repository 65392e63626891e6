import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { PublicSettingsDto } from './dto/public-settings.dto.js';
import { PortalSettingsService } from './portal-settings.service.js';

@Injectable()
export class SettingsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly portalSettings: PortalSettingsService,
  ) {}

  /** Public: only what the browser needs to render the site; never keys or URLs of backing services. */
  async publicSettings(): Promise<PublicSettingsDto> {
    const { portal } = this.config;
    // The map as administrators set it in the workspace (the config is the default).
    const { map, languages } = await this.portalSettings.portal();
    return {
      languages: [...languages],
      portalName: { ...portal.name },
      owner: { ...portal.owner },
      map: { tileUrl: map.tileUrl, attribution: map.attribution, center: { ...map.center }, zoom: map.zoom, maxZoom: map.maxZoom },
    };
  }
}
