import fs from 'node:fs';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits until every pid has exited and every folder is gone; returns what is still left. */
export async function waitUntilGone(pids: number[], dirs: string[], timeoutMs = 15_000): Promise<{ pids: number[]; dirs: string[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = { pids: pids.filter(isAlive), dirs: dirs.filter((d) => fs.existsSync(d)) };
    if ((!left.pids.length && !left.dirs.length) || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}
