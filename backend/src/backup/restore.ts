import fs from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source.js';
import { runMigrations } from '../database/migrate.js';
import { MIGRATIONS } from '../database/migrations/index.js';
import { columnsOf, MIGRATIONS_TABLE, tableNames } from './dump.js';
import { copyVerified, listFiles, sha256File, throttle } from './files.js';
import { FILES_DIR, MANIFEST_FILE, megabytes, validateManifest, type Manifest, type TableEntry } from './manifest.js';
import { batches, danglingReferencesSql, loadOrder, ndjsonLines, qualified, quoteIdent, type ForeignKey } from './plan.js';

/**
 * Kept in the backup (it is a complete snapshot) but not loaded. They record deliveries to the old
 * Meilisearch nodes, and the restore replaces every index by a rebuild from the restored rows,
 * which is what all those deliveries would have achieved. Loaded, the pending rows would only be
 * sent again, and their transaction ids, which belong to the old cluster, would be compared with
 * this cluster's by the cursors of further nodes (ADR 017): they would sit "pending" in the node
 * statistics until this cluster's transaction counter passed them, then be replayed.
 */
export const NOT_RESTORED: Record<string, string> = {
  search_outbox: 'deliveries to the old search nodes; the rebuild below replaces them',
  search_node_cursors: 'positions of the old search nodes in the outbox; every node gets a fresh copy',
};

const BATCH_ROWS = 1000;
const BATCH_CHARS = 4 * 1024 * 1024;
const PROGRESS_MS = 5000;

/** The backup cannot be used: nothing has been written anywhere when this is thrown. */
export class InvalidBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidBackupError';
  }
}

/** The target holds data (or is in use) and --force was not given: nothing has been written. */
export class TargetNotEmptyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetNotEmptyError';
  }
}

type Log = (message: string) => void;
type Queryable = Pick<pg.Client, 'query'>;

export function codeMigrationNames(): string[] {
  return MIGRATIONS.map((M) => new M().name as string);
}

/**
 * Reads and checks a backup folder before anything is touched: a manifest of a known format, and
 * every file it lists present with its size and sha256.
 */
