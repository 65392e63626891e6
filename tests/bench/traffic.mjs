// npm run bench:traffic [-- --rate 650 --duration 60 --projects 10000 --connections 100 --breakdown 5]
// Mixed public traffic at a fixed rate against the API as production runs it (its own process,
// NODE_ENV=production, the built UI): home pages, project search, project pages (HTML, JSON and the
// view beacon the page sends), the policy list, an RSS feed, an /embed widget and widgets.js, over
// the demo data plus a generated set. Prints latency, errors, and CPU and memory of every process.
// Goal (issue 9): p99 < 100 ms and zero errors at ≥ 650 req/s. Asserts nothing.
// autocannon's overallRate is a per-connection quota per second, sent at the start of each second:
// arrivals are bursty, so the tail is somewhat worse than with evenly spread visitors.
import fs from 'node:fs';
import path from 'node:path';
import { arg, load, main, mib, ms, postgresPids, printMachine, ROOT, sampleProcesses, say, startApi, startServices, table } from './common.mjs';
import { countPublicProjects, ensureProjects, openDatabase, searchClient } from './dataset.mjs';

const RATE = Number(arg('rate', 650));
const BREAKDOWN = Number(arg('breakdown', 5));
const DURATION = Number(arg('duration', 60));
const PROJECTS = Number(arg('projects', 10_000));
const CONNECTIONS = Number(arg('connections', 100));
const UI = path.join(ROOT, 'frontend/dist/browser');

const SEARCHES = [
  'q=dien+gio&lang=vi',
  'q=khu+c%C3%B4ng+nghi%E1%BB%87p&lang=vi&sector=industrial-park',
  'lang=en&sector=aquaculture&sort=newest',
  'q=seafood&lang=en&land=cleared',
  'lang=vi&bbox=105.90,9.50,106.05,9.65',
  'q=du+lich&lang=vi&unit=xa-tran-de,phuong-vinh-chau',
];
const CSRF = 'bench-csrf-token-0123456789';

/**
 * One cycle of 20 requests, roughly what a visit to a public portal produces: pages are opened
 * from the home page and from search; the hashed JS/CSS of the UI is cached by browsers (only the
 * unhashed widgets.js is fetched by embedding pages each time).
 */
