import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import { createDataSource } from '@invest-portal/backend/database/data-source.js';
import { MailWorker } from '@invest-portal/backend/mail/mail.worker.js';
import { SearchSyncWorker } from '@invest-portal/backend/search-sync/sync.worker.js';
import { DOC_TYPES, INDEXED_ITEMS } from '@invest-portal/backend/search-sync/sources.js';
import { documentId, INDEXES } from '@invest-portal/search';
import type { DataSource } from 'typeorm';
import { startTestServices, startTestStack, type TestServices, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// npm run backup / npm run restore as an operator runs them (child processes of the built CLI),
// from a portal with demo data and extra state into a second, empty pair of servers; then compared.
const ROOT = path.resolve(import.meta.dirname, '../..');
const BACKUP_CLI = path.join(ROOT, 'backend/dist/cli/backup.js');
const RESTORE_CLI = path.join(ROOT, 'backend/dist/cli/restore.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  // A clean environment: only what an operator would set, nothing inherited from this test run.
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs the restore CLI with this test's own connection to the target closed: the CLI refuses a
 * database other sessions are connected to (a running portal would write during the restore).
 */
async function restore(args: string[]): Promise<Run> {
  if (targetDb?.isInitialized) await targetDb.destroy();
  try {
    return await runCli(RESTORE_CLI, args, targetEnv);
  } finally {
    targetDb = createDataSource(target!.databaseUrl);
    await targetDb.initialize();
  }
}

let tmp: string;
let source: TestStack;
let target: TestServices | undefined;
let targetDb: DataSource | undefined;
let sourceEnv: Record<string, string>;
let targetEnv: Record<string, string>;
let backupRun: Run;
let backupDir: string;
let uploaded: { id: string; bytes: Buffer };
let unitOrder: { child: string; parent: string };
let migrationCount: number;

/**
 * Sync bookkeeping of the old search nodes: in the backup, deliberately not restored (the restore
 * rebuilds every index instead; docs/operations/backup.md).
 */
const NOT_RESTORED = ['search_node_cursors', 'search_outbox'];

/** What a restore must give back: every other table, row for row. */
async function restoredTablesOf(db: DataSource): Promise<Record<string, string[]>> {
  const all = await tablesOf(db);
  return Object.fromEntries(Object.entries(all).filter(([t]) => !NOT_RESTORED.includes(t)));
}

/** Every table of the public schema, each row as JSON text, ordered by primary key. */
async function tablesOf(db: DataSource): Promise<Record<string, string[]>> {
  const tables: { name: string }[] = await db.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const pk: { col: string }[] = await db.query(
      `SELECT a.attname AS col FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(n, pos)
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.pos`,
      [`public."${name}"`],
    );
    const order = pk.length ? pk.map((p) => `t."${p.col}"`).join(', ') : 'row_to_json(t)::text';
    const rows: { j: string }[] = await db.query(`SELECT row_to_json(t)::text AS j FROM public."${name}" t ORDER BY ${order}`);
    out[name] = rows.map((r) => r.j);
  }
  return out;
}

async function sequencesOf(db: DataSource): Promise<Record<string, string>> {
  const seqs: { name: string }[] = await db.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of seqs) {
    const [v] = await db.query(`SELECT last_value::text || ' ' || is_called::text AS v FROM public."${name}"`);
    out[name] = v.v;
  }
  return out;
}

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

