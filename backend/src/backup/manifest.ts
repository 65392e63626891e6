import path from 'node:path';

/**
 * What a backup folder holds, described by `manifest.json`. The manifest is written last (and the
 * folder renamed into place after it), so a folder with a manifest is a complete backup.
 */
export const BACKUP_FORMAT = 'invest-portal-backup';
/** Bumped when a restore of this code could no longer read an older folder the same way. */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_PREFIX = 'invest-portal-backup-';
export const MANIFEST_FILE = 'manifest.json';
export const TABLES_DIR = 'tables';
export const FILES_DIR = 'files';

export interface ColumnInfo {
  name: string;
  /** format_type() of the column, e.g. `character varying(32)[]`. */
  type: string;
  /** Generated columns are in the dump (row_to_json) but never inserted: PostgreSQL computes them. */
  generated: boolean;
}

export interface TableEntry {
  name: string;
  /** Relative to the backup folder: `tables/<name>.ndjson.gz`. */
  file: string;
  rows: number;
  /** Size of the gzip file. */
  bytes: number;
  /** Size of the NDJSON before compression. */
  rawBytes: number;
  sha256: string;
  columns: ColumnInfo[];
  primaryKey: string[];
}

export interface SequenceEntry {
  name: string;
  /** A string: bigint values beyond 2^53 must survive JSON. */
  lastValue: string;
  isCalled: boolean;
  /** Serial and identity sequences belong to a column; standalone ones (inquiry references) do not. */
  ownedBy: { table: string; column: string } | null;
}

export interface MigrationEntry {
  timestamp: string;
  name: string;
}

export interface DocumentEntry {
  /** Relative to the uploads folder, with `/` separators; stored under `files/`. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  app: { name: string; version: string; gitCommit: string | null; node: string };
  database: { serverVersion: string; serverVersionNum: number; snapshotAt: string; encoding: string };
  migrations: MigrationEntry[];
  tables: TableEntry[];
  sequences: SequenceEntry[];
  documents: { count: number; bytes: number; files: DocumentEntry[] };
  /** Things worth a look that did not make the backup unusable (e.g. a document row whose file is gone). */
  warnings: string[];
  /** Seconds the backup took, for the operations log and the docs. */
  seconds: number;
}

/** `invest-portal-backup-20261126T183005Z`: sorts by time, no colons (portable to every file system). */
export function backupDirName(at: Date): string {
  return BACKUP_PREFIX + at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** File of a table in the backup. Table names come from our migrations, but never trust a name as a path. */
export function tableFileName(table: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(table)) throw new Error(`table name "${table}" cannot be used as a file name`);
  return `${TABLES_DIR}/${table}.ndjson.gz`;
}

/**
 * A path read from a manifest (or found in the uploads folder) that stays inside its folder:
 * relative, `/`-separated, no `..`, no empty or hidden-trick segments.
 */
export function isSafeRelativePath(p: string): boolean {
  if (!p || p.length > 1024 || p.includes('\\') || p.includes('\0')) return false;
  if (path.posix.isAbsolute(p)) return false;
  const parts = p.split('/');
  return parts.every((s) => s !== '' && s !== '.' && s !== '..');
}

const SHA256 = /^[0-9a-f]{64}$/;
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Structural check of a parsed manifest; returns every problem found (empty when usable). The
 * checksums of the files it lists are checked separately, against the disk.
 */
