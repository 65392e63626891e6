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

export function onStopSignals(label) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = signal;
      say(`${signal} received: stopping ${label}…`);
      if (current && current.exitCode === null) current.kill(signal);
      else process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export function stoppedBy() {
  return stopping;
}

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
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

export function findChromium(env = process.env) {
  const candidates = [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c) => c && fs.existsSync(c)) ?? null;
}
