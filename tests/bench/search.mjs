// npm run bench:search [-- --sizes 10000,100000 --duration 15 --connections 10,50]
// The same mix of project searches sent (a) straight to Meilisearch with exactly the request our
// API sends (POST /multi-search with the queries built by the search library) and (b) through our
// API (GET /api/v1/search/projects, a separate production-like process), one after the other in
// one run, at each concurrency, over generated data sets. Prints figures and ratios; asserts nothing.
// autocannon sends no Accept-Encoding, so raw answers are not compressed; the API's client (fetch)
// asks for gzip, and that cost is part of what the API path measures.
import { buildProjectSearch, INDEXES } from '../../search/dist/index.js';
import { arg, load, main, mib, ms, postgresPids, printMachine, sampleProcesses, say, startApi, startServices, table } from './common.mjs';
import { ensureProjects, openDatabase, searchClient } from './dataset.mjs';

const SIZES = String(arg('sizes', '10000,100000')).split(',').map(Number);
const DURATION = Number(arg('duration', 15));
const CONNECTIONS = String(arg('connections', '10,50')).split(',').map(Number);
const WARMUP = Math.min(5, DURATION);

/** What investors send: text (with and without diacritics, both languages), facets, geo, empty text with filters, sorts. */
const MIX = [
  { name: 'text vi', q: 'điện gió', lang: 'vi' },
  { name: 'text vi, unaccented', q: 'dien gio vinh chau', lang: 'vi' },
  { name: 'text vi + sector', q: 'khu cong nghiep', lang: 'vi', sector: 'industrial-park' },
  { name: 'text vi, long', q: 'nhà máy chế biến thủy sản xuất khẩu', lang: 'vi' },
  { name: 'unaccented + land', q: 'che bien thuy san', lang: 'vi', land: 'cleared,industrial_zone' },
  { name: 'text en', q: 'seafood processing plant', lang: 'en' },
  { name: 'synonym', q: 'kcn', lang: 'vi' },
  { name: 'empty + sector', q: '', lang: 'vi', sector: 'aquaculture' },
  { name: 'empty + units + capital, sort', q: '', lang: 'en', unit: 'xa-tran-de,phuong-vinh-chau', capital: '500b-2000b', sort: 'capital_desc' },
  { name: 'empty + 3 facets, by title', q: '', lang: 'vi', department: 'SCT', form: 'ppp,direct', area: '10-50', sort: 'title' },
  { name: 'map box', q: '', lang: 'vi', bbox: '105.90,9.50,106.05,9.65' },
  { name: 'text + radius, by distance', q: 'du lich', lang: 'vi', near: '9.60,105.97,15', sort: 'distance' },
  { name: 'empty, newest', q: '', lang: 'en', sort: 'newest' },
  { name: 'text en + capital range', q: 'hospital', lang: 'en', capitalMin: '100000000000', capitalMax: '5000000000000' },
];

/** The API's own mapping of the query string (SearchApiService's toQuery), defaults included. */
function toQuery(p) {
  const list = (v) => (v ? [...new Set(v.split(','))] : undefined);
  const nums = (v) => v.split(',').map(Number);
  const near = p.near ? nums(p.near) : undefined;
  const num = (v) => (v === undefined ? undefined : Number(v));
  const range = (min, max) => (min === undefined && max === undefined ? undefined : { min, max });
  return {
    q: p.q ?? '',
    lang: p.lang ?? 'vi',
    filters: {
      sector: list(p.sector),
      unit: list(p.unit),
      department: list(p.department),
      form: list(p.form),
      land: list(p.land),
      capital: list(p.capital),
      area: list(p.area),
      status: list(p.status),
    },
    capital: range(num(p.capitalMin), num(p.capitalMax)),
    area: range(num(p.areaMin), num(p.areaMax)),
    bbox: p.bbox ? nums(p.bbox) : undefined,
    near: near ? { lat: near[0], lng: near[1], km: near[2] } : undefined,
    sort: p.sort ?? 'relevance',
    page: 1,
    pageSize: 20,
  };
}

