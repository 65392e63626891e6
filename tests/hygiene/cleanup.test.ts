import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitUntilGone } from '../harness/processes.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const JEST = path.join(ROOT, 'node_modules/jest/bin/jest.js');

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  started: { pids: number[]; dir: string };
}

/**
 * Runs a child test process that starts real PostgreSQL + Meilisearch, optionally signals it once
 * the servers are up, and reports what it had started.
 */
async function run(command: string[], env: Record<string, string>, signal?: NodeJS.Signals): Promise<Spawned> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'invest-hygiene-')), 'started.json');
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, ...env, HYGIENE_OUT: out, CI: 'true', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  if (signal) {
    const deadline = Date.now() + 60_000;
    while (!fs.existsSync(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Give the test body a moment to be running when the signal lands.
    await new Promise((r) => setTimeout(r, 500));
    child.kill(signal);
  }
  const [code, sig] = await exited;
  const started = JSON.parse(fs.readFileSync(out, 'utf8')) as Spawned['started'];
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return { code, signal: sig, output, started };
}

const jestFixture = ['--experimental-vm-modules', JEST, '-c', 'tests/hygiene/fixtures/jest.config.js', '--runInBand'];

async function expectNothingLeft(result: Spawned): Promise<void> {
  expect(result.started.pids).toHaveLength(2);
  const left = await waitUntilGone(result.started.pids, [result.started.dir]);
  expect(left).toEqual({ pids: [], dirs: [] });
}

describe('no postgres, meilisearch or temp folder is left behind', () => {
  it('after a passing run', async () => {
    const result = await run(jestFixture, { HYGIENE_MODE: 'pass' });
    expect(result.code).toBe(0);
    await expectNothingLeft(result);
  });

  it('after a failing run', async () => {
    const result = await run(jestFixture, { HYGIENE_MODE: 'fail' });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Expected: 418/);
    await expectNothingLeft(result);
  });

  it('after a test that exits the process without cleaning up', async () => {
    const result = await run(jestFixture, { HYGIENE_MODE: 'exit' });
    expect(result.code).not.toBe(0);
    await expectNothingLeft(result);
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)('after %s to the test runner', async (signal) => {
    const result = await run(jestFixture, { HYGIENE_MODE: 'hang' }, signal);
    expect(result.code === 0).toBe(false);
    await expectNothingLeft(result);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('after %s to the npm test driver (scripts/test.mjs)', async (signal) => {
    const result = await run(['scripts/test.mjs', '--suite', 'hygiene-fixture'], { HYGIENE_MODE: 'hang' }, signal);
    expect(result.code === 0).toBe(false);
    expect(result.output).toMatch(new RegExp(`${signal} received`));
    await expectNothingLeft(result);
  });
});
