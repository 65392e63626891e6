import { spawn } from 'node:child_process';
import path from 'node:path';

// The npm test driver's handling of a machine without Chromium.
const ROOT = path.resolve(import.meta.dirname, '../..');

function driver(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/test.mjs', '--no-build', '--suite', 'browser'], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const missing = { CHROME_PATH: '/nonexistent/chromium' };

it('without Chromium the browser suite is skipped loudly, with the install command', async () => {
  const { code, output } = await driver({ ...missing, CI: 'false' });
  expect(code).toBe(0);
  expect(output).toMatch(/Chromium not found: the browser suite is SKIPPED/);
  expect(output).toContain('apt-get update && apt-get install -y chromium');
  expect(output.trim().split('\n').at(-1)).toBe('0 passed, 0 failed, 1 skipped');
}, 120_000);

it('without Chromium and CI=true the browser suite fails', async () => {
  const { code, output } = await driver({ ...missing, CI: 'true' });
  expect(code).toBe(1);
  expect(output).toMatch(/Chromium not found and CI=true/);
  expect(output.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
}, 120_000);
