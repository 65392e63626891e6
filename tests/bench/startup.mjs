// npm run bench:startup — time from starting the API process (what npm start runs after its build)
// to GET /ready = 200, with a fresh data folder (cold: initdb, migrations, demo data) and with an
// existing one (warm), plus the time to stop after SIGINT. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'backend/dist/main.js');
const ROUNDS = Number(process.argv[2] ?? 3);

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function once(dataDir) {
  const [port, pg, meili] = await Promise.all([freePort(), freePort(), freePort()]);
  const t0 = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pg), EMBEDDED_MEILI_PORT: String(meili), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.on('exit', r));
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error('the API process exited before it was ready');
    await new Promise((r) => setTimeout(r, 20));
  }
  const ready = performance.now() - t0;
  const t1 = performance.now();
  child.kill('SIGINT');
  await exited;
  return { ready, stop: performance.now() - t1 };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${(s[Math.floor(s.length / 2)] / 1000).toFixed(2)} s  (min ${(s[0] / 1000).toFixed(2)}, max ${(s.at(-1) / 1000).toFixed(2)})`;
};

if (!fs.existsSync(MAIN)) {
  console.error('backend/dist/main.js is missing: run "npm run build" first');
  process.exit(1);
}
console.log(`startup benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`);
const cold = [];
const warm = [];
const stop = [];
for (let i = 0; i < ROUNDS; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-bench-'));
  fs.chmodSync(dir, 0o755);
  try {
    const c = await once(path.join(dir, 'data'));
    const w = await once(path.join(dir, 'data'));
    cold.push(c.ready);
    warm.push(w.ready);
    stop.push(c.stop, w.stop);
    process.stdout.write(`round ${i + 1}/${ROUNDS}: cold ${(c.ready / 1000).toFixed(2)} s, warm ${(w.ready / 1000).toFixed(2)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`cold start to /ready 200 (fresh data folder): ${stats(cold)}`);
console.log(`warm start to /ready 200 (existing data):     ${stats(warm)}`);
console.log(`stop after SIGINT:                            ${stats(stop)}`);
