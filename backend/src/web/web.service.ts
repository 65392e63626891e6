import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

@Injectable()
export class WebService {
  private readonly logger = new Logger('Web');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get indexFile(): string {
    return path.join(this.config.frontendDist, 'index.html');
  }

  sendIndex(res: Response): void {
    if (!fs.existsSync(this.indexFile)) {
      this.logger.error(`${this.indexFile} is missing`);
      throw new ServiceUnavailableException('The web interface is not built; run "npm run build" or start with "npm start"');
    }
    // The shell must never be cached: it names the hashed bundles of the current release.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(this.indexFile);
  }
}