export async function readBackup(dir: string, log: Log): Promise<Manifest> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new InvalidBackupError(`${dir} is not a folder`);
  const manifestFile = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(manifestFile)) {
    throw new InvalidBackupError(`${manifestFile} is missing: not a backup, or an interrupted one (a backup writes its manifest last)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.promises.readFile(manifestFile, 'utf8'));
  } catch (err) {
    throw new InvalidBackupError(`${manifestFile} is not valid JSON: ${(err as Error).message}`);
  }
  const problems = validateManifest(parsed);
  if (problems.length) throw new InvalidBackupError(`${manifestFile} is not usable:\n  - ${problems.join('\n  - ')}`);
  const manifest = parsed as Manifest;
  const listed = [
    ...manifest.tables.map((t) => ({ rel: t.file, bytes: t.bytes, sha256: t.sha256 })),
    ...manifest.documents.files.map((f) => ({ rel: `${FILES_DIR}/${f.path}`, bytes: f.bytes, sha256: f.sha256 })),
  ];
  const total = listed.reduce((s, f) => s + f.bytes, 0);
  log(`verifying ${listed.length} files (${megabytes(total)}) of the backup made ${manifest.createdAt} by ${manifest.app.name} ${manifest.app.version}${manifest.app.gitCommit ? ` (${manifest.app.gitCommit.slice(0, 12)})` : ''}…`);
  const bad: string[] = [];
  const tick = throttle(PROGRESS_MS);
  tick(true);
  let checked = 0;
  let checkedBytes = 0;
  for (const f of listed) {
    const file = path.join(dir, f.rel);
    if (!fs.existsSync(file)) bad.push(`${f.rel} is missing`);
    else {
      const actual = await sha256File(file);
      if (actual.bytes !== f.bytes) bad.push(`${f.rel} has ${actual.bytes} bytes, the manifest says ${f.bytes}`);
      else if (actual.sha256 !== f.sha256) bad.push(`${f.rel} fails its sha256 check (${actual.sha256}, expected ${f.sha256})`);
    }
    checked++;
    checkedBytes += f.bytes;
    if (tick()) log(`verified ${checked}/${listed.length} files (${megabytes(checkedBytes)})`);
  }
  if (bad.length) {
    const shown = bad.slice(0, 20);
    throw new InvalidBackupError(`the backup in ${dir} is damaged; nothing was restored:\n  - ${shown.join('\n  - ')}${bad.length > shown.length ? `\n  - … and ${bad.length - shown.length} more` : ''}`);
  }
  log(`backup verified: ${manifest.tables.length} tables, ${manifest.tables.reduce((s, t) => s + t.rows, 0)} rows, ${manifest.documents.count} documents`);
  return manifest;
}

export interface TargetState {
  /** Tables that hold rows (the migrations bookkeeping does not count). */
  tablesWithRows: { name: string; rows: number }[];
  /** Any relation in the public schema: it is dropped and rebuilt by the migrations. */
  hasSchema: boolean;
  /** Other client sessions on the database: a running portal would write while we restore. */
  otherSessions: number;
  files: number;
}

export async function inspectTarget(client: Queryable, uploadsDir: string): Promise<TargetState> {
  const tables = await tableNames(client);
  const tablesWithRows: TargetState['tablesWithRows'] = [];
  for (const t of tables.filter((x) => x !== MIGRATIONS_TABLE)) {
    const [{ rows }] = (await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM ${qualified(t)}`)).rows as [{ rows: number }];
    if (rows > 0) tablesWithRows.push({ name: t, rows });
  }
  const [{ n: relations }] = (
    await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`,
    )
  ).rows as [{ n: number }];
  const [{ n: otherSessions }] = (
    await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    )
  ).rows as [{ n: number }];
  return { tablesWithRows, hasSchema: relations > 0, otherSessions, files: (await listFiles(uploadsDir)).files.length };
}

/** What --force is about to replace, or why the restore is refused without it. */
export function describeTarget(state: TargetState, uploadsDir: string): string[] {
  const lines: string[] = [];
  if (state.tablesWithRows.length) {
    const total = state.tablesWithRows.reduce((s, t) => s + t.rows, 0);
    lines.push(`the database holds ${total} rows in ${state.tablesWithRows.length} tables (${state.tablesWithRows.map((t) => `${t.name} ${t.rows}`).join(', ')})`);
  }
  if (state.files) lines.push(`${uploadsDir} holds ${state.files} files`);
  if (state.otherSessions) lines.push(`${state.otherSessions} other sessions are connected to the database (is the portal running? stop it first)`);
  return lines;
}

/**
 * Drops what the migrations create (tables, views, sequences, types, functions of the public
 * schema, but not those of extensions), so the schema can be rebuilt at the backup's level even
 * when the database was at another one.
 */
export async function dropSchemaObjects(client: Queryable, log: Log): Promise<void> {
  const notFromExtension = (cls: string, oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${cls}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
  const rel = async (kinds: string) =>
    (
      await client.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN (${kinds}) AND ${notFromExtension('pg_class', 'c.oid')} ORDER BY 1`,
      )
    ).rows.map((r) => qualified(r.name));
  await client.query('BEGIN');
  try {
    const views = await rel(`'v'`);
    if (views.length) await client.query(`DROP VIEW IF EXISTS ${views.join(', ')} CASCADE`);
    const matviews = await rel(`'m'`);
    if (matviews.length) await client.query(`DROP MATERIALIZED VIEW IF EXISTS ${matviews.join(', ')} CASCADE`);
    const tables = await rel(`'r', 'p'`);
    if (tables.length) await client.query(`DROP TABLE IF EXISTS ${tables.join(', ')} CASCADE`);
    const foreign = await rel(`'f'`);
    if (foreign.length) await client.query(`DROP FOREIGN TABLE IF EXISTS ${foreign.join(', ')} CASCADE`);
    const sequences = await rel(`'S'`);
    if (sequences.length) await client.query(`DROP SEQUENCE IF EXISTS ${sequences.join(', ')} CASCADE`);
    const types = (
      await client.query<{ name: string }>(
        `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'r') AND ${notFromExtension('pg_type', 't.oid')}`,
      )
    ).rows.map((r) => qualified(r.name));
    if (types.length) await client.query(`DROP TYPE IF EXISTS ${types.join(', ')} CASCADE`);
    const routines = (
      await client.query<{ sig: string }>(
        `SELECT p.oid::regprocedure::text AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND ${notFromExtension('pg_proc', 'p.oid')}`,
      )
    ).rows.map((r) => r.sig);
    for (const r of routines) await client.query(`DROP ROUTINE IF EXISTS ${r} CASCADE`);
    await client.query('COMMIT');
    log(`dropped ${tables.length} tables, ${views.length + matviews.length} views, ${sequences.length} sequences, ${types.length} types and ${routines.length} routines`);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Applies the first `count` migrations of this code (the backup's level), or all of them. */
export async function migrate(databaseUrl: string, count: number | 'all', log: Log): Promise<string[]> {
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl), migrations: count === 'all' ? MIGRATIONS : MIGRATIONS.slice(0, count) });
  await ds.initialize();
  try {
    return (await runMigrations(ds, log)).applied;
  } finally {
    await ds.destroy();
  }
}

