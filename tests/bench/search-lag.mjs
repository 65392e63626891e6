// npm run bench:search-lag [-- N] [--updates N] [--rebuild-size 100000]
// 1. Publish→searchable lag through our outbox worker next to raw Meilisearch's single-document
//    update latency, measured interleaved in one run on the same servers (N updates, default 200).
// 2. Full rebuild time of the demo data, then of a generated set (default 100,000 projects) next to
//    the raw Meilisearch ingest time of the very same documents (addDocuments in batches to a
//    scratch index, sent without waiting, until every task has succeeded).
// Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import { createApp } from '../../backend/dist/bootstrap.js';
import { loadConfig } from '../../backend/dist/config/config.js';
import { SearchMaintenanceService } from '../../backend/dist/search-sync/maintenance.service.js';
import { SearchSyncWorker } from '../../backend/dist/search-sync/sync.worker.js';
import { OutboxService } from '../../backend/dist/search-sync/outbox.service.js';
import { documentsFor, INDEXED_ITEMS } from '../../backend/dist/search-sync/sources.js';
import { applyIndexDefinition, createSearchClient, PROJECTS_INDEX, settle, toProjectDocument } from '../../search/dist/index.js';
import { arg, main, onCleanup, pct, printMachine, say, startServices } from './common.mjs';
import { countPublicProjects, generateProjects, openDatabase, waitTasks } from './dataset.mjs';

const positional = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
const N = Number(arg('updates', positional ?? 200));
const REBUILD_SIZE = Number(arg('rebuild-size', 100_000));
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