async function indexedIds(services: { meiliUrl: string; meiliMasterKey: string }, uid: string): Promise<string[]> {
  const res = await fetch(`${services.meiliUrl}/indexes/${uid}/documents?fields=id&limit=100000`, {
    headers: { Authorization: `Bearer ${services.meiliMasterKey}` },
  });
  if (res.status === 404) return [];
  const body = (await res.json()) as { results: { id: string }[] };
  return body.results.map((d) => d.id).sort();
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-backup-test-'));
  fs.chmodSync(tmp, 0o755);
  sourceEnv = { UPLOAD_DIR: path.join(tmp, 'uploads-source'), DATA_DIR: path.join(tmp, 'data-source') };
  source = await startTestStack({
    demoData: true,
    // Quiet background work: the source must not change between the backup and the comparison.
    env: { ...sourceEnv, INQUIRY_JOB_INTERVAL_MS: '0', NEWS_INTERVAL_MS: '0', FRESHNESS_JOB_INTERVAL_MS: '0', MAIL_INTERVAL_MS: '600000' },
  });
  sourceEnv = {
    ...sourceEnv,
    DATABASE_URL: source.services.databaseUrl,
    MEILI_URL: source.services.meiliUrl,
    MEILI_MASTER_KEY: source.services.meiliMasterKey,
  };

  const officer = new Client(source.url);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  const [project] = await source.db.query(
    `SELECT p.id, p.slug FROM projects p JOIN departments d ON d.id = p.department_id WHERE d.code = 'STC' AND p.status = 'published' ORDER BY p.code LIMIT 1`,
  );
  // Every byte value, so a text-mode or truncating copy would show.
  const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(200_000), Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\n%%EOF\n')]);
  // Published items are edited only after unpublishing: attach to a draft.
  const [draft] = await source.db.query(`SELECT id FROM projects WHERE status = 'draft' ORDER BY code LIMIT 1`);
  const admin = new Client(source.url);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  const up = await admin.send('post', `/api/v1/workspace/projects/${draft.id}/documents`, undefined, {
    attach: { field: 'file', buffer: bytes, filename: 'hồ-sơ-dự-án.pdf' },
    fields: { titleVi: 'Hồ sơ đất đai – Trần Đề', titleEn: 'Land file' },
  });
  expect(up.status).toBe(201);
  uploaded = { id: up.body.id, bytes };

  const sent = await new Client(source.url).post('/api/v1/inquiries', {
    name: 'Nguyễn Thị Ánh Tuyết',
    organisation: 'Công ty TNHH Đầu tư Sóc Trăng',
    country: 'VN',
    email: 'anh.tuyet@example.vn',
    preferredLang: 'vi',
    message: 'Cho tôi hỏi về quỹ đất ở khu công nghiệp Trần Đề — "quotes", \\ and a tab\t.',
    consent: true,
    consentVersion: CONSENT.version,
    subject: { type: 'project', slug: project.slug },
  });
  expect(sent.status).toBe(201);
  const [inquiry] = await source.db.query(`SELECT id FROM inquiries WHERE reference = $1`, [sent.body.reference]);
  const replied = await officer.post(`/api/v1/workspace/inquiries/${inquiry.id}/reply`, { body: 'Chào chị, khu công nghiệp còn 40 ha đất sạch. Trân trọng.' });
  expect(replied.status).toBe(200);

  const [{ dept, unit }] = await source.db.query(`SELECT (SELECT id FROM departments ORDER BY code LIMIT 1) AS dept, (SELECT id FROM administrative_units ORDER BY code LIMIT 1) AS unit`);
  // As NULL as the schema allows: every optional column left out.
  await source.db.query(
    `INSERT INTO projects (code, slug, department_id, title, summary, description, unit_id, lat, lng)
     VALUES ('BK-NULL', 'bk-null', $1, '{"vi": "Dự án trống", "en": null}', '{"vi": ""}', '{"vi": ""}', $2, 9.6, 105.97)`,
    [dept, unit],
  );
  // Values that lose precision in a careless round trip: a bigint above 2^53, a long float, numeric;
  // and decomposed (NFD) Vietnamese, which the API would have normalised: it must come back as it was.
  await source.db.query(
    `INSERT INTO projects (code, slug, department_id, title, summary, description, unit_id, lat, lng, area_ha, capital_vnd, land_status)
     VALUES ('BK-EDGE', 'bk-edge', $1, $3, '{"vi": "Tóm tắt"}', '{"vi": "Mô tả\\ncó xuống dòng"}', $2, 9.603456789012345, 105.97123456789012, 12.30, 9007199254740993, '{"vi": null, "n": 12345678901234567890.5}')`,
    [dept, unit, JSON.stringify({ vi: 'Khu đô thị ven sông Hậu'.normalize('NFD'), en: 'Hau riverside township' })],
  );
  // A parent stored after its child: the self-reference of administrative_units cannot be
  // satisfied by table order alone (updating the parent moves its row behind the child's).
  const [parent] = await source.db.query(`INSERT INTO administrative_units (code, name_vi, kind) VALUES ('BK-P', 'Phường Cha', 'ward') RETURNING id`);
  const [child] = await source.db.query(`INSERT INTO administrative_units (code, name_vi, kind, parent_id) VALUES ('BK-C', 'Xã Con', 'commune', $1) RETURNING id`, [parent.id]);
  await source.db.query(`UPDATE administrative_units SET name_en = 'Parent ward' WHERE id = $1`, [parent.id]);
  unitOrder = { child: child.id, parent: parent.id };

  [{ n: migrationCount }] = await source.db.query(`SELECT count(*)::int AS n FROM migrations`);
  await source.app.get(MailWorker).drain();
  await source.app.get(SearchSyncWorker).drain(120_000);

  backupRun = await runCli(BACKUP_CLI, ['--out', path.join(tmp, 'backups')], sourceEnv);
  const made = fs.existsSync(path.join(tmp, 'backups')) ? fs.readdirSync(path.join(tmp, 'backups')) : [];
  backupDir = path.join(tmp, 'backups', made.find((n) => n.startsWith('invest-portal-backup-')) ?? 'none');

  target = await startTestServices();
  targetEnv = {
    DATABASE_URL: target.databaseUrl,
    MEILI_URL: target.meiliUrl,
    MEILI_MASTER_KEY: target.meiliMasterKey,
    UPLOAD_DIR: path.join(tmp, 'uploads-target'),
    DATA_DIR: path.join(tmp, 'data-target'),
  };
  targetDb = createDataSource(target.databaseUrl);
  await targetDb.initialize();
}, 240_000);

