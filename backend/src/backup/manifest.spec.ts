import { BACKUP_FORMAT, backupDirName, backupsToPrune, isSafeRelativePath, tableFileName, validateManifest, type Manifest } from './manifest.js';

const sha = (c: string) => c.repeat(64);

function manifest(over: Partial<Manifest> = {}): Manifest {
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    createdAt: '2026-11-26T18:30:05.000Z',
    app: { name: 'invest-portal', version: '0.1.0', gitCommit: null, node: 'v20.20.2' },
    database: { serverVersion: '18.4', serverVersionNum: 180004, snapshotAt: '2026-11-26T18:30:05.000Z', encoding: 'UTF8' },
    migrations: [{ timestamp: '1795680000000', name: 'Departments1795680000000' }],
    tables: [
      {
        name: 'departments',
        file: 'tables/departments.ndjson.gz',
        rows: 8,
        bytes: 900,
        rawBytes: 4000,
        sha256: sha('a'),
        columns: [{ name: 'id', type: 'uuid', generated: false }],
        primaryKey: ['id'],
      },
    ],
    sequences: [{ name: 'audit_log_id_seq', lastValue: '9007199254740993', isCalled: true, ownedBy: { table: 'audit_log', column: 'id' } }],
    documents: { count: 1, bytes: 15, files: [{ path: 'project/0b5c', bytes: 15, sha256: sha('b') }] },
    warnings: [],
    seconds: 1.2,
    ...over,
  };
}

describe('backup folder names', () => {
  it('sort by time and carry no characters a file system may refuse', () => {
    expect(backupDirName(new Date('2026-11-26T18:30:05.123Z'))).toBe('invest-portal-backup-20261126T183005Z');
    const names = ['2026-01-02T00:00:00Z', '2025-12-31T23:59:59Z', '2026-01-01T12:00:00Z'].map((d) => backupDirName(new Date(d)));
    expect([...names].sort()).toEqual([names[1], names[2], names[0]]);
  });

  it('keep --keep n newest complete backups and ignore everything else in the folder', () => {
    const names = [
      'invest-portal-backup-20261101T000000Z',
      'invest-portal-backup-20261103T000000Z',
      'invest-portal-backup-20261102T000000Z',
      '.invest-portal-backup-20261104T000000Z.partial',
      'notes.txt',
      'invest-portal-backup-latest',
    ];
    expect(backupsToPrune(names, 2)).toEqual(['invest-portal-backup-20261101T000000Z']);
    expect(backupsToPrune(names, 3)).toEqual([]);
    expect(backupsToPrune(names, 1)).toEqual(['invest-portal-backup-20261101T000000Z', 'invest-portal-backup-20261102T000000Z']);
  });
});

describe('paths from a manifest or the uploads folder', () => {
  it.each(['project/0b5c', 'a/b/c.pdf', 'tables/x.ndjson.gz'])('%s stays inside its folder', (p) => {
    expect(isSafeRelativePath(p)).toBe(true);
  });

  it.each(['', '/etc/passwd', '../x', 'a/../../x', 'a//b', './a', 'a\\b', 'a/\0'])('%j is refused', (p) => {
    expect(isSafeRelativePath(p)).toBe(false);
  });

  it('table files are named from plain identifiers only', () => {
    expect(tableFileName('inquiry_replies')).toBe('tables/inquiry_replies.ndjson.gz');
    expect(() => tableFileName('../x')).toThrow(/cannot be used/);
  });
});

describe('validateManifest', () => {
  it('accepts a complete manifest', () => {
    expect(validateManifest(JSON.parse(JSON.stringify(manifest())))).toEqual([]);
  });

  it('refuses what is not a manifest of ours', () => {
    expect(validateManifest([])).toEqual(['manifest.json is not a JSON object']);
    expect(validateManifest({ format: 'pg_dump' })[0]).toMatch(/not an Invest Portal backup/);
  });

  it('refuses a format newer than this code reads', () => {
    expect(validateManifest(manifest({ formatVersion: 2 })).join()).toMatch(/newer than this code reads/);
  });

  it('names each broken part', () => {
    const m = manifest();
    m.tables.push({ ...m.tables[0]!, file: '../../etc/passwd', sha256: 'nope', rows: -1 });
    m.documents.files.push({ path: '/abs', bytes: 1, sha256: sha('c') });
    m.sequences[0]!.lastValue = '12.5';
    const problems = validateManifest(m);
    expect(problems).toEqual(
      expect.arrayContaining([
        'tables[1] (departments): listed twice',
        'tables[1] (departments): bad file path',
        'tables[1] (departments): bad row or byte count',
        'tables[1] (departments): bad sha256',
        'documents.count is 1 but 2 files are listed',
        'documents.bytes is 15 but the listed files add up to 16',
        'documents.files[1]: unsafe path "/abs"',
        'sequences[0] (audit_log_id_seq): bad lastValue',
      ]),
    );
  });

  it('needs to know which portal and which PostgreSQL made it', () => {
    const { app: _app, database: _db, ...rest } = manifest();
    expect(validateManifest(rest)).toEqual(['app (name and version of the portal that made it) is missing', 'database (PostgreSQL version) is missing']);
  });

  it('refuses a migration listed twice', () => {
    const m = manifest({ migrations: [{ timestamp: '1', name: 'A1' }, { timestamp: '1', name: 'A1' }] });
    expect(validateManifest(m)).toEqual(['migrations lists a migration twice']);
  });
});
