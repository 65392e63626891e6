// Shared by the benchmark scripts: the machine banner, servers that are always stopped (also on
// Ctrl-C and errors), the API as a separate production-like process, per-process CPU and memory
// from /proc, and autocannon runs with exact latency percentiles. Benchmarks assert nothing.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, startEmbeddedServices } from '../../backend/dist/embedded/index.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MAIN = path.join(ROOT, 'backend/dist/main.js');

/** `--name value` or `--name=value`; the default when absent. */
export function arg(name, fallback) {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return fallback;
}

export const say = (m) => process.stdout.write(`${m}\n`);

/** Percentile of unsorted numbers (nearest rank). */
export function pct(xs, p) {
  if (!xs.length) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : 'n/a');

function gitCommit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Machine, versions, commit and date: printed at the top of every benchmark. */
export async function printMachine(title, { db, meiliUrl, meiliKey } = {}) {
  const cpus = os.cpus();
  let pg = 'n/a';
  let meili = 'n/a';
  if (db) pg = (await db.query('SHOW server_version'))[0].server_version;
  if (meiliUrl) {
    const r = await fetch(`${meiliUrl}/version`, { headers: { Authorization: `Bearer ${meiliKey}` } });
    meili = (await r.json()).pkgVersion;
  }
  say(`${title} — ${new Date().toISOString()}`);
  say(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  say(`versions: Node ${process.version}, PostgreSQL ${pg}, Meilisearch ${meili}, autocannon ${autocannonVersion()}`);
  say(`commit: ${gitCommit()}`);
}

function autocannonVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/autocannon/package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

const cleanups = [];
let cleaning;

/** Runs every registered cleanup once, newest first (API processes before the servers they use). */
export function cleanupAll() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) await fn().catch((err) => process.stderr.write(`cleanup: ${err?.message ?? err}\n`));
  })();
  return cleaning;
}

export function onCleanup(fn) {
  cleanups.push(fn);
}

// meilisearch-js polls a task with one AbortSignal for the whole wait, and fetch leaves a listener on
// it per poll: long waits print thousands of MaxListenersExceededWarnings. Each kind is shown once.
const warned = new Map();
process.removeAllListeners('warning');
process.on('warning', (w) => {
  const n = (warned.get(w.name) ?? 0) + 1;
  warned.set(w.name, n);
  if (n === 1) process.stderr.write(`(warning, shown once: ${w.name}: ${w.message})\n`);
});
process.on('exit', () => {
  for (const [name, n] of warned) if (n > 1) process.stderr.write(`(${name} was emitted ${n} times in all)\n`);
});

