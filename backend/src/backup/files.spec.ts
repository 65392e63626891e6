import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyVerified, listFiles, sha256File, throttle } from './files.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-files-spec-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const put = (rel: string, data: Buffer | string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), data);
};

describe('listFiles', () => {
  it('lists regular files relative and sorted, skips uploads still being written, reports symlinks', async () => {
    put('src/project/b', 'b');
    put('src/policy/a', 'a');
    put('src/project/c.part', 'half');
    fs.symlinkSync('/etc/hostname', path.join(dir, 'src/link'));
    expect(await listFiles(path.join(dir, 'src'))).toEqual({ files: ['policy/a', 'project/b'], skipped: ['link'] });
  });

  it('treats a missing folder as empty', async () => {
    expect(await listFiles(path.join(dir, 'nope'))).toEqual({ files: [], skipped: [] });
  });
});

describe('copyVerified', () => {
  const data = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
  const expected = { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };

  it('copies byte for byte and returns size and sha256', async () => {
    put('in/x', data);
    expect(await copyVerified(path.join(dir, 'in/x'), path.join(dir, 'out/deep/x'))).toEqual(expected);
    expect(fs.readFileSync(path.join(dir, 'out/deep/x')).equals(data)).toBe(true);
    expect(await sha256File(path.join(dir, 'out/deep/x'))).toEqual(expected);
  });

  it('refuses a source that does not match what is expected and leaves nothing behind', async () => {
    put('in/x', data);
    await expect(copyVerified(path.join(dir, 'in/x'), path.join(dir, 'out/x'), { ...expected, sha256: '0'.repeat(64) })).rejects.toThrow(/does not match/);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual([]);
  });

  it('fails on a missing source with ENOENT', async () => {
    await expect(copyVerified(path.join(dir, 'in/none'), path.join(dir, 'out/x'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('throttle', () => {
  it('lets a line through at most once per period, or when forced', () => {
    let t = 0;
    const tick = throttle(1000, () => t);
    expect(tick()).toBe(true);
    t = 500;
    expect(tick()).toBe(false);
    expect(tick(true)).toBe(true);
    t = 1600;
    expect(tick()).toBe(true);
  });
});