function schedule(slugs, only) {
  let n = 0;
  const slug = () => slugs[Math.floor(Math.random() * slugs.length)];
  const lang = () => (Math.random() < 0.8 ? 'vi' : 'en');
  const kinds = [
    ['home HTML', () => ({ path: `/${lang()}` })],
    ['home HTML', () => ({ path: `/${lang()}` })],
    ['home HTML', () => ({ path: `/${lang()}` })],
    ['search API', () => ({ path: `/api/v1/search/projects?${SEARCHES[n % SEARCHES.length]}` })],
    ['search API', () => ({ path: `/api/v1/search/projects?${SEARCHES[(n + 3) % SEARCHES.length]}` })],
    ['search API', () => ({ path: `/api/v1/search/projects?${SEARCHES[(n + 1) % SEARCHES.length]}` })],
    ['search API', () => ({ path: `/api/v1/search/projects?${SEARCHES[(n + 5) % SEARCHES.length]}` })],
    ['project HTML', () => ({ path: `/${lang()}/projects/${slug()}` })],
    ['project HTML', () => ({ path: `/${lang()}/projects/${slug()}` })],
    ['project HTML', () => ({ path: `/${lang()}/projects/${slug()}` })],
    ['project JSON API', () => ({ path: `/api/v1/projects/${slug()}?lang=${lang()}` })],
    ['project JSON API', () => ({ path: `/api/v1/projects/${slug()}?lang=${lang()}` })],
    ['project JSON API', () => ({ path: `/api/v1/projects/${slug()}?lang=${lang()}` })],
    [
      'view beacon (POST)',
      () => ({
        method: 'POST',
        path: '/api/v1/analytics/views',
        headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${CSRF}`, 'x-xsrf-token': CSRF },
        body: JSON.stringify({ kind: 'project', slug: slug() }),
      }),
    ],
    ['policy list API', () => ({ path: `/api/v1/policies?lang=${lang()}` })],
    ['policy list API', () => ({ path: `/api/v1/policies?lang=${lang()}&page=2&pageSize=5` })],
    ['RSS feed', () => ({ path: `/feeds/projects.rss?lang=${lang()}` })],
    ['embed widget page', () => ({ path: `/embed/projects?lang=${lang()}&limit=5` })],
    ['widgets.js', () => ({ path: '/widgets.js' })],
    ['widgets.js', () => ({ path: '/widgets.js' })],
  ].filter(([kind]) => !only || kind === only);
  return (req, context) => {
    const [kind, make] = kinds[n++ % kinds.length];
    context.kind = kind;
    return { ...req, method: 'GET', headers: { 'user-agent': 'invest-portal-bench' }, body: undefined, ...make() };
  };
}

await main(async () => {
  if (!fs.existsSync(path.join(UI, 'index.html')) || !fs.existsSync(path.join(UI, 'widgets.js'))) {
    throw new Error(`the UI build is missing (${UI}): build it with "npx nx run frontend:build", then run this again`);
  }
  const services = await startServices();
  const db = await openDatabase(services);
  await printMachine('mixed public traffic benchmark', { db, meiliUrl: services.meiliUrl, meiliKey: services.meiliMasterKey });
  say(`target ${RATE} req/s for ${DURATION} s over ${CONNECTIONS} connections (autocannon overallRate, loopback, in this process); demo data + ${PROJECTS} generated projects`);
  const meili = searchClient(services);
  const demo = await countPublicProjects(db);
  const total = await ensureProjects(db, meili, demo + PROJECTS, say);
  const api = await startApi(services, { frontendDist: UI });
  say(`API process ${api.pid} ready (NODE_ENV=production) with ${total} public projects`);
  // Real slugs only: a page that is not public answers 404, which would count as an error here.
  const slugs = (await db.query(`SELECT slug FROM projects WHERE status IN ('published', 'awarded') ORDER BY random() LIMIT 5000`)).map((r) => r.slug);
  for (const p of ['/vi', `/en/projects/${slugs[0]}`, '/widgets.js', '/feeds/projects.rss', '/embed/projects?lang=vi&limit=5', '/api/v1/policies?lang=vi']) {
    const r = await fetch(api.url + p);
    say(`  check ${p}: ${r.status} ${r.headers.get('content-type')}, ${(await r.arrayBuffer()).byteLength} bytes`);
  }
  say('warm-up: 5 s at 100 req/s (not counted)…');
  await load('warm-up', { url: api.url, connections: 20, overallRate: 100, duration: 5, requests: [{ setupRequest: schedule(slugs) }] });
  const mark = api.mark();
  const sampler = sampleProcesses({
    'API (Node)': () => [api.pid],
    'PostgreSQL (all processes)': postgresPids(services.pids.postgres),
    Meilisearch: () => [services.pids.meilisearch],
    'load generator (autocannon)': () => [process.pid],
  });
  say(`measuring ${DURATION} s…`);
  const r = await load('traffic', { url: api.url, connections: CONNECTIONS, overallRate: RATE, duration: DURATION, requests: [{ setupRequest: schedule(slugs) }] }, { kindOf: (c) => c.kind });
  const usage = sampler.stop();
  const logged = api.linesSince(mark);

  say('\n== results ==');
  table(
    ['target', 'achieved', 'requests', 'p50', 'p97.5', 'p99', 'max', 'errors (timeouts)', 'non-2xx', 'status codes'],
    [[`${RATE} req/s`, `${r.rps.toFixed(0)} req/s`, r.requests, ms(r.p50), ms(r.p975), ms(r.p99), ms(r.max), `${r.errors} (${r.timeouts})`, r.non2xx, Object.entries(r.statusCodes).map(([c, n]) => `${c}: ${n}`).join(', ')]],
  );
  const p99Ok = r.p99 < 100;
  const clean = r.errors === 0 && r.non2xx === 0;
  const rateOk = r.rps >= RATE * 0.98;
  say(`goal p99 < 100 ms: ${p99Ok ? 'met' : 'NOT met'}; zero errors and non-2xx: ${clean ? 'met' : 'NOT met'}; rate ≥ ${RATE} req/s sustained: ${rateOk ? 'met' : 'NOT met'}`);
  say('\nBy request kind:');
  table(
    ['kind', 'requests', 'p50', 'p99', 'status codes'],
    [...r.byKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.n, ms(v.p50), ms(v.p99), Object.entries(v.statuses).map(([c, n]) => `${c}: ${n}`).join(', ')]),
  );
  say('\nCPU (% of one core; the machine has 2 cores = 200 %) and memory during the measurement:');
  table(
    ['process', 'CPU average', 'CPU peak (1 s)', 'RSS peak', 'RSS average', 'PSS peak'],
    Object.entries(usage).map(([name, u]) => [name, `${u.cpuAvg.toFixed(0)} %`, Number.isFinite(u.cpuPeak) ? `${u.cpuPeak.toFixed(0)} %` : '', mib(u.rssPeak), mib(u.rssAvg), mib(u.pssPeak)]),
  );
  say('(PostgreSQL RSS counts its shared buffers once per process; PSS splits shared pages between processes.)');
  say(`\nAPI log during the measurement (warnings and errors): ${logged.length} line(s)`);
  for (const line of logged.slice(0, 10)) say(`  ${line.slice(0, 300)}`);

  if (BREAKDOWN > 0) {
    // Where the CPU goes: each kind alone, closed loop (10 connections, as fast as it answers).
    say(`\nCost of each request kind alone (${BREAKDOWN} s each, 10 connections, closed loop; CPU time per request):`);
    const rows = [];
    for (const kind of [...r.byKind.keys()].sort()) {
      const s = sampleProcesses({ api: () => [api.pid], postgres: postgresPids(services.pids.postgres), meilisearch: () => [services.pids.meilisearch] });
      const k = await load(kind, { url: api.url, connections: 10, duration: BREAKDOWN, requests: [{ setupRequest: schedule(slugs, kind) }] });
      const u = s.stop();
      const perRequest = (g) => `${((u[g].cpuAvg / 100 / k.rps) * 1000).toFixed(1)} ms`;
      rows.push([kind, `${k.rps.toFixed(0)} req/s`, ms(k.p50), ms(k.p99), perRequest('api'), perRequest('postgres'), perRequest('meilisearch'), `${u['other processes (not started here)'].cpuAvg.toFixed(0)} %`, k.errors + k.non2xx]);
    }
    table(['kind', 'throughput alone', 'p50', 'p99', 'API CPU / request', 'PostgreSQL CPU / request', 'Meilisearch CPU / request', 'other processes CPU', 'errors + non-2xx'], rows);
  }
  await db.destroy();
});
