import { EventEmitter } from 'node:events';
import { jest } from '@jest/globals';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import type { SearchNodeSyncWorker } from './node-sync.worker.js';
import { SearchSyncWorker } from './sync.worker.js';

// The LISTEN connection's error handling, with a stand-in connection: pg can emit 'error' more than
// once for one broken socket, and pg-pool throws (crashing the process) on a second release.
function setup() {
  const client = Object.assign(new EventEmitter(), { query: jest.fn(async (_sql: string) => undefined) });
  const release = jest.fn();
  const db = { driver: { obtainMasterConnection: jest.fn(async () => [client, release]) } } as unknown as DataSource;
  const config = { searchSync: { enabled: true, intervalMs: 1000, batchSize: 10, maxAttempts: 3, retryBaseMs: 10 } } as AppConfig;
  const worker = new SearchSyncWorker(db, {} as Meilisearch, config, {} as SearchNodeSyncWorker);
  return { worker, client, release, listen: () => (worker as unknown as { listen(): Promise<void> }).listen() };
}

describe('SearchSyncWorker LISTEN connection', () => {
  it('releases a broken connection exactly once, however many errors it emits', async () => {
    const { worker, client, release, listen } = setup();
    await listen();
    client.emit('error', new Error('terminating connection due to administrator command'));
    client.emit('error', new Error('Connection terminated unexpectedly'));
    expect(release).toHaveBeenCalledTimes(1);
    await worker.onModuleDestroy(); // shutdown after the loss must not release it again
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('an error during shutdown does not release a second time', async () => {
    const { worker, client, release, listen } = setup();
    await listen();
    await worker.onModuleDestroy();
    await new Promise((r) => setImmediate(r));
    client.emit('error', new Error('Connection terminated unexpectedly'));
    expect(release).toHaveBeenCalledTimes(1);
  });
});