await main(async () => {
  const services = await startServices();
  // A rebuild of 100,000 projects waits longer for one Meilisearch batch than the default 60 s
  // MEILI_TASK_TIMEOUT_MS on this machine (it then fails): the benchmark measures time, so it waits.
  const config = { ...loadConfig({ LOG_LEVEL: 'error', MEILI_TASK_TIMEOUT_MS: '1800000' }), databaseUrl: services.databaseUrl, meiliUrl: services.meiliUrl, meiliMasterKey: services.meiliMasterKey };
  const db = await openDatabase(services);
  onCleanup(() => db.destroy());
  await printMachine('search lag benchmark', { db, meiliUrl: services.meiliUrl, meiliKey: services.meiliMasterKey });
  say(`${N} updates; rebuild of ${REBUILD_SIZE} projects (MEILI_TASK_TIMEOUT_MS=1800000 for the rebuild's waits)`);
  const app = await createApp(config);
  await app.init();
  onCleanup(() => app.close());
  const worker = app.get(SearchSyncWorker);
  const outbox = app.get(OutboxService);
  await worker.drain();
  const meili = createSearchClient({ url: services.meiliUrl, apiKey: services.meiliMasterKey, taskTimeoutMs: 1_800_000 });
  await applyIndexDefinition(meili, { ...PROJECTS_INDEX, uid: 'raw_bench' });
  const ids = (await db.query(`SELECT id FROM projects WHERE status = 'published' ORDER BY code`)).map((r) => r.id);
  const raw = [];
  const ours = [];
  for (let i = 0; i < N; i++) {
    const id = ids[i % ids.length];
    // Raw: one document straight into Meilisearch, until its task has succeeded.
    const [row] = await db.query(`SELECT p.*, 'x' AS _ FROM projects p WHERE id = $1`, [id]);
    const doc = { ...toProjectDocument({
      id, code: row.code, slug: row.slug, status: row.status, version: row.version, title: row.title, summary: row.summary, description: row.description,
      sectors: [], unit: { code: 'u', name: { vi: 'u', en: null } }, department: { code: 'd', name: { vi: 'd', en: null } }, investmentForm: null,
      lat: row.lat, lng: row.lng, areaHa: null, capitalVnd: null, landStatusKind: null, featured: false, publishedAt: null, lastVerifiedAt: null,
    }), title_vi: `raw ${i}` };
    let t = performance.now();
    await meili.index('raw_bench').addDocuments([doc]).waitTask({ timeout: 120_000, interval: 10 });
    raw.push(performance.now() - t);
    // Ours: a committed change of a published project (with its outbox row) until searchable.
    t = performance.now();
    // Through the outbox service, as the API does (row + NOTIFY in the same transaction).
    const [[{ version }]] = await db.transaction(async (em) => {
      const r = await em.query(`UPDATE projects SET title = jsonb_set(title, '{vi}', to_jsonb($2::text)), version = version + 1 WHERE id = $1 RETURNING version`, [id, `Dự án đo độ trễ ${i}`]);
      await outbox.enqueue(em, 'project', id);
      return r;
    });
    for (;;) {
      const d = await meili.index('projects').getDocument(`project-${id}`).catch(() => null);
      if (d && d.version >= version) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    ours.push(performance.now() - t);
    if ((i + 1) % 10 === 0) process.stdout.write(`  ${i + 1}/${N}\n`);
  }
  console.log(`raw Meilisearch single update → task succeeded: p50 ${fmt(pct(raw, 50))}, p99 ${fmt(pct(raw, 99))}`);
  console.log(`our publish → searchable (outbox + worker):     p50 ${fmt(pct(ours, 50))}, p99 ${fmt(pct(ours, 99))}`);
  console.log(`p99 difference: ${fmt(pct(ours, 99) - pct(raw, 99))} (goal: at most +0.50 s)`);
  const maintenance = app.get(SearchMaintenanceService);
  let t = performance.now();
  const reports = await maintenance.rebuild();
  console.log(`full rebuild of the demo data (${reports.map((r) => `${r.documents} ${r.index}`).join(', ')}): ${fmt(performance.now() - t)}`);
  await settle(meili.deleteIndex('raw_bench'));

  // ---- rebuild of a large data set next to the raw ingest of the same documents ----
  const have = await countPublicProjects(db);
  if (REBUILD_SIZE > have) {
    say(`\ngenerating ${REBUILD_SIZE - have} projects (to ${REBUILD_SIZE} public projects)…`);
    t = performance.now();
    await generateProjects(db, REBUILD_SIZE - have, say);
    say(`  database: ${fmt(performance.now() - t)}`);
  }
  say(`full rebuild by swap (npm run search:rebuild's code path: SearchMaintenanceService.rebuild)…`);
  let lastShown = 0;
  const progress = (m) => {
    const sent = /: (\d+)\/\d+ documents sent/.exec(m);
    // Every 10,000 documents, and every message that is not a batch count.
    if (!sent || Number(sent[1]) - lastShown >= 10_000) {
      say(`  [${fmt(performance.now() - t)}] ${m}`);
      if (sent) lastShown = Number(sent[1]);
    }
  };
  t = performance.now();
  // The rebuild says nothing while Meilisearch works through its batches: show the index growing.
  const ticker = setInterval(async () => {
    const { indexes } = await meili.getStats().catch(() => ({ indexes: {} }));
    const shown = Object.entries(indexes).filter(([uid, v]) => /_rebuild_/.test(uid) || v.isIndexing);
    if (shown.length) say(`  [${fmt(performance.now() - t)}] ${shown.map(([uid, v]) => `${uid}: ${v.numberOfDocuments} documents${v.isIndexing ? ', indexing' : ''}`).join('; ')}`);
  }, 10_000);
  const big = await maintenance.rebuild(progress).finally(() => clearInterval(ticker));
  const rebuildMs = performance.now() - t;
  const projectsReport = big.find((r) => r.index === PROJECTS_INDEX.uid);
  await worker.drain(600_000);

  say(`raw ingest of the same documents into a scratch index…`);
  t = performance.now();
  const allIds = (await db.query(`SELECT id FROM (${INDEXED_ITEMS.project}) items ORDER BY id`)).map((r) => r.id);
  const batches = [];
  for (let i = 0; i < allIds.length; i += 1000) batches.push(await documentsFor(db.manager, 'project', allIds.slice(i, i + 1000)));
  const buildMs = performance.now() - t;
  say(`  ${allIds.length} documents built from PostgreSQL in ${fmt(buildMs)} (not part of the ingest time)`);
  t = performance.now();
  await applyIndexDefinition(meili, { ...PROJECTS_INDEX, uid: 'raw_ingest' });
  // One upload at a time, each only until Meilisearch has queued it (202), not until its task is
  // done (what is fastest for Meilisearch); then every task is awaited. (A hundred parallel uploads
  // of 1,000 documents broke connections with EPIPE here.)
  const tasks = [];
  for (const docs of batches) tasks.push(await meili.index('raw_ingest').addDocuments(docs, { primaryKey: 'id' }));
  say(`  [${fmt(performance.now() - t)}] ${tasks.length} batches queued`);
  await waitTasks(meili, tasks, (done) => say(`  [${fmt(performance.now() - t)}] ${done}/${tasks.length} batches of 1,000 indexed`));
  const ingestMs = performance.now() - t;
  const stats = await meili.index('raw_ingest').getStats();
  await settle(meili.deleteIndex('raw_ingest'));

  say(`\nfull rebuild of ${projectsReport.documents} projects (+ ${big.filter((r) => r !== projectsReport).map((r) => `${r.documents} ${r.index}`).join(', ')}), all indexes: ${fmt(rebuildMs)}`);
  say(`  projects index alone (read PostgreSQL, build documents, index, swap): ${projectsReport.seconds.toFixed(2)} s`);
  say(`raw Meilisearch ingest of the same ${stats.numberOfDocuments} documents (settings first, batches of 1,000): ${fmt(ingestMs)}`);
  say(`rebuild ÷ raw ingest (projects index): ${(projectsReport.seconds / (ingestMs / 1000)).toFixed(2)}; difference ${fmt(projectsReport.seconds * 1000 - ingestMs)}`);
});
