import 'reflect-metadata';
import { createApp } from '../bootstrap.js';
import { loadConfigFromEnvironment } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';
import { runMigrations } from '../database/migrate.js';
import { SearchMaintenanceService } from '../search-sync/maintenance.service.js';
import { SearchSyncWorker } from '../search-sync/sync.worker.js';
import { connect } from './connect.js';

/**
 *   npm run search:rebuild           rebuild every index from PostgreSQL and swap it in
 *   npm run search:check [-- --repair]  compare PostgreSQL and Meilisearch; repair drift
 */
const say = (m: string) => process.stdout.write(`[search] ${m}\n`);
const [command, ...flags] = process.argv.slice(2);
if (command !== 'rebuild' && command !== 'check') {
  process.stderr.write('usage: search.js rebuild | check [--repair]\n');
  process.exit(2);
}

const connected = await connect(loadConfigFromEnvironment(), say);
let failed = false;
try {
  const ds = createDataSource(connected.config.databaseUrl!);
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  // The worker of this process only drains what this command queues; a running portal has its own.
  const app = await createApp({ ...connected.config, logLevel: 'warn', searchSync: { ...connected.config.searchSync, enabled: false } });
  await app.init();
  try {
    const maintenance = app.get(SearchMaintenanceService);
    const worker = app.get(SearchSyncWorker);
    if (command === 'rebuild') {
      const reports = await maintenance.rebuild(say);
      await worker.drain(300_000);
      for (const r of reports) say(`${r.index}: ${r.documents} documents in ${r.seconds.toFixed(1)} s`);
    } else {
      const repair = flags.includes('--repair');
      const reports = await maintenance.check(repair);
      for (const r of reports) {
        say(`${r.index}: ${r.database} public in PostgreSQL, ${r.indexed} indexed; missing ${r.missing.length}, extra ${r.extra.length}, stale ${r.stale.length}`);
        for (const id of [...r.missing, ...r.extra, ...r.stale].slice(0, 20)) say(`  ${id}`);
      }
      const drift = reports.some((r) => r.missing.length || r.extra.length || r.stale.length);
      if (repair && drift) {
        await worker.drain(300_000);
        say('repaired: drifted items re-sent');
      } else if (drift) {
        say('drift found: run with --repair to fix it');
        failed = true;
      } else {
        say('in sync');
      }
    }
  } finally {
    await app.close();
  }
} finally {
  await connected.stop();
}
process.exit(failed ? 1 : 0);
