import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@invest-portal/backend/embedded/index.js';
import { startTestServices, type TestServices } from '../harness/stack.js';
import { isAlive, waitUntilGone } from '../harness/processes.js';

// What `npm start` runs after its build step: the API process with embedded servers in DATA_DIR.
const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'backend/dist/main.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  port: number;
}

async function startMain(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const [port, pgPort, meiliPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_MEILI_PORT: String(meiliPort),
      FRONTEND_DIST: path.join(dataDir, 'no-ui'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited, port };
}

async function waitFor(running: Running, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(running.output())) {
    if (Date.now() > deadline || running.child.exitCode !== null) {
      throw new Error(`did not see ${pattern}; output:\n${running.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-start-'));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as its own user and must reach the data folder
  dirs.push(dir);
  return path.join(dir, 'data');
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the API process (npm start)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('starts, is ready with demo data, and %s stops everything', async (signal) => {
    const dataDir = tempDataDir();
    const running = await startMain(dataDir);
    await waitFor(running, /ready in/);
    expect(running.output()).toMatch(/loaded demo data: \d+ projects, \d+ policies, 8 departments, 4 demo accounts/);
    const ready = await fetch(`http://127.0.0.1:${running.port}/ready`);
    expect(ready.status).toBe(200);
    running.child.kill(signal);
    expect(await running.exited).toBe(0);
    expect(running.output()).toMatch(/stopped/);
    expect(await waitUntilGone([], [], dataDir, 5000)).toEqual({ pids: [], dirs: [], mentioning: [] });
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  });

  it('keeps data between runs and does not load demo data twice', async () => {
    const dataDir = tempDataDir();
    const first = await startMain(dataDir);
    await waitFor(first, /ready in/);
    first.child.kill('SIGTERM');
    await first.exited;
    const second = await startMain(dataDir);
    await waitFor(second, /ready in/);
    expect(second.output()).toMatch(/database schema is up to date/);
    expect(second.output()).toMatch(/database already has data: demo data not loaded/);
    const res = await fetch(`http://127.0.0.1:${second.port}/api/v1/departments`);
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(8);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(await waitUntilGone([], [], dataDir, 5000)).toEqual({ pids: [], dirs: [], mentioning: [] });
  });

  it('a signal in the middle of starting the servers still stops them', async () => {
    const dataDir = tempDataDir();
    const running = await startMain(dataDir);
    await waitFor(running, /starting (PostgreSQL|Meilisearch) on/);
    running.child.kill('SIGTERM');
    await running.exited;
    expect(await waitUntilGone([], [], dataDir)).toEqual({ pids: [], dirs: [], mentioning: [] });
  });

  it('SIGKILL of the API process: the watchdog stops its servers', async () => {
    const dataDir = tempDataDir();
    const running = await startMain(dataDir);
    await waitFor(running, /ready in/);
    running.child.kill('SIGKILL');
    await running.exited;
    expect(await waitUntilGone([], [], dataDir)).toEqual({ pids: [], dirs: [], mentioning: [] });
  });

  it('a port already in use is refused with a clear message and nothing is left running', async () => {
    const dataDir = tempDataDir();
    const first = await startMain(dataDir);
    await waitFor(first, /ready in/);
    const pgPort = /starting PostgreSQL on 127\.0\.0\.1:(\d+)/.exec(first.output())![1];
    const second = await startMain(tempDataDir(), { EMBEDDED_PG_PORT: pgPort });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(new RegExp(`port ${pgPort} for the embedded PostgreSQL is already in use.*EMBEDDED_PG_PORT`));
    first.child.kill('SIGTERM');
    await first.exited;
    expect(await waitUntilGone([], [], dataDir)).toEqual({ pids: [], dirs: [], mentioning: [] });
  });

  it('a data folder PostgreSQL cannot reach is refused with the folder to fix, and nothing is left running', async () => {
    const dataDir = tempDataDir();
    const closed = path.dirname(dataDir);
    fs.chmodSync(closed, 0o700);
    const running = await startMain(dataDir);
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain(`${closed} is not accessible to other users. Run "chmod o+x ${closed}"`);
    expect(await waitUntilGone([], [], dataDir)).toEqual({ pids: [], dirs: [], mentioning: [] });
  });

  it('an invalid setting stops the start before anything is spawned, naming the variable', async () => {
    const dataDir = tempDataDir();
    const running = await startMain(dataDir, { PORT: 'eighty', MAP_CENTER_LAT: '200' });
    expect(await running.exited).toBe(2);
    expect(running.output()).toMatch(/PORT must be an integer from 1 to 65535 \(got "eighty"\)/);
    expect(running.output()).toMatch(/MAP_CENTER_LAT must be a number/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  describe('with DATABASE_URL and MEILI_URL set', () => {
    let external: TestServices;
    beforeAll(async () => {
      external = await startTestServices();
    });
    afterAll(async () => {
      await external?.stop();
    });

    it('uses them, starts no server of its own, and leaves them running when it stops', async () => {
      const dataDir = tempDataDir();
      const running = await startMain(dataDir, {
        DATABASE_URL: external.databaseUrl,
        MEILI_URL: external.meiliUrl,
        MEILI_MASTER_KEY: external.meiliMasterKey,
      });
      await waitFor(running, /ready in/);
      expect(running.output()).toMatch(/using external PostgreSQL and Meilisearch/);
      expect(running.output()).not.toMatch(/starting (PostgreSQL|Meilisearch) on/);
      expect(fs.existsSync(path.join(dataDir, 'postgres'))).toBe(false);
      expect((await fetch(`http://127.0.0.1:${running.port}/ready`)).status).toBe(200);
      running.child.kill('SIGINT');
      expect(await running.exited).toBe(0);
      expect(isAlive(external.pids.postgres!)).toBe(true);
      expect(isAlive(external.pids.meilisearch!)).toBe(true);
    });
  });
});
