import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupDirName,
  FILES_DIR,
  MANIFEST_FILE,
  megabytes,
  tableFileName,
  TABLES_DIR,
  type ColumnInfo,
  type DocumentEntry,
  type Manifest,
  type MigrationEntry,
  type SequenceEntry,
  type TableEntry,
} from './manifest.js';
import { copyVerified, fsyncPath, HashingStream, listFiles, throttle } from './files.js';
import { qualified } from './plan.js';

/** TypeORM's bookkeeping (data-source.ts): recorded in the manifest, rebuilt by the migrations on restore. */
export const MIGRATIONS_TABLE = 'migrations';
const FETCH_ROWS = 2000;
const PROGRESS_MS = 5000;

export interface BackupOptions {
  databaseUrl: string;
  uploadsDir: string;
  /** The backup becomes `<outDir>/invest-portal-backup-<timestamp>`. */
  outDir: string;
  app: Manifest['app'];
  log: (message: string) => void;
  now?: () => Date;
}

export interface BackupResult {
  dir: string;
  manifest: Manifest;
}

type Client = pg.Client;

export async function tableNames(client: Pick<Client, 'query'>): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}

export async function columnsOf(client: Pick<Client, 'query'>, table: string): Promise<ColumnInfo[]> {
  const { rows } = await client.query<{ name: string; type: string; generated: boolean }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attgenerated <> '' AS generated
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [qualified(table)],
  );
  return rows;
}

export async function primaryKeyOf(client: Pick<Client, 'query'>, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, pos)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
      WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.pos`,
    [qualified(table)],
  );
  return rows.map((r) => r.name);
}

export async function sequencesOf(client: Pick<Client, 'query'>, exceptOwnedBy: string[]): Promise<SequenceEntry[]> {
  const { rows } = await client.query<{ name: string; owner_table: string | null; owner_column: string | null }>(
    `SELECT s.relname AS name, t.relname AS owner_table, a.attname AS owner_column
       FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace
       LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class t ON t.oid = d.refobjid
       LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
      WHERE n.nspname = 'public' AND s.relkind = 'S' ORDER BY s.relname`,
  );
  const out: SequenceEntry[] = [];
  for (const r of rows) {
    if (r.owner_table && exceptOwnedBy.includes(r.owner_table)) continue;
    const [v] = (await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text AS last_value, is_called FROM ${qualified(r.name)}`)).rows;
    out.push({
      name: r.name,
      lastValue: v!.last_value,
      isCalled: v!.is_called,
      ownedBy: r.owner_table && r.owner_column ? { table: r.owner_table, column: r.owner_column } : null,
    });
  }
  return out;
}

async function dumpTable(client: Client, dir: string, table: string, log: (m: string) => void): Promise<TableEntry> {
  const file = tableFileName(table);
  const target = path.join(dir, file);
  const gzip = createGzip({ level: 6 });
  const hashing = new HashingStream();
  const written = pipeline(gzip, hashing, fs.createWriteStream(target, { mode: 0o640 }));
  // A failed write must surface here, not as an unhandled rejection while we keep fetching.
  let writeError: unknown;
  written.catch((err: unknown) => (writeError = err));
  let rows = 0;
  let rawBytes = 0;
  const tick = throttle(PROGRESS_MS);
  tick(true);
  // A cursor inside the snapshot transaction: rows stream in batches, the table never sits in memory.
  try {
    await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ONLY ${qualified(table)} t`);
    for (;;) {
      const { rows: batch } = await client.query<{ j: string }>(`FETCH FORWARD ${FETCH_ROWS} FROM backup_rows`);
      if (!batch.length) break;
      if (writeError) throw writeError;
      const text = batch.map((r) => r.j).join('\n') + '\n';
      rows += batch.length;
      rawBytes += Buffer.byteLength(text);
      if (!gzip.write(text)) await once(gzip, 'drain');
      if (tick()) log(`${table}: ${rows} rows so far (${megabytes(rawBytes)})…`);
    }
    await client.query('CLOSE backup_rows');
    gzip.end();
    await written;
  } catch (err) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw err;
  }
  await fsyncPath(target);
  const { bytes, sha256 } = hashing.digest();
  return { name: table, file, rows, bytes, rawBytes, sha256, columns: await columnsOf(client, table), primaryKey: await primaryKeyOf(client, table) };
}

/** Storage keys and checksums the database knows, to tell a missing or altered upload from an orphan. */
async function knownDocuments(client: Client): Promise<Map<string, string> | null> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'documents' AND column_name IN ('storage_key', 'sha256')`,
  );
  if (rows[0]!.n !== 2) return null;
  const docs = await client.query<{ storage_key: string; sha256: string }>(`SELECT storage_key, sha256 FROM public.documents`);
  return new Map(docs.rows.map((r) => [r.storage_key, r.sha256]));
}

/**
 * A logical backup: every table of the public schema (but the migrations bookkeeping) from one
 * consistent snapshot as gzip NDJSON, then the uploads folder, then the manifest. Everything is
 * written into a hidden temp folder that is renamed into place only when complete; on any failure
 * it is removed, so no folder that looks like a backup is ever half-written.
 */