async function foreignKeys(client: Queryable): Promise<ForeignKey[]> {
  const { rows } = await client.query<{ name: string; table: string; ref_table: string; columns: string[]; ref_columns: string[]; deferrable: boolean }>(
    `SELECT con.conname AS name, cl.relname AS table, rcl.relname AS ref_table, con.condeferrable AS deferrable,
            array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
            array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS ref_columns
       FROM pg_constraint con
       JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
       JOIN pg_class rcl ON rcl.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = rcl.relnamespace
      WHERE con.contype = 'f' AND n.nspname = 'public' AND rn.nspname = 'public' ORDER BY cl.relname, con.conname`,
  );
  return rows.map((r) => ({ name: r.name, table: r.table, refTable: r.ref_table, columns: r.columns, refColumns: r.ref_columns, deferrable: r.deferrable }));
}

async function userTriggers(client: Queryable, tables: string[]): Promise<{ table: string; name: string }[]> {
  const { rows } = await client.query<{ table: string; name: string }>(
    `SELECT c.relname AS table, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND n.nspname = 'public' AND c.relname = ANY($1) ORDER BY 1, 2`,
    [tables],
  );
  return rows;
}

/** The schema must be exactly the one the rows were dumped from: same columns, same types. */
async function checkColumns(client: Queryable, tables: TableEntry[]): Promise<void> {
  const problems: string[] = [];
  const present = new Set(await tableNames(client));
  for (const t of tables) {
    if (!present.has(t.name)) {
      problems.push(`table ${t.name} of the backup does not exist after its migrations ran`);
      continue;
    }
    const here = (await columnsOf(client, t.name)).map((c) => `${c.name} ${c.type}`).join(', ');
    const there = t.columns.map((c) => `${c.name} ${c.type}`).join(', ');
    if (here !== there) problems.push(`table ${t.name}: the backup has (${there}) but the migrations built (${here})`);
  }
  if (problems.length) {
    throw new Error(`the schema rebuilt at the backup's migration level differs from the backup's (was the source schema changed by hand?):\n  - ${problems.join('\n  - ')}`);
  }
}

export interface LoadReport {
  rows: number;
  /** How self-references and cycles were handled: `deferred` constraints, or `replica` (FK triggers off, checked after). */
  foreignKeyMode: 'deferred' | 'replica' | 'ordered';
  triggersDisabled: number;
  sequences: number;
}

/**
 * Loads every table in one transaction (all or nothing): referenced tables first; keys that an
 * order cannot satisfy (self-references, cycles) are made DEFERRABLE for the transaction and
 * checked at its end; when the role does not own the tables, `session_replication_role = replica`
 * is tried instead (superusers) and every key is checked by query afterwards. Sequences are set to
 * the backup's values, never below the highest restored key.
 */
