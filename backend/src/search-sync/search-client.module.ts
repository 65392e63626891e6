import { Global, Module } from '@nestjs/common';
import { createSearchClient } from '@invest-portal/search';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** The server-side Meilisearch client; the master key never leaves the server. */
export const SEARCH_CLIENT = Symbol('SEARCH_CLIENT');

@Global()
@Module({
  providers: [
    {
      provide: SEARCH_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.meiliUrl || !config.meiliMasterKey) {
          throw new Error('Meilisearch is not configured: start through npm start, or set MEILI_URL and MEILI_MASTER_KEY');
        }
        return createSearchClient({ url: config.meiliUrl, apiKey: config.meiliMasterKey, taskTimeoutMs: config.meiliTaskTimeoutMs });
      },
    },
  ],
  exports: [SEARCH_CLIENT],
})
export class SearchClientModule {}