export async function createBackup(opts: BackupOptions): Promise<BackupResult> {
  const log = opts.log;
  const started = Date.now();
  const createdAt = (opts.now ?? (() => new Date()))();
  const name = backupDirName(createdAt);
  const finalDir = path.join(opts.outDir, name);
  const tmpDir = path.join(opts.outDir, `.${name}.partial`);
  if (fs.existsSync(finalDir)) throw new Error(`${finalDir} already exists`);
  await fs.promises.mkdir(opts.outDir, { recursive: true });
  await fs.promises.rm(tmpDir, { recursive: true, force: true });
  await fs.promises.mkdir(path.join(tmpDir, TABLES_DIR), { recursive: true, mode: 0o750 });
  const removeTmp = () => fs.rmSync(tmpDir, { recursive: true, force: true });
  // Ctrl-C or a service stop must not leave a partial folder behind either.
  const onSignal = (signal: NodeJS.Signals) => {
    removeTmp();
    log(`interrupted by ${signal}: partial backup removed`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const client = new pg.Client({ connectionString: opts.databaseUrl, application_name: 'invest-portal backup' });
  try {
    await client.connect();
    const warnings: string[] = [];
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Text output of timestamps must not depend on the server's or this machine's time zone.
    await client.query(`SET LOCAL TIME ZONE 'UTC'`);
    await client.query(`SET LOCAL statement_timeout = 0`);
    const tables = (await tableNames(client)).filter((t) => t !== MIGRATIONS_TABLE);
    // As pg_dump does: a concurrent migration cannot alter or drop a table while we read it.
    if (tables.length) await client.query(`LOCK TABLE ${tables.map(qualified).join(', ')} IN ACCESS SHARE MODE`);
    const [info] = (
      await client.query<{ version: string; num: number; snapshot_at: Date; encoding: string }>(
        `SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num, now() AS snapshot_at,
                pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`,
      )
    ).rows;
    const hasMigrations = (await tableNames(client)).includes(MIGRATIONS_TABLE);
    const migrations: MigrationEntry[] = hasMigrations
      ? (await client.query<MigrationEntry>(`SELECT timestamp::text AS timestamp, name FROM public.${MIGRATIONS_TABLE} ORDER BY id`)).rows
      : [];
    if (!hasMigrations) warnings.push('the database has no migrations table: it was never migrated');
    log(`snapshot of PostgreSQL ${info!.version} at ${info!.snapshot_at.toISOString()}: ${tables.length} tables, ${migrations.length} migrations applied`);

    const entries: TableEntry[] = [];
    let totalRaw = 0;
    let totalGz = 0;
    for (const table of tables) {
      const entry = await dumpTable(client, tmpDir, table, log);
      entries.push(entry);
      totalRaw += entry.rawBytes;
      totalGz += entry.bytes;
      log(`${table}: ${entry.rows} rows, ${megabytes(entry.rawBytes)} (${megabytes(entry.bytes)} gzip)`);
    }
    const sequences = await sequencesOf(client, [MIGRATIONS_TABLE]);
    const known = await knownDocuments(client);
    await client.query('COMMIT');
    log(`database: ${entries.reduce((s, e) => s + e.rows, 0)} rows in ${entries.length} tables, ${megabytes(totalRaw)} (${megabytes(totalGz)} gzip); ${sequences.length} sequences`);

    // Documents after the snapshot: files are written before their row (MediaService), so every row
    // in the snapshot already had its file; a file uploaded since is an orphan, harmless.
    const { files, skipped } = await listFiles(opts.uploadsDir);
    for (const s of skipped) warnings.push(`uploads/${s} is not a regular file: not backed up`);
    const documents: DocumentEntry[] = [];
    let docBytes = 0;
    const tick = throttle(PROGRESS_MS);
    tick(true);
    log(`files: copying ${files.length} files from ${opts.uploadsDir}…`);
    for (const rel of files) {
      try {
        const copied = await copyVerified(path.join(opts.uploadsDir, rel), path.join(tmpDir, FILES_DIR, rel));
        documents.push({ path: rel, ...copied });
        docBytes += copied.bytes;
        const recorded = known?.get(rel);
        if (recorded && recorded !== copied.sha256) warnings.push(`uploads/${rel} does not match the sha256 recorded when it was uploaded`);
      } catch (err) {
        // Deleted between listing and copying (its row is gone too, or will be): nothing to keep.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') warnings.push(`uploads/${rel} disappeared during the backup`);
        else throw err;
      }
      if (tick()) log(`files: ${documents.length}/${files.length} (${megabytes(docBytes)})`);
    }
    const copiedPaths = new Set(documents.map((d) => d.path));
    for (const key of known?.keys() ?? []) if (!copiedPaths.has(key)) warnings.push(`document ${key} is in the database but its file is missing from ${opts.uploadsDir}`);
    log(`files: ${documents.length} files, ${megabytes(docBytes)}, sha256 verified`);

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      app: opts.app,
      database: { serverVersion: info!.version, serverVersionNum: info!.num, snapshotAt: info!.snapshot_at.toISOString(), encoding: info!.encoding },
      migrations,
      tables: entries,
      sequences,
      documents: { count: documents.length, bytes: docBytes, files: documents },
      warnings,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    for (const w of warnings) log(`warning: ${w}`);
    const manifestFile = path.join(tmpDir, MANIFEST_FILE);
    await fs.promises.writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n', { mode: 0o640 });
    await fsyncPath(manifestFile);
    await fs.promises.rename(tmpDir, finalDir);
    await fsyncPath(opts.outDir);
    return { dir: finalDir, manifest };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    removeTmp();
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await client.end().catch(() => undefined);
  }
}