export async function loadData(client: Queryable, dir: string, manifest: Manifest, log: Log): Promise<LoadReport> {
  await checkColumns(client, manifest.tables);
  for (const t of manifest.tables.filter((x) => NOT_RESTORED[x.name])) log(`${t.name}: ${t.rows} rows not restored (${NOT_RESTORED[t.name]})`);
  const restored = manifest.tables.filter((t) => !NOT_RESTORED[t.name]);
  const names = restored.map((t) => t.name);
  const byName = new Map(restored.map((t) => [t.name, t]));
  const keys = await foreignKeys(client);
  const { order, deferred } = loadOrder(names, keys);
  const toAlter = deferred.filter((k) => !k.deferrable);
  const targetTables = (await tableNames(client)).filter((t) => t !== MIGRATIONS_TABLE);
  const extra = targetTables.filter((t) => !byName.has(t) && !NOT_RESTORED[t]);
  if (extra.length) log(`tables not in the backup stay empty: ${extra.join(', ')}`);
  let mode: LoadReport['foreignKeyMode'] = toAlter.length || deferred.length ? 'deferred' : 'ordered';
  let triggersDisabled = 0;
  let total = 0;
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL statement_timeout = 0`);
    // Whatever a migration may have seeded goes: the backup is the whole truth.
    if (targetTables.length) await client.query(`TRUNCATE ${targetTables.map(qualified).join(', ')}`);
    if (toAlter.length) {
      await client.query('SAVEPOINT fk');
      try {
        for (const k of toAlter) await client.query(`ALTER TABLE ${qualified(k.table)} ALTER CONSTRAINT ${quoteIdent(k.name)} DEFERRABLE INITIALLY DEFERRED`);
        log(`foreign keys checked at the end of the load (self-references or cycles): ${toAlter.map((k) => `${k.table}.${k.name}`).join(', ')}`);
      } catch (err) {
        await client.query('ROLLBACK TO SAVEPOINT fk');
        try {
          await client.query(`SET LOCAL session_replication_role = replica`);
          mode = 'replica';
          log(`cannot make foreign keys deferrable (${(err as Error).message}): loading with session_replication_role = replica, every key is checked afterwards`);
        } catch (replicaErr) {
          throw new Error(
            `tables with self-references or cycles (${toAlter.map((k) => k.table).join(', ')}) need either ownership of the tables ` +
              `(to make their foreign keys deferrable: ${(err as Error).message}) or the right to set session_replication_role ` +
              `(${(replicaErr as Error).message}); restore as the role that runs the migrations`,
          );
        }
      }
    }
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    // Our schema has no triggers today (search and mail wake-ups are NOTIFYs sent by the code, not
    // triggers); should one appear, restored rows must not fire it as if they were new writes.
    const triggers = mode === 'replica' ? [] : await userTriggers(client, names);
    for (const table of [...new Set(triggers.map((t) => t.table))]) {
      await client.query(`ALTER TABLE ${qualified(table)} DISABLE TRIGGER USER`);
      triggersDisabled += triggers.filter((t) => t.table === table).length;
    }
    if (triggersDisabled) log(`${triggersDisabled} triggers disabled during the load`);

    for (const table of order) {
      const entry = byName.get(table)!;
      const columns = (await columnsOf(client, table)).filter((c) => !c.generated).map((c) => quoteIdent(c.name));
      const insert =
        `INSERT INTO ${qualified(table)} (${columns.join(', ')}) OVERRIDING SYSTEM VALUE ` +
        `SELECT ${columns.join(', ')} FROM json_populate_recordset(NULL::${qualified(table)}, $1::json)`;
      let rows = 0;
      const tick = throttle(PROGRESS_MS);
      tick(true);
      const gunzip = fs.createReadStream(path.join(dir, entry.file)).pipe(createGunzip());
      for await (const batch of batches(ndjsonLines(gunzip), BATCH_ROWS, BATCH_CHARS)) {
        await client.query(insert, [`[${batch.join(',')}]`]);
        rows += batch.length;
        if (tick()) log(`${table}: ${rows}/${entry.rows} rows…`);
      }
      if (rows !== entry.rows) throw new Error(`${entry.file} holds ${rows} rows but the manifest says ${entry.rows}`);
      total += rows;
      log(`${table}: ${rows} rows restored`);
    }

    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    if (mode === 'replica') {
      for (const k of keys.filter((x) => byName.has(x.table) && byName.has(x.refTable))) {
        const [{ n }] = (await client.query<{ n: number }>(danglingReferencesSql(k))).rows as [{ n: number }];
        if (n) throw new Error(`${n} rows of ${k.table} point to missing rows of ${k.refTable} (foreign key ${k.name})`);
      }
      await client.query(`SET LOCAL session_replication_role = DEFAULT`);
    } else {
      for (const k of toAlter) await client.query(`ALTER TABLE ${qualified(k.table)} ALTER CONSTRAINT ${quoteIdent(k.name)} NOT DEFERRABLE`);
    }
    for (const table of [...new Set(triggers.map((t) => t.table))]) await client.query(`ALTER TABLE ${qualified(table)} ENABLE TRIGGER USER`);

    let sequences = 0;
    for (const s of manifest.sequences) {
      const exists = (await client.query<{ r: string | null }>(`SELECT to_regclass($1) AS r`, [qualified(s.name)])).rows[0]!.r;
      if (!exists) {
        log(`sequence ${s.name} of the backup does not exist here: skipped`);
        continue;
      }
      let value = BigInt(s.lastValue);
      let isCalled = s.isCalled;
      if (s.ownedBy && byName.has(s.ownedBy.table)) {
        const max = (await client.query<{ m: string | null }>(`SELECT max(${quoteIdent(s.ownedBy.column)})::text AS m FROM ${qualified(s.ownedBy.table)}`)).rows[0]!.m;
        // A key above the sequence would collide with the next insert.
        if (max !== null && /^-?\d+$/.test(max) && BigInt(max) > value - (isCalled ? 0n : 1n)) {
          value = BigInt(max);
          isCalled = true;
        }
      }
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [qualified(s.name), value.toString(), isCalled]);
      sequences++;
    }
    log(`${sequences} sequences set`);
    await client.query('COMMIT');
    return { rows: total, foreignKeyMode: mode, triggersDisabled, sequences };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Copies the backup's documents into the uploads folder, each verified against the manifest. */
export async function restoreDocuments(dir: string, manifest: Manifest, uploadsDir: string, log: Log): Promise<void> {
  await fs.promises.mkdir(uploadsDir, { recursive: true });
  const tick = throttle(PROGRESS_MS);
  tick(true);
  let done = 0;
  let bytes = 0;
  log(`files: copying ${manifest.documents.count} files (${megabytes(manifest.documents.bytes)}) to ${uploadsDir}…`);
  for (const f of manifest.documents.files) {
    await copyVerified(path.join(dir, FILES_DIR, f.path), path.join(uploadsDir, f.path), { bytes: f.bytes, sha256: f.sha256 });
    done++;
    bytes += f.bytes;
    if (tick()) log(`files: ${done}/${manifest.documents.count} (${megabytes(bytes)})`);
  }
  log(`files: ${done} files restored, sha256 verified`);
}

/** With --force: files of the replaced instance that the backup does not have are removed. */
export async function removeOtherFiles(manifest: Manifest, uploadsDir: string, log: Log): Promise<void> {
  const keep = new Set(manifest.documents.files.map((f) => f.path));
  const { files } = await listFiles(uploadsDir);
  const stale = files.filter((f) => !keep.has(f));
  for (const f of stale) await fs.promises.rm(path.join(uploadsDir, f), { force: true });
  if (stale.length) log(`files: removed ${stale.length} files that are not in the backup`);
}
