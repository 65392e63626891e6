// Small helpers shared by the root scripts (start, test). Plain Node, no dependencies.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const NX = path.join(ROOT, 'node_modules/nx/dist/bin/nx.js');

export function say(message) {
  process.stdout.write(`[invest-portal] ${message}\n`);
}

/** Current child, so a signal to this script reaches it and we wait for its cleanup. */
let current = null;
let stopping = null;

function signalCurrent(signal) {
  if (!current || current.exitCode !== null || current.signalCode !== null) return;
  try {
    // A child started as its own process group is signalled as a group: Jest's workers included.
    if (current.invest_group) process.kill(-current.pid, signal);
    else current.kill(signal);
  } catch {
    // already gone
  }
}

export function onStopSignals(label) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = signal;
      say(`${signal} received: stopping ${label}…`);
      if (!current) process.exit(signal === 'SIGINT' ? 130 : 143);
      signalCurrent(signal);
      // Whatever ignores the polite signal is killed after a grace period.
      setTimeout(() => signalCurrent('SIGKILL'), 15_000).unref();
    });
  }
}

export function stoppedBy() {
  return stopping;
}

/** Runs a command; `group: true` makes it a process group of its own that signals reach whole. */
export function run(command, args, { group = false, ...options } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', detached: group, ...options });
    child.invest_group = group;
    current = child;
    child.on('exit', (code, signal) => {
      current = null;
      resolve({ code: code ?? (signal ? 1 : 0), signal });
    });
  });
}

export function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** CHROME_PATH, when set, is the only candidate: a wrong path must not silently fall back. */
export function findChromium(env = process.env) {
  const candidates = env.CHROME_PATH
    ? [env.CHROME_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}
