import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gitCommit } from './app-info.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-git-spec-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};

describe('gitCommit without a git program', () => {
  it('follows HEAD to a loose ref', () => {
    write('.git/HEAD', 'ref: refs/heads/main\n');
    write('.git/refs/heads/main', `${A}\n`);
    expect(gitCommit(dir)).toBe(A);
  });

  it('finds a packed ref', () => {
    write('.git/HEAD', 'ref: refs/heads/main\n');
    write('.git/packed-refs', `# pack-refs with: peeled fully-peeled sorted\n${B} refs/heads/main\n`);
    expect(gitCommit(dir)).toBe(B);
  });

  it('reads a detached HEAD', () => {
    write('.git/HEAD', `${A}\n`);
    expect(gitCommit(dir)).toBe(A);
  });

  it('follows a .git file to a linked worktree sharing its refs', () => {
    write('main/.git/refs/heads/feature', `${B}\n`);
    write('main/.git/worktrees/wt/HEAD', 'ref: refs/heads/feature\n');
    write('main/.git/worktrees/wt/commondir', '../..\n');
    write('wt/.git', `gitdir: ${path.join(dir, 'main/.git/worktrees/wt')}\n`);
    expect(gitCommit(path.join(dir, 'wt'))).toBe(B);
  });

  it('is null without a repository', () => {
    expect(gitCommit(dir)).toBeNull();
  });
});
