import { spawn } from 'node:child_process';

export interface WatchdogSpec {
  /** Processes to stop when the parent disappears, with the signal each prefers for a clean stop. */
  processes: { pid: number; signal: NodeJS.Signals }[];
  /** Folders to delete afterwards (temp folders of test runs; never the persistent .data folder). */
  removeDirs: string[];
}

// Plain JavaScript run with `node -e`, so it works from compiled dist and from Jest-transformed
// sources alike. It outlives a SIGKILLed parent (detached, own process group) and cleans up.
const WATCHDOG_SOURCE = String.raw`
const fs = require('node:fs');
const parent = Number(process.argv[1]);
const spec = JSON.parse(process.argv[2]);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
function cleanup() {
  for (const p of spec.processes) { try { process.kill(p.pid, p.signal); } catch {} }
  const deadline = Date.now() + 5000;
  const wait = () => {
    const left = spec.processes.filter((p) => alive(p.pid));
    if (left.length && Date.now() < deadline) return setTimeout(wait, 100);
    for (const p of left) { try { process.kill(p.pid, 'SIGKILL'); } catch {} }
    setTimeout(() => {
      for (const d of spec.removeDirs) { try { fs.rmSync(d, { recursive: true, force: true }); } catch {} }
      process.exit(0);
    }, left.length ? 300 : 0);
  };
  wait();
}
process.on('SIGTERM', () => process.exit(0));
const timer = setInterval(() => { if (!alive(parent)) { clearInterval(timer); cleanup(); } }, 250);
`;

export interface Watchdog {
  /** The parent cleaned up by itself: the watchdog has nothing left to do. */
  dismiss(): void;
}

export function startWatchdog(spec: WatchdogSpec): Watchdog {
  const child = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, String(process.pid), JSON.stringify(spec)], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  return {
    dismiss() {
      try {
        if (child.pid) process.kill(child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
