import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appInfo } from '../backup/app-info.js';
import { createBackup } from '../backup/dump.js';
import { backupsToPrune, megabytes } from '../backup/manifest.js';
import { loadConfigFromEnvironment } from '../config/config.js';
import { connect, type Connected } from './connect.js';

const USAGE = `usage: npm run backup [-- --out <dir>] [--keep <n>]

Writes <dir>/invest-portal-backup-<timestamp>/ (default <dir>: <DATA_DIR>/backups): every table
from one consistent snapshot, the uploaded documents and a manifest with checksums.
  --out <dir>   where to put the backup folder
  --keep <n>    afterwards, delete all but the newest n backups in <dir>
See docs/operations/backup.md.
`;

const say = (m: string) => process.stdout.write(`[backup] ${m}\n`);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function parseArgs(argv: string[]): { out?: string; keep?: number } {
  const args: { out?: string; keep?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (a === '--out' && argv[i + 1]) args.out = argv[++i];
    else if (a === '--keep' && argv[i + 1] && /^[1-9]\d*$/.test(argv[i + 1]!)) args.keep = Number(argv[++i]);
    else {
      process.stderr.write(`unknown or incomplete argument: ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
let connected: Connected | undefined;
let code = 0;
try {
  const config = loadConfigFromEnvironment();
  const outDir = path.resolve(args.out ?? path.join(config.dataDir, 'backups'));
  // Only PostgreSQL is needed: an external one is used as is, else the embedded one (running or not).
  connected = config.databaseUrl ? { config, stop: async () => undefined } : await connect(config, say);
  const { dir, manifest } = await createBackup({
    databaseUrl: connected.config.databaseUrl!,
    uploadsDir: config.uploads.dir,
    outDir,
    app: appInfo(ROOT),
    log: say,
  });
  const size = manifest.tables.reduce((s, t) => s + t.bytes, 0) + manifest.documents.bytes;
  say(`done: ${dir} (${megabytes(size)}, ${manifest.seconds.toFixed(1)} s${manifest.warnings.length ? `, ${manifest.warnings.length} warnings` : ''})`);
  if (args.keep) {
    for (const old of backupsToPrune(fs.readdirSync(outDir), args.keep)) {
      fs.rmSync(path.join(outDir, old), { recursive: true, force: true });
      say(`removed old backup ${old} (keeping the newest ${args.keep})`);
    }
  }
} catch (err) {
  process.stderr.write(`[backup] FAILED: ${err instanceof Error ? err.message : String(err)}\n`);
  code = 1;
} finally {
  await connected?.stop().catch(() => undefined);
}
process.exit(code);
