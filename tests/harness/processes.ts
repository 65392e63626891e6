import fs from 'node:fs';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Pids of live (non-zombie) processes whose command line mentions `text`, e.g. a data folder. */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const state = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.[0];
      if (state !== 'Z' && cmdline.includes(text)) found.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return found;
}

export interface Leftovers {
  pids: number[];
  dirs: string[];
  mentioning: number[];
}

/**
 * Waits until every pid has exited, every folder is gone and no process (server, watchdog)
 * mentions `marker`; returns what is still left after the timeout.
 */
export async function waitUntilGone(pids: number[], dirs: string[], marker?: string, timeoutMs = 15_000): Promise<Leftovers> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = {
      pids: pids.filter(isAlive),
      dirs: dirs.filter((d) => fs.existsSync(d)),
      mentioning: marker ? processesMentioning(marker) : [],
    };
    if ((!left.pids.length && !left.dirs.length && !left.mentioning.length) || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}