afterAll(async () => {
  await targetDb?.destroy().catch(() => undefined);
  await target?.stop();
  await source?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run backup', () => {
  it('writes one complete folder, reporting each table and the files as it goes', () => {
    expect(backupRun).toMatchObject({ code: 0, stderr: '' });
    expect(path.basename(backupDir)).toMatch(/^invest-portal-backup-\d{8}T\d{6}Z$/);
    // The temp folder was renamed into place: nothing else is left in the output folder.
    expect(fs.readdirSync(path.join(tmp, 'backups'))).toEqual([path.basename(backupDir)]);
    expect(backupRun.stdout).toMatch(new RegExp(`^\\[backup\\] snapshot of PostgreSQL 18\\.\\d+ at .*: \\d+ tables, ${migrationCount} migrations applied$`, 'm'));
    expect(backupRun.stdout).toMatch(/^\[backup\] projects: 4[0-9] rows, \d+\.\d\d MB \(\d+\.\d\d MB gzip\)$/m);
    expect(backupRun.stdout).toMatch(/^\[backup\] inquiry_replies: 1 rows, /m);
    expect(backupRun.stdout).toMatch(/^\[backup\] files: 1 files, 0\.19 MB, sha256 verified$/m);
    expect(backupRun.stdout).toMatch(/^\[backup\] done: .*invest-portal-backup-\d{8}T\d{6}Z \(\d+\.\d\d MB, \d+\.\d s\)$/m);
  });

  it('can be checked without connecting to anything (restore --check)', async () => {
    // No database or search settings at all: a check must not need them.
    const run = await runCli(RESTORE_CLI, [backupDir, '--check'], {});
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^\[restore\] backup verified: \d+ tables, \d+ rows, 1 documents$/m);
    expect(run.stdout).toMatch(/^\[restore\] check only: the backup is complete and this version can restore it$/m);
  });

  it('records migrations, row counts, checksums and the documents in its manifest', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    const migrations = await source.db.query(`SELECT timestamp::text AS timestamp, name FROM migrations ORDER BY id`);
    expect(manifest).toMatchObject({ format: 'invest-portal-backup', formatVersion: 1, app: { name: 'invest-portal' }, migrations, warnings: [] });
    expect(manifest.tables.map((t: { name: string }) => t.name)).not.toContain('migrations');
    const projects = manifest.tables.find((t: { name: string }) => t.name === 'projects');
    const [{ n }] = await source.db.query(`SELECT count(*)::int AS n FROM projects`);
    expect(projects.rows).toBe(n);
    const file = fs.readFileSync(path.join(backupDir, projects.file));
    expect(createHash('sha256').update(file).digest('hex')).toBe(projects.sha256);
    const [doc] = await source.db.query(`SELECT storage_key, sha256, size_bytes FROM documents WHERE id = $1`, [uploaded.id]);
    expect(manifest.documents.files).toEqual([{ path: doc.storage_key, bytes: doc.size_bytes, sha256: doc.sha256 }]);
    expect(manifest.sequences.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['audit_log_id_seq', 'inquiry_reference_seq']));
    // The dump keeps the parent unit behind its child: the restore has to cope with that order.
    const units = gunzipSync(fs.readFileSync(path.join(backupDir, 'tables/administrative_units.ndjson.gz'))).toString('utf8');
    expect(units.indexOf(unitOrder.child)).toBeLessThan(units.indexOf(`"id":"${unitOrder.parent}"`));
  });
});

