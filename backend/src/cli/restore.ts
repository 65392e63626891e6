import 'reflect-metadata';
import path from 'node:path';
import pg from 'pg';
import { planMigrations } from '../backup/plan.js';
import {
  codeMigrationNames,
  describeTarget,
  dropSchemaObjects,
  inspectTarget,
  InvalidBackupError,
  loadData,
  migrate,
  readBackup,
  removeOtherFiles,
  restoreDocuments,
  TargetNotEmptyError,
} from '../backup/restore.js';
import { loadConfigFromEnvironment, type AppConfig } from '../config/config.js';
import { connect, type Connected } from './connect.js';

const USAGE = `usage: npm run restore -- <backup-folder> [--force | --check]

Restores a folder written by "npm run backup" into the configured database, uploads folder and
search (DATABASE_URL / MEILI_URL, the servers of a running "npm start", or the embedded ones).
Every checksum is verified first. A database or uploads folder that holds data is refused unless
--force, which replaces it. Stop the portal first. --check only verifies the backup (manifest and
every checksum) and connects to nothing. See docs/operations/backup.md.
Exit codes: 0 restored, 1 failed, 2 usage, 3 backup unusable, 4 target not empty (no --force).
`;

const say = (m: string) => process.stdout.write(`[restore] ${m}\n`);

function parseArgs(argv: string[]): { dir: string; force: boolean; check: boolean } {
  let dir: string | undefined;
  let force = false;
  let check = false;
  for (const a of argv) {
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (a === '--force') force = true;
    else if (a === '--check') check = true;
    else if (!a.startsWith('-') && !dir) dir = a;
    else {
      process.stderr.write(`unknown argument: ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (!dir || (check && force)) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  return { dir: path.resolve(dir), force, check };
}

/** Rebuild by swap from the restored rows, as `npm run search:rebuild` does, then compare. */
async function rebuildSearch(config: AppConfig): Promise<boolean> {
  // Loaded only now: checks and refusals should answer without starting up the whole API.
  const [{ createApp }, { SearchMaintenanceService }, { SearchSyncWorker }] = await Promise.all([
    import('../bootstrap.js'),
    import('../search-sync/maintenance.service.js'),
    import('../search-sync/sync.worker.js'),
  ]);
  const app = await createApp({
    ...config,
    logLevel: 'warn',
    // This process only rebuilds: the scheduled jobs and the sync loop belong to the portal, which
    // runs them (and sends the restored mail outbox) when it starts on the restored data.
    searchSync: { ...config.searchSync, enabled: false },
    inquiries: { ...config.inquiries, jobIntervalMs: 0 },
    freshness: { ...config.freshness, jobIntervalMs: 0 },
    news: { ...config.news, intervalMs: 0 },
    // The mail worker has no off switch; its first pass comes after the longest interval allowed.
    mail: { ...config.mail, intervalMs: 600_000 },
    embed: { ...config.embed, demoPort: 0 },
  });
  await app.init();
  try {
    const maintenance = app.get(SearchMaintenanceService);
    const worker = app.get(SearchSyncWorker);
    say('search: rebuilding every index from the restored database…');
    const reports = await maintenance.rebuild((m) => say(`search: ${m}`));
    // Outbox rows that were pending in the backup are delivered too: each re-reads its current row.
    await worker.drain(300_000);
    for (const r of reports) say(`search: ${r.index}: ${r.documents} documents in ${r.seconds.toFixed(1)} s`);
    const drift = (await maintenance.check(false)).filter((r) => r.missing.length || r.extra.length || r.stale.length);
    for (const r of drift) say(`search: ${r.index} differs from the database after the rebuild: missing ${r.missing.length}, extra ${r.extra.length}, stale ${r.stale.length}`);
    if (!drift.length) say('search: in sync with the database');
    return drift.length === 0;
  } finally {
    await app.close();
  }
}

const { dir, force, check } = parseArgs(process.argv.slice(2));
let connected: Connected | undefined;
let client: pg.Client | undefined;
let code = 0;
const started = Date.now();
try {
  const config = loadConfigFromEnvironment();
  // Everything about the backup is checked before anything is connected to, let alone written.
  const manifest = await readBackup(dir, say);
  let plan;
  try {
    plan = planMigrations(
      manifest.migrations.map((m) => m.name),
      codeMigrationNames(),
    );
  } catch (err) {
    throw new InvalidBackupError((err as Error).message);
  }
  if (check) {
    say(`check only: the backup is complete and this version can restore it${plan.newer.length ? ` (then applying ${plan.newer.length} newer migrations)` : ''}`);
    process.exit(0);
  }
  connected = await connect(config, say);
  const url = connected.config.databaseUrl!;
  const uploadsDir = config.uploads.dir;
  client = new pg.Client({ connectionString: url, application_name: 'invest-portal restore' });
  await client.connect();
  const target = await inspectTarget(client, uploadsDir);
  const found = describeTarget(target, uploadsDir);
  if (found.length && !force) {
    throw new TargetNotEmptyError(`refusing to restore over existing data; nothing was changed:\n  - ${found.join('\n  - ')}\nRun again with --force to replace it (take a backup of it first if it may be needed).`);
  }
  if (found.length) say(`--force: replacing what is there now:\n  - ${found.join('\n  - ')}`);
  const [{ num }] = (await client.query<{ num: number }>(`SELECT current_setting('server_version_num')::int AS num`)).rows as [{ num: number }];
  if (Math.floor(num / 10000) < Math.floor(manifest.database.serverVersionNum / 10000)) {
    say(`warning: the backup comes from PostgreSQL ${manifest.database.serverVersion}, this server is older (${num}); a type or function the data needs may be missing`);
  }

  // Bytes before rows, as uploads do: a row never points to a file that is not there yet.
  await restoreDocuments(dir, manifest, uploadsDir, say);
  if (target.hasSchema) await dropSchemaObjects(client, say);
  say(`schema: applying the backup's ${plan.upToBackup.length} migrations`);
  await migrate(url, plan.upToBackup.length, say);
  const report = await loadData(client, dir, manifest, say);
  say(`database: ${report.rows} rows restored (foreign keys: ${report.foreignKeyMode}), ${report.sequences} sequences set`);
  if (plan.newer.length) {
    say(`schema: applying ${plan.newer.length} migrations newer than the backup: ${plan.newer.join(', ')}`);
    await migrate(url, 'all', say);
  }
  await client.query('ANALYZE');
  if (force) await removeOtherFiles(manifest, uploadsDir, say);
  await client.end();
  client = undefined;
  const inSync = await rebuildSearch(connected.config);
  if (!inSync) throw new Error('the search indexes do not match the restored database: run "npm run search:check -- --repair"');
  say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: backup of ${manifest.createdAt} restored`);
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof InvalidBackupError) {
    process.stderr.write(`[restore] REFUSED: ${message}\n`);
    code = 3;
  } else if (err instanceof TargetNotEmptyError) {
    process.stderr.write(`[restore] REFUSED: ${message}\n`);
    code = 4;
  } else {
    process.stderr.write(`[restore] FAILED: ${message}\n`);
    code = 1;
  }
} finally {
  await client?.end().catch(() => undefined);
  await connected?.stop().catch(() => undefined);
}
process.exit(code);
