import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { PublicSettingsDto } from './dto/public-settings.dto.js';

@Injectable()
export class SettingsService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Public: only what the browser needs to render the site; never keys or URLs of backing services. */
  publicSettings(): PublicSettingsDto {
    const { portal, map } = this.config;
    return {
      portalName: { ...portal.name },
      owner: { ...portal.owner },
      map: { tileUrl: map.tileUrl, attribution: map.attribution, center: { ...map.center }, zoom: map.zoom, maxZoom: map.maxZoom },
    };
  }
}