describe('npm run restore into empty servers', () => {
  let restoreRun: Run;

  beforeAll(async () => {
    restoreRun = await restore([backupDir]);
  }, 240_000);

  it('verifies the backup, loads every table and rebuilds search, reporting progress', () => {
    expect(restoreRun).toMatchObject({ code: 0, stderr: '' });
    const out = restoreRun.stdout;
    expect(out).toMatch(/^\[restore\] backup verified: \d+ tables, \d+ rows, 1 documents$/m);
    expect(out).toMatch(/^\[restore\] files: 1 files restored, sha256 verified$/m);
    expect(out).toContain(`[restore] schema: applying the backup's ${migrationCount} migrations\n`);
    expect(out).toMatch(/^\[restore\] foreign keys checked at the end of the load \(self-references or cycles\): administrative_units\./m);
    expect(out).toMatch(/^\[restore\] projects: 4[0-9] rows restored$/m);
    expect(out).toMatch(/^\[restore\] search: projects: swapped in \d+ documents/m);
    expect(out).toMatch(/^\[restore\] search: in sync with the database$/m);
    expect(out).toMatch(/^\[restore\] done in \d+\.\d s/m);
  });

  it('gives back every table row for row and every sequence where it was', async () => {
    const [expected, actual] = [await restoredTablesOf(source.db), await restoredTablesOf(targetDb!)];
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(Object.keys(actual)).toEqual(expect.arrayContaining(['projects', 'inquiries', 'inquiry_replies', 'documents', 'migrations', 'users']));
    for (const table of Object.keys(expected)) expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
    expect(actual.inquiries!.some((r) => r.includes('khu công nghiệp Trần Đề — \\"quotes\\", \\\\ and a tab\\t.'))).toBe(true);
    expect(actual.projects!.some((r) => r.includes('Khu đô thị ven sông Hậu'.normalize('NFD')))).toBe(true);
    expect(actual.projects!.some((r) => r.includes('"capital_vnd":9007199254740993') && r.includes('"lat":9.603456789012345'))).toBe(true);
    expect(await sequencesOf(targetDb!)).toEqual(await sequencesOf(source.db));
    // The next inquiry reference continues the old series instead of repeating a number.
    const [{ next }] = await targetDb!.query(`SELECT nextval('inquiry_reference_seq')::text AS next`);
    const [{ last }] = await source.db.query(`SELECT last_value::text AS last FROM inquiry_reference_seq`);
    expect(BigInt(next)).toBe(BigInt(last) + 1n);
    await targetDb!.query(`SELECT setval('inquiry_reference_seq', $1::bigint, true)`, [last]);
  });

  it('leaves the old search deliveries behind: the outbox and node cursors start empty', async () => {
    const [{ n }] = await source.db.query(`SELECT count(*)::int AS n FROM search_outbox`);
    expect(n).toBeGreaterThan(0);
    expect(restoreRun.stdout).toContain(`[restore] search_outbox: ${n} rows not restored (`);
    for (const table of NOT_RESTORED) expect((await tablesOf(targetDb!))[table]).toEqual([]);
  });

  it('gives back the uploaded documents byte for byte', () => {
    const restored = fs.readFileSync(path.join(targetEnv.UPLOAD_DIR!, 'project', uploaded.id));
    expect(restored.equals(uploaded.bytes)).toBe(true);
    expect(filesOf(targetEnv.UPLOAD_DIR!)).toEqual(filesOf(sourceEnv.UPLOAD_DIR!));
  });

  it('fills the new search indexes with exactly the public items', async () => {
    for (const type of DOC_TYPES) {
      const rows: { id: string }[] = await source.db.query(`SELECT id FROM (${INDEXED_ITEMS[type]}) items`);
      const expected = rows.map((r) => documentId(type, r.id)).sort();
      expect({ type, ids: await indexedIds(target!, INDEXES[type].uid) }).toEqual({ type, ids: expected });
    }
    const [{ n }] = await source.db.query(`SELECT count(*)::int AS n FROM projects WHERE status = 'published'`);
    expect((await indexedIds(target!, INDEXES.project.uid)).length).toBeGreaterThanOrEqual(n);
  });
});

