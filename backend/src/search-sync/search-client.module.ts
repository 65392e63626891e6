import { Global, Logger, Module } from '@nestjs/common';
import { createSearchClient } from '@invest-portal/search';
import type { Meilisearch } from 'meilisearch';
import { isUnavailable } from '../common/errors.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** The server-side Meilisearch client of the main node (MEILI_URL); the master key never leaves the server. */
export const SEARCH_CLIENT = Symbol('SEARCH_CLIENT');
/** Further nodes (MEILI_REPLICA_URLS), each fed by the node sync worker. */
export const SEARCH_REPLICAS = Symbol('SEARCH_REPLICAS');
/** What public search reads through: the main node, then each further node while it is down. */
export const SEARCH_READER = Symbol('SEARCH_READER');

export interface SearchReplica {
  url: string;
  client: Meilisearch;
}

export type SearchReader = Pick<Meilisearch, 'multiSearch'>;

/** A node that just failed is tried last for this long, so a dead node does not cost every request a timeout. */
const DOWN_FOR_MS = 5_000;

export function createSearchReader(nodes: { url: string; client: Meilisearch }[], now: () => number = Date.now): SearchReader {
  const logger = new Logger('SearchReader');
  const downUntil = new Map<string, number>();
  return {
    multiSearch: (async (...args: Parameters<Meilisearch['multiSearch']>) => {
      const at = now();
      // Healthy nodes first, in configured order; nodes marked down still get a chance when nothing else answers.
      const order = [...nodes].sort((a, b) => Number((downUntil.get(a.url) ?? 0) > at) - Number((downUntil.get(b.url) ?? 0) > at));
      let last: unknown;
      for (const node of order) {
        try {
          const result = await node.client.multiSearch(...args);
          downUntil.delete(node.url);
          return result;
        } catch (err) {
          if (!isUnavailable(err)) throw err;
          if (!downUntil.has(node.url) && nodes.length > 1) logger.warn(`Meilisearch node ${node.url} is unavailable; searching the next one`);
          downUntil.set(node.url, at + DOWN_FOR_MS);
          last = err;
        }
      }
      throw last;
    }) as Meilisearch['multiSearch'],
  };
}

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
    {
      provide: SEARCH_REPLICAS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): SearchReplica[] =>
        config.meiliReplicaUrls.map((url) => ({
          url,
          client: createSearchClient({ url, apiKey: config.meiliMasterKey!, taskTimeoutMs: config.meiliTaskTimeoutMs }),
        })),
    },
    {
      provide: SEARCH_READER,
      inject: [APP_CONFIG, SEARCH_CLIENT, SEARCH_REPLICAS],
      useFactory: (config: AppConfig, main: Meilisearch, replicas: SearchReplica[]): SearchReader =>
        replicas.length ? createSearchReader([{ url: config.meiliUrl!, client: main }, ...replicas]) : main,
    },
  ],
  exports: [SEARCH_CLIENT, SEARCH_REPLICAS, SEARCH_READER],
})
export class SearchClientModule {}
