import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitUntilGone } from '../harness/processes.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const JEST = path.join(ROOT, 'node_modules/jest/bin/jest.js');

interface Started {
  pids: number[];
  dir: string;
}

interface Spawned {
  code: number | null;
  output: string;
  started: Started[];
}

/**
 * Runs a child test process whose fixture suites start real PostgreSQL + Meilisearch, optionally
 * signals it once every fixture's servers are up, and reports what the fixtures had started.
 */
async function run(command: string[], env: Record<string, string>, expectStarted: number, signal?: NodeJS.Signals): Promise<Spawned> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-hygiene-'));
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, ...env, HYGIENE_OUT: out, CI: 'true', FORCE_COLOR: '0', INVEST_TEST_RESULTS: path.join(out, 'results') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const reports = () => fs.readdirSync(out).filter((f) => f.endsWith('.json'));
  if (signal) {
    const deadline = Date.now() + 90_000;
    while (reports().length < expectStarted && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Give the test bodies a moment to be running when the signal lands.
    await new Promise((r) => setTimeout(r, 500));
    child.kill(signal);
  }
  const code = await exited;
  const started = reports().map((f) => JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')) as Started);
  fs.rmSync(out, { recursive: true, force: true });
  return { code, output, started };
}

const fixtureConfig = 'tests/hygiene/fixtures/jest.config.js';
const jestOneFile = ['--experimental-vm-modules', JEST, '-c', fixtureConfig, '--runInBand', 'stack.fixture'];
const jestWorkers = ['--experimental-vm-modules', JEST, '-c', fixtureConfig, '--maxWorkers=2'];
const driver = ['scripts/test.mjs', '--suite', 'hygiene-fixture'];

async function expectNothingLeft(result: Spawned, expectStarted: number): Promise<void> {
  expect(result.started).toHaveLength(expectStarted);
  for (const { pids, dir } of result.started) {
    expect(pids.every(Number.isInteger)).toBe(true);
    expect(pids).toHaveLength(3);
    // PostgreSQL, Meilisearch, the test process that started them (a Jest worker, or Jest itself),
    // the watchdog (its state file lives in the folder) and the folder itself.
    expect(await waitUntilGone(pids, [dir], dir)).toEqual({ pids: [], dirs: [], mentioning: [] });
  }
}

describe('no postgres, meilisearch, watchdog or temp folder is left behind', () => {
  it('after a passing run', async () => {
    const result = await run(jestOneFile, { HYGIENE_MODE: 'pass' }, 1);
    expect(result.code).toBe(0);
    await expectNothingLeft(result, 1);
  });

  it('after a failing run', async () => {
    const result = await run(jestOneFile, { HYGIENE_MODE: 'fail' }, 1);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Expected: 418/);
    await expectNothingLeft(result, 1);
  });

  it('after a test that exits the process without cleaning up', async () => {
    const result = await run(jestOneFile, { HYGIENE_MODE: 'exit' }, 1);
    expect(result.code).not.toBe(0);
    await expectNothingLeft(result, 1);
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)('after %s to the test runner', async (signal) => {
    const result = await run(jestOneFile, { HYGIENE_MODE: 'hang' }, 1, signal);
    expect(result.code).not.toBe(0);
    await expectNothingLeft(result, 1);
  });

  it('after SIGKILL to a test runner with worker processes', async () => {
    const result = await run(jestWorkers, { HYGIENE_MODE: 'hang' }, 2, 'SIGKILL');
    expect(result.code).not.toBe(0);
    await expectNothingLeft(result, 2);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('after %s to the npm test driver running workers', async (signal) => {
    const result = await run(driver, { HYGIENE_MODE: 'hang' }, 2, signal);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(new RegExp(`${signal} received`));
    expect(result.output).toMatch(/^\d+ passed, [1-9]\d* failed$/m);
    await expectNothingLeft(result, 2);
  });
});
