import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface WatchedProcess {
  pid: number;
  /** The signal that makes this server stop cleanly (PostgreSQL: SIGINT = fast shutdown). */
  signal: NodeJS.Signals;
}

interface WatchdogState {
  processes: WatchedProcess[];
  removeDirs: string[];
}

// Plain JavaScript run with `node -e`, so it works from compiled dist and from Jest-transformed
// sources alike. Detached in its own process group, it outlives a SIGKILLed owner. Every tick it
// re-reads the state file, so servers spawned after it started are covered too.
const WATCHDOG_SOURCE = String.raw`
const fs = require('node:fs');
const owners = JSON.parse(process.argv[1]);
const stateFile = process.argv[2];
let state = { processes: [], removeDirs: [] };
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const read = () => { try { state = JSON.parse(fs.readFileSync(stateFile, 'utf8')); } catch {} };
function cleanup() {
  read();
  for (const p of state.processes) { try { process.kill(p.pid, p.signal); } catch {} }
  const deadline = Date.now() + 5000;
  const wait = () => {
    const left = state.processes.filter((p) => alive(p.pid));
    if (left.length && Date.now() < deadline) return setTimeout(wait, 100);
    for (const p of left) { try { process.kill(p.pid, 'SIGKILL'); } catch {} }
    setTimeout(() => {
      for (const d of state.removeDirs) { try { fs.rmSync(d, { recursive: true, force: true }); } catch {} }
      try { fs.rmSync(stateFile, { force: true }); } catch {}
      process.exit(0);
    }, left.length ? 300 : 0);
  };
  wait();
}
process.on('SIGTERM', () => process.exit(0));
const timer = setInterval(() => {
  if (fs.existsSync(stateFile)) read();
  if (!owners.every(alive)) { clearInterval(timer); cleanup(); }
}, 250);
`;

export interface Watchdog {
  /** Registers a server as soon as it is spawned. */
  watch(process: WatchedProcess): void;
  /** The owner cleaned up by itself: nothing left to do. */
  dismiss(): void;
}

/**
 * Starts the watchdog before any server is spawned. It stops the servers and removes `removeDirs`
 * when any of `owners` disappears (the test harness adds its parent, so an orphaned Jest worker
 * counts as gone too).
 */
export function startWatchdog(stateDir: string, owners: number[], removeDirs: string[]): Watchdog {
  const stateFile = path.join(stateDir, `.watchdog-${process.pid}-${Date.now()}.json`);
  const state: WatchdogState = { processes: [], removeDirs };
  const write = () => {
    const tmp = `${stateFile}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state));
    fs.renameSync(tmp, stateFile);
  };
  write();
  const child = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, JSON.stringify(owners), stateFile], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  return {
    watch(p) {
      state.processes.push(p);
      write();
    },
    dismiss() {
      try {
        if (child.pid) process.kill(child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      fs.rmSync(stateFile, { force: true });
    },
  };
}