describe('npm run restore refuses', () => {
  /** The target as it is now; every refusal below must leave it exactly so. */
  async function targetState() {
    return { tables: await tablesOf(targetDb!), files: filesOf(targetEnv.UPLOAD_DIR!), projects: await indexedIds(target!, INDEXES.project.uid) };
  }

  function copyBackup(name: string): string {
    const copy = path.join(tmp, name);
    fs.cpSync(backupDir, copy, { recursive: true });
    return copy;
  }

  it('a database that holds data, without --force, and changes nothing', async () => {
    const before = await targetState();
    const run = await restore([backupDir]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^\[restore\] REFUSED: refusing to restore over existing data; nothing was changed:$/m);
    expect(run.stderr).toMatch(/the database holds \d+ rows in \d+ tables \(.*projects 4[0-9]/);
    expect(run.stderr).toMatch(/uploads-target holds 1 files/);
    expect(run.stderr).toMatch(/Run again with --force to replace it/);
    expect(await targetState()).toEqual(before);
  }, 120_000);

  it('a backup with an altered table file, before writing anything, even with --force', async () => {
    const before = await targetState();
    const copy = copyBackup('altered');
    const file = path.join(copy, 'tables/projects.ndjson.gz');
    const bytes = fs.readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    fs.writeFileSync(file, bytes);
    expect((await runCli(RESTORE_CLI, [copy, '--check'], {})).code).toBe(3);
    const run = await restore([copy, '--force']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/REFUSED: the backup in .*altered is damaged; nothing was restored:/);
    expect(run.stderr).toMatch(/tables\/projects\.ndjson\.gz fails its sha256 check/);
    expect(run.stdout).not.toMatch(/files: copying|schema:|rows restored/);
    expect(await targetState()).toEqual(before);
  }, 120_000);

  it('a backup with a missing document, before writing anything, even with --force', async () => {
    const before = await targetState();
    const copy = copyBackup('missing');
    fs.rmSync(path.join(copy, 'files/project', uploaded.id));
    const run = await restore([copy, '--force']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`files/project/${uploaded.id} is missing`);
    expect(await targetState()).toEqual(before);
  }, 120_000);

  it('a folder without a manifest (an interrupted backup leaves none)', async () => {
    const before = await targetState();
    const copy = copyBackup('no-manifest');
    fs.rmSync(path.join(copy, 'manifest.json'));
    const run = await restore([copy, '--force']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/REFUSED: .*no-manifest\/manifest\.json is missing: not a backup, or an interrupted one/);
    expect(await targetState()).toEqual(before);
  }, 120_000);
});

describe('npm run restore --force', () => {
  it('replaces rows and files that were added or removed since, and says what it replaces', async () => {
    await targetDb!.query(`INSERT INTO sectors (code, name_vi) VALUES ('BK-EXTRA', 'Ngành thêm')`);
    await targetDb!.query(`DELETE FROM inquiry_replies`);
    fs.writeFileSync(path.join(targetEnv.UPLOAD_DIR!, 'project', 'stray-file'), 'not in the backup');
    const run = await restore([backupDir, '--force']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^\[restore\] --force: replacing what is there now:$/m);
    expect(run.stdout).toMatch(/uploads-target holds 2 files/);
    expect(run.stdout).toMatch(/^\[restore\] dropped \d+ tables, /m);
    expect(run.stdout).toMatch(/^\[restore\] files: removed 1 files that are not in the backup$/m);
    expect(await restoredTablesOf(targetDb!)).toEqual(await restoredTablesOf(source.db));
    expect(filesOf(targetEnv.UPLOAD_DIR!)).toEqual(filesOf(sourceEnv.UPLOAD_DIR!));
  }, 240_000);
});
