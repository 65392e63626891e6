import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, portInUse } from './ports.js';
import { startEmbeddedMeilisearch, type RunningMeilisearch } from './meilisearch.js';
import { isInitialised, startEmbeddedPostgres, type RunningPostgres } from './postgres.js';
import { startWatchdog } from './watchdog.js';

export interface EmbeddedServicesOptions {
  /**
   * Persistent folder (npm start keeps data in .data/ between runs). Omit it for a throwaway temp
   * folder that is deleted on stop, even if the owning process is killed (test harness).
   */
  dataDir?: string;
  postgres: boolean;
  meilisearch: boolean;
  /** Fixed ports for npm start; omitted ports are picked free (tests). */
  postgresPort?: number;
  meilisearchPort?: number;
  database?: string;
  log?: (message: string) => void;
  /** More processes whose death means "stop the servers" (besides this one). */
  alsoWatch?: number[];
}

export interface EmbeddedServices {
  databaseUrl?: string;
  meiliUrl?: string;
  meiliMasterKey?: string;
  /** Folder holding the servers' data. */
  dir: string;
  /** Server process ids (fault tests kill them on purpose). */
  pids: { postgres?: number; meilisearch?: number };
  /** Starts Meilisearch again on the same port and data (after a crash, or to simulate one). */
  restartMeilisearch(): Promise<void>;
  stop(): Promise<void>;
}

interface Credentials {
  postgresPassword: string;
  meiliMasterKey: string;
}

function secret(): string {
  return randomBytes(24).toString('base64url');
}

function loadCredentials(dir: string): Credentials {
  const file = path.join(dir, 'credentials.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
  if (isInitialised(path.join(dir, 'postgres'))) {
    throw new Error(
      `${file} is missing but ${dir}/postgres holds a database whose password was in it. ` +
        `Restore the file, or delete ${dir} to start over with fresh demo data.`,
    );
  }
  const created = { postgresPassword: secret(), meiliMasterKey: secret() };
  fs.writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created;
}

async function choosePort(wanted: number | undefined, what: string, variable: string): Promise<number> {
  if (!wanted) return freePort();
  if (await portInUse(wanted)) {
    throw new Error(
      `port ${wanted} for the embedded ${what} is already in use (is another "npm start" running?). ` +
        `Stop it or set ${variable} to another port.`,
    );
  }
  return wanted;
}

/**
 * A fixed port is checked once and used. A free port is only free when we looked: another process
 * (a parallel test file) may take it before the server binds, so a failed start is retried on a new one.
 */
async function withPort<T>(fixed: number | undefined, what: string, variable: string, start: (port: number) => Promise<T>): Promise<T> {
  if (fixed) return start(await choosePort(fixed, what, variable));
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await start(await freePort());
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

export async function startEmbeddedServices(opts: EmbeddedServicesOptions): Promise<EmbeddedServices> {
  const log = opts.log ?? (() => undefined);
  const ephemeral = !opts.dataDir;
  const dir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'invest-portal-'));
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dir, 0o755); // mkdtemp makes 0700; initdb runs as another user and must get in
  // Before anything is spawned, so that no moment exists where a server could be orphaned.
  const watchdog = startWatchdog(dir, [process.pid, ...(opts.alsoWatch ?? [])], ephemeral ? [dir] : []);

  let postgres: RunningPostgres | undefined;
  let meili: RunningMeilisearch | undefined;
  const stop = async () => {
    // Postgres and Meilisearch stop in parallel: each waits for its own clean shutdown.
    await Promise.allSettled([postgres?.stop(), meili?.stop()]);
    watchdog.dismiss();
    if (ephemeral) fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    const credentials = ephemeral ? { postgresPassword: secret(), meiliMasterKey: secret() } : loadCredentials(dir);
    const started = await Promise.allSettled([
      opts.postgres
        ? withPort(opts.postgresPort, 'PostgreSQL', 'EMBEDDED_PG_PORT', (port) =>
            startEmbeddedPostgres({
              dir: path.join(dir, 'postgres'),
              port,
              password: credentials.postgresPassword,
              database: opts.database ?? 'invest_portal',
              log,
              onSpawn: (pid) => watchdog.watch({ pid, signal: 'SIGINT' }),
            }),
          ).then((p) => (postgres = p))
        : undefined,
      opts.meilisearch
        ? withPort(opts.meilisearchPort, 'Meilisearch', 'EMBEDDED_MEILI_PORT', (port) =>
            startEmbeddedMeilisearch({
              dir: path.join(dir, 'meilisearch'),
              port,
              masterKey: credentials.meiliMasterKey,
              log,
              onSpawn: (pid) => watchdog.watch({ pid, signal: 'SIGTERM' }),
            }),
          ).then((m) => (meili = m))
        : undefined,
    ]);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (err) {
    await stop();
    throw err;
  }

  const services: EmbeddedServices = {
    databaseUrl: postgres?.url,
    meiliUrl: meili?.url,
    meiliMasterKey: meili?.masterKey,
    dir,
    pids: { postgres: postgres?.pid, meilisearch: meili?.pid },
    async restartMeilisearch() {
      if (!meili) throw new Error('Meilisearch is not embedded here');
      await meili.stop();
      const port = Number(new URL(meili.url).port);
      meili = await startEmbeddedMeilisearch({
        dir: path.join(dir, 'meilisearch'),
        port,
        masterKey: meili.masterKey,
        log,
        onSpawn: (pid) => watchdog.watch({ pid, signal: 'SIGTERM' }),
      });
      services.pids.meilisearch = meili.pid;
    },
    stop,
  };
  return services;
}