export function validateManifest(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['manifest.json is not a JSON object'];
  const m = value as Partial<Manifest>;
  if (m.format !== BACKUP_FORMAT) return [`manifest.json is not an Invest Portal backup (format "${String(m.format)}")`];
  if (!isCount(m.formatVersion) || m.formatVersion < 1) problems.push('formatVersion is missing');
  else if (m.formatVersion > BACKUP_FORMAT_VERSION) {
    problems.push(`backup format ${m.formatVersion} is newer than this code reads (${BACKUP_FORMAT_VERSION}): restore with the version that made it`);
  }
  if (typeof m.createdAt !== 'string' || Number.isNaN(Date.parse(m.createdAt))) problems.push('createdAt is missing or not a date');
  if (typeof m.app?.name !== 'string' || typeof m.app?.version !== 'string') problems.push('app (name and version of the portal that made it) is missing');
  if (typeof m.database?.serverVersion !== 'string' || !isCount(m.database?.serverVersionNum)) problems.push('database (PostgreSQL version) is missing');
  if (!Array.isArray(m.migrations)) problems.push('migrations is missing');
  else {
    m.migrations.forEach((x, i) => {
      if (typeof x?.name !== 'string' || !x.name) problems.push(`migrations[${i}] has no name`);
    });
    const names = m.migrations.map((x) => x?.name);
    if (new Set(names).size !== names.length) problems.push('migrations lists a migration twice');
  }
  if (!Array.isArray(m.tables)) problems.push('tables is missing');
  else {
    const seen = new Set<string>();
    m.tables.forEach((t, i) => {
      const where = `tables[${i}] (${String(t?.name)})`;
      if (typeof t?.name !== 'string' || !/^[A-Za-z0-9_]+$/.test(t.name)) problems.push(`${where}: bad table name`);
      else if (seen.has(t.name)) problems.push(`${where}: listed twice`);
      else seen.add(t.name);
      if (typeof t?.file !== 'string' || !isSafeRelativePath(t.file) || !t.file.startsWith(`${TABLES_DIR}/`)) problems.push(`${where}: bad file path`);
      if (!isCount(t?.rows) || !isCount(t?.bytes) || !isCount(t?.rawBytes)) problems.push(`${where}: bad row or byte count`);
      if (typeof t?.sha256 !== 'string' || !SHA256.test(t.sha256)) problems.push(`${where}: bad sha256`);
      if (!Array.isArray(t?.columns) || !t.columns.length || t.columns.some((c) => typeof c?.name !== 'string' || typeof c?.type !== 'string')) {
        problems.push(`${where}: bad column list`);
      }
      if (!Array.isArray(t?.primaryKey)) problems.push(`${where}: primaryKey is missing`);
    });
  }
  if (!Array.isArray(m.sequences)) problems.push('sequences is missing');
  else {
    m.sequences.forEach((s, i) => {
      if (typeof s?.name !== 'string' || !/^[A-Za-z0-9_]+$/.test(s.name)) problems.push(`sequences[${i}]: bad name`);
      if (typeof s?.lastValue !== 'string' || !/^-?\d+$/.test(s.lastValue)) problems.push(`sequences[${i}] (${String(s?.name)}): bad lastValue`);
      if (typeof s?.isCalled !== 'boolean') problems.push(`sequences[${i}] (${String(s?.name)}): bad isCalled`);
    });
  }
  const d = m.documents;
  if (!d || !Array.isArray(d.files) || !isCount(d.count) || !isCount(d.bytes)) problems.push('documents is missing');
  else {
    if (d.count !== d.files.length) problems.push(`documents.count is ${d.count} but ${d.files.length} files are listed`);
    const total = d.files.reduce((s, f) => s + (isCount(f?.bytes) ? f.bytes : 0), 0);
    if (total !== d.bytes) problems.push(`documents.bytes is ${d.bytes} but the listed files add up to ${total}`);
    const seen = new Set<string>();
    d.files.forEach((f, i) => {
      if (typeof f?.path !== 'string' || !isSafeRelativePath(f.path)) problems.push(`documents.files[${i}]: unsafe path ${JSON.stringify(f?.path)}`);
      else if (seen.has(f.path)) problems.push(`documents.files[${i}]: ${f.path} listed twice`);
      else seen.add(f.path);
      if (!isCount(f?.bytes)) problems.push(`documents.files[${i}]: bad size`);
      if (typeof f?.sha256 !== 'string' || !SHA256.test(f.sha256)) problems.push(`documents.files[${i}]: bad sha256`);
    });
  }
  return problems;
}

/** Complete backups in a folder that `--keep n` removes: all but the newest n (names sort by time). */
export function backupsToPrune(names: string[], keep: number): string[] {
  const backups = names.filter((n) => n.startsWith(BACKUP_PREFIX) && /^invest-portal-backup-\d{8}T\d{6}Z$/.test(n)).sort();
  return keep >= backups.length ? [] : backups.slice(0, backups.length - keep);
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