const apiPath = ({ name, ...p }) => `/api/v1/search/projects?${new URLSearchParams(Object.entries(p).filter(([, v]) => v !== ''))}`;

/** Exactly what SearchApiService.fromMeilisearch sends: the main query plus one per selected facet. */
function rawBody(p) {
  const built = buildProjectSearch(INDEXES.project.uid, toQuery(p));
  return JSON.stringify({ queries: [built.main, ...built.facetQueries.map((f) => f.query)] });
}

/**
 * One request slot whose content rotates through the mix over all connections together: with a
 * fixed list per connection, every connection would start at the first query and a short run at
 * 50 connections would never reach the last ones (and raw and API would see different mixes).
 */
function rotating(requests) {
  let n = 0;
  return [
    {
      ...requests[0],
      setupRequest: (req, context) => {
        const i = n++ % requests.length;
        context.kind = i;
        // A copy: autocannon writes Content-Length into the headers object it is given.
        return { ...req, ...requests[i], headers: { ...requests[i].headers } };
      },
    },
  ];
}

await main(async () => {
  const services = await startServices();
  const db = await openDatabase(services);
  await printMachine('search benchmark: Meilisearch straight vs through our API', { db, meiliUrl: services.meiliUrl, meiliKey: services.meiliMasterKey });
  say(`sizes ${SIZES.join(', ')} projects; ${DURATION} s per measurement; ${CONNECTIONS.join(' and ')} connections; ${MIX.length} queries in the mix (loopback, autocannon in this process)`);
  const meili = searchClient(services);
  const meiliHeaders = { 'content-type': 'application/json', authorization: `Bearer ${services.meiliMasterKey}` };
  const rawRequests = MIX.map((p) => ({ method: 'POST', path: '/multi-search', headers: meiliHeaders, body: rawBody(p) }));
  const apiRequests = MIX.map((p) => ({ method: 'GET', path: apiPath(p) }));
  let api;
  const rows = [];
  const perQuery = [];
  const cpuRows = [];
  for (const size of [...SIZES].sort((a, b) => a - b)) {
    say(`\n== ${size} projects ==`);
    const t = performance.now();
    const total = await ensureProjects(db, meili, size, say);
    say(`data set ready: ${total} public projects (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    // Started once the index is full: an API meeting an empty index queues every project for indexing.
    api ??= await startApi(services);
    // Same body, same answer: the API's total must be the raw total, or the comparison is void.
    const bytes = [];
    for (let i = 0; i < MIX.length; i++) {
      const text = (url, init) => fetch(url, init).then((r) => r.text(), (err) => Promise.reject(new Error(`${url}: ${err.cause?.message ?? err.message}`)));
      const apiText = await text(api.url + apiRequests[i].path);
      const rawText = await text(`${services.meiliUrl}/multi-search`, { method: 'POST', headers: meiliHeaders, body: rawRequests[i].body });
      bytes[i] = { raw: Buffer.byteLength(rawText), api: Buffer.byteLength(apiText) };
      const viaApi = JSON.parse(apiText);
      const raw = JSON.parse(rawText);
      const rawTotal = raw.results?.[0]?.totalHits;
      if (viaApi.total !== rawTotal) say(`  WARNING ${MIX[i].name}: API total ${viaApi.total} ≠ raw total ${rawTotal} (${JSON.stringify(viaApi).slice(0, 200)})`);
      else if (size === SIZES[0] || i < 3) say(`  ${MIX[i].name}: ${rawTotal} hits (API and raw agree)`);
    }
    const targets = {
      raw: { url: services.meiliUrl, get requests() { return rotating(rawRequests); } },
      api: { url: api.url, get requests() { return rotating(apiRequests); } },
    };
    say(`warm-up ${WARMUP} s each (not counted)…`);
    for (const [name, target] of Object.entries(targets)) await load(`warm-up ${name}`, { ...target, connections: 10, duration: WARMUP });
    for (const connections of CONNECTIONS) {
      const pair = {};
      for (const [name, target] of Object.entries(targets)) {
        say(`  ${size} projects, ${connections} connections, ${name}…`);
        const mark = api.mark();
        const sampler = sampleProcesses({ api: () => [api.pid], postgres: postgresPids(services.pids.postgres), meilisearch: () => [services.pids.meilisearch], 'load generator': () => [process.pid] });
        const r = await load(`${name} c=${connections}`, { ...target, connections, duration: DURATION }, { kindOf: (c) => c.kind });
        const cpu = sampler.stop();
        const logged = api.linesSince(mark);
        if (logged.length) say(`    API logged ${logged.length} line(s) meanwhile, first: ${logged.slice(0, 3).join(' | ')}`);
        pair[name] = r;
        cpuRows.push([size, connections, name, ...['meilisearch', 'api', 'postgres', 'load generator', 'other processes (not started here)'].map((g) => `${cpu[g].cpuAvg.toFixed(0)} %`), mib(cpu.meilisearch.rssPeak), mib(cpu.api.rssPeak)]);
        say(`    ${r.rps.toFixed(0)} req/s, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, errors ${r.errors}, non-2xx ${r.non2xx}`);
      }
      const { raw, api: viaApi } = pair;
      const thr = viaApi.rps / raw.rps;
      const p99 = viaApi.p99 / raw.p99;
      const thrOk = thr >= 0.8;
      const p99Ok = viaApi.p99 <= 1.3 * raw.p99 + 5;
      for (const r of [raw, viaApi]) {
        rows.push([size, connections, r === raw ? 'Meilisearch' : 'API', r.rps.toFixed(0), ms(r.p50), ms(r.p99), `${r.errors} / ${r.non2xx}`, r === raw ? '' : `${thr.toFixed(2)} ${thrOk ? 'met' : 'NOT met'}`, r === raw ? '' : `${p99.toFixed(2)} (limit ${ms(1.3 * raw.p99 + 5)}) ${p99Ok ? 'met' : 'NOT met'}`]);
      }
      if (connections === CONNECTIONS[0]) {
        for (let i = 0; i < MIX.length; i++) {
          const a = raw.byKind.get(i);
          const b = viaApi.byKind.get(i);
          perQuery.push([size, MIX[i].name, ms(a?.p50), ms(a?.p99), ms(b?.p50), ms(b?.p99), a && b ? `${b.p50 >= a.p50 ? '+' : ''}${(b.p50 - a.p50).toFixed(1)} ms` : '', `${(bytes[i].raw / 1024).toFixed(0)} / ${(bytes[i].api / 1024).toFixed(0)} KB`]);
        }
      }
    }
  }
  say('\n== results ==');
  say('Goals: throughput API ≥ 0.8 × raw; p99 API ≤ 1.3 × raw p99 + 5 ms. Raw = POST /multi-search with the API\'s exact queries.');
  table(['projects', 'connections', 'target', 'req/s', 'p50', 'p99', 'errors / non-2xx', 'throughput API ÷ raw', 'p99 API ÷ raw'], rows);
  say('\nCPU (% of one core, average over the measurement; 2 cores = 200 %) and peak RSS while each target was loaded; "other processes" is load on the shared machine that this benchmark did not start:');
  table(['projects', 'connections', 'target', 'Meilisearch CPU', 'API CPU', 'PostgreSQL CPU', 'autocannon CPU', 'other processes CPU', 'Meilisearch RSS', 'API RSS'], cpuRows);
  say(`\nPer query at ${CONNECTIONS[0]} connections (latency of that query inside the mix):`);
  table(['projects', 'query', 'raw p50', 'raw p99', 'API p50', 'API p99', 'API − raw at p50', 'response raw / API'], perQuery);
  await db.destroy();
});
