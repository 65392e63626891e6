import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@invest-portal/backend/embedded/index.js';

// The API as production runs it: its own process (backend/dist/main.js) on servers it did not start,
// so a test can SIGKILL it mid-work and start another one on the same database.
const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'backend/dist/main.js');

export interface ApiProcess {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Waits until the output matches (or throws with the output when the process exits first). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** SIGINT and wait for a clean exit; SIGKILL after 20 s. */
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  env?: Record<string, string>;
  port?: number;
}

const running = new Set<ApiProcess>();

export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-api-'));
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      MEILI_URL: options.meiliUrl,
      MEILI_MASTER_KEY: options.meiliMasterKey,
      FRONTEND_DIST: path.join(dataDir, 'no-ui'),
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const api: ApiProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    child,
    output: () => output,
    exited,
    async waitFor(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (Date.now() > deadline || child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`API process did not print ${pattern}; output:\n${output}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      running.delete(api);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(force);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  running.add(api);
  // A test that fails before its afterAll must not leave API processes behind.
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  await api.waitFor(/ready in/);
  return api;
}

export async function stopAllApiProcesses(): Promise<void> {
  await Promise.all([...running].map((api) => api.stop()));
}