// A rejected promise nobody awaited yet would end the process without stopping the servers.
process.on('unhandledRejection', (err) => {
  process.stderr.write(`benchmark failed: ${err?.stack ?? err}\n`);
  void cleanupAll().finally(() => process.exit(1));
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    say(`\n${signal}: stopping every server this benchmark started…`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

/** The body of a benchmark: whatever happens, every server it started is stopped before exit. */
export async function main(body) {
  if (!fs.existsSync(MAIN)) {
    process.stderr.write('backend/dist is missing: run "npx nx run backend:build" (the npm run bench:* scripts do)\n');
    process.exit(1);
  }
  let code = 0;
  try {
    await body();
  } catch (err) {
    process.stderr.write(`benchmark failed: ${err?.stack ?? err}\n`);
    code = 1;
  } finally {
    await cleanupAll();
  }
  process.exit(code);
}

/** Embedded PostgreSQL + Meilisearch in a temp folder (their watchdog also covers a SIGKILLed benchmark). */
export async function startServices() {
  const services = await startEmbeddedServices({ postgres: true, meilisearch: true });
  onCleanup(() => services.stop());
  return services;
}

// Preloaded into the API process: a benchmark killed with SIGKILL must not leave it behind.
const ORPHAN_GUARD = `data:text/javascript,${encodeURIComponent(
  'const p = process.ppid; setInterval(() => { if (process.ppid !== p) process.kill(process.pid, "SIGTERM"); }, 500).unref();',
)}`;

/**
 * The API as production runs it (backend/dist/main.js, NODE_ENV=production) in its own process, so
 * the load generator does not share its event loop. Its log (warnings and errors) is kept.
 */
export async function startApi(services, { frontendDist, env = {}, nodeArgs = [] } = {}) {
  const [port, smtpPort] = await Promise.all([freePort(), freePort()]);
  // Inside the servers' temp folder: their watchdog removes it even after a SIGKILL.
  const dataDir = fs.mkdtempSync(path.join(services.dir, 'api-'));
  const child = spawn(process.execPath, [...nodeArgs, '--import', ORPHAN_GUARD, MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      FRONTEND_DIST: frontendDist ?? path.join(dataDir, 'no-ui'),
      DEMO_DATA: 'false',
      // Production refuses the development mailbox; nothing is mailed by public reads anyway.
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // No internet here: the news ingest would only log failed fetches.
      NEWS_INTERVAL_MS: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const lines = [];
  const collect = (chunk) => {
    output += chunk;
    for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let stopping = false;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  void exited.then((code) => {
    if (!stopping) say(`\nTHE API PROCESS EXITED (code ${code}, signal ${child.signalCode}); its last output:\n${lines.slice(-30).join('\n')}`);
  });
  const api = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    /** Log lines since the given mark (see `mark()`), startup lines excluded. */
    mark: () => lines.length,
    linesSince: (mark) => lines.slice(mark),
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(force);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  onCleanup(() => api.stop());
  const deadline = Date.now() + 120_000;
  while (!/ready in/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the API process did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return api;
}

// ---- per-process CPU and memory from /proc ----

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const PAGE = 4096;

function readStat(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ")".
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), rss: Number(f[21]) * PAGE };
  } catch {
    return null;
  }
}

function pss(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Children of a process (PostgreSQL's backends and helpers are children of the postmaster). */
function childrenOf(pid) {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(name);
    if (s?.ppid === pid) out.push(Number(name));
  }
  return out;
}

/**
 * Samples CPU (% of one core, from utime+stime deltas) and memory of named process groups once a
 * second. Groups: { name: () => pid[] }. PostgreSQL is a group (postmaster + children); its RSS
 * counts shared buffers once per process, so its PSS (shared pages split between them) is kept too.
 */
function machineTicks() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + (f[4] ?? 0);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export function sampleProcesses(groups) {
  const machineStart = machineTicks();
  const last = new Map(); // pid → ticks at the previous sample
  const totals = Object.fromEntries(Object.keys(groups).map((g) => [g, { ticks: 0, rssPeak: 0, rssSum: 0, pssPeak: 0, samples: 0, cpuPeak: 0 }]));
  const started = performance.now();
  let prev = started;
  let baseline = true;
  const sample = () => {
    const now = performance.now();
    for (const [name, pids] of Object.entries(groups)) {
      let ticks = 0;
      let rss = 0;
      let pssSum = 0;
      for (const pid of pids()) {
        const s = readStat(pid);
        if (!s) continue;
        // A process first seen now (a new PostgreSQL backend) counts from its own start.
        ticks += s.ticks - (last.get(pid) ?? (baseline ? s.ticks : 0));
        last.set(pid, s.ticks);
        rss += s.rss;
        pssSum += pss(pid);
      }
      const t = totals[name];
      t.ticks += ticks;
      t.cpuPeak = Math.max(t.cpuPeak, (ticks / CLK_TCK / ((now - prev) / 1000)) * 100);
      t.rssPeak = Math.max(t.rssPeak, rss);
      t.pssPeak = Math.max(t.pssPeak, pssSum);
      t.rssSum += rss;
      t.samples++;
    }
    prev = now;
    baseline = false;
  };
  sample();
  // The first sample only sets the baseline.
  for (const t of Object.values(totals)) Object.assign(t, { ticks: 0, rssPeak: 0, rssSum: 0, pssPeak: 0, samples: 0, cpuPeak: 0 });
  const timer = setInterval(sample, 1000);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const seconds = (performance.now() - started) / 1000;
      const m = machineTicks();
      const cores = os.cpus().length;
      // Busy share of all cores, in % of one core like the rest; "others" is what this benchmark did not start.
      const machine = ((m.busy - machineStart.busy) / Math.max(1, m.total - machineStart.total)) * 100 * cores;
      const ours = Object.values(totals).reduce((a, t) => a + (t.ticks / CLK_TCK / seconds) * 100, 0);
      const extra = { 'whole machine': { cpuAvg: machine, cpuPeak: NaN, rssPeak: NaN, rssAvg: NaN, pssPeak: NaN }, 'other processes (not started here)': { cpuAvg: Math.max(0, machine - ours), cpuPeak: NaN, rssPeak: NaN, rssAvg: NaN, pssPeak: NaN } };
      return Object.fromEntries([
        ...Object.entries(totals).map(([name, t]) => [
          name,
          { cpuAvg: (t.ticks / CLK_TCK / seconds) * 100, cpuPeak: t.cpuPeak, rssPeak: t.rssPeak, rssAvg: t.samples ? t.rssSum / t.samples : 0, pssPeak: t.pssPeak },
        ]),
        ...Object.entries(extra),
      ]);
    },
  };
}

export const postgresPids = (postmaster) => () => [postmaster, ...childrenOf(postmaster)];

export const mib = (b) => (Number.isFinite(b) ? `${(b / 2 ** 20).toFixed(0)} MiB` : '');

// ---- load generation ----

/**
 * One autocannon run with exact (sub-millisecond) latency percentiles of every response, and
 * progress every 5 s. `kindOf(context)` names the request a response belongs to (per-kind figures).
 */
export async function load(label, opts, { kindOf } = {}) {
  const latencies = [];
  const byKind = new Map();
  const statusByKind = new Map();
  const instance = autocannon({ timeout: 10, ...opts });
  let seconds = 0;
  let sinceTick = 0;
  instance.on('response', (client, status, _bytes, time) => {
    latencies.push(time);
    sinceTick++;
    if (kindOf) {
      const kind = kindOf(client.requestIterator.context);
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(time);
      const codes = statusByKind.get(kind) ?? {};
      codes[status] = (codes[status] ?? 0) + 1;
      statusByKind.set(kind, codes);
    }
  });
  let window = 0;
  instance.on('tick', () => {
    seconds++;
    window += sinceTick;
    sinceTick = 0;
    if (seconds % 5 === 0) {
      say(`    ${label}: ${seconds}/${opts.duration} s, ${(window / 5).toFixed(0)} req/s over the last 5 s`);
      window = 0;
    }
  });
  const result = await instance;
  const non2xx = result.non2xx;
  return {
    label,
    connections: opts.connections,
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50: pct(latencies, 50),
    p975: pct(latencies, 97.5),
    p99: pct(latencies, 99),
    max: latencies.length ? Math.max(...latencies) : NaN,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, v]) => [code, v.count])),
    byKind: new Map([...byKind].map(([k, xs]) => [k, { n: xs.length, p50: pct(xs, 50), p99: pct(xs, 99), statuses: statusByKind.get(k) }])),
  };
}

/** A Markdown-style table, so figures can be pasted into docs/benchmarks.md as they are. */
export function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  say(lines.join('\n'));
}
