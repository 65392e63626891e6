// npm run bench:search-lag — publish→searchable lag through our outbox worker next to raw
// Meilisearch's single-document update latency, measured interleaved in one run on the same
// servers, plus the full rebuild time of the demo data. Prints figures; asserts nothing.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../backend/dist/bootstrap.js';
import { loadConfig } from '../../backend/dist/config/config.js';
import { createDataSource } from '../../backend/dist/database/data-source.js';
import { runMigrations } from '../../backend/dist/database/migrate.js';
import { seedDemoData } from '../../backend/dist/database/seed/demo.js';
import { startEmbeddedServices } from '../../backend/dist/embedded/index.js';
import { SearchMaintenanceService } from '../../backend/dist/search-sync/maintenance.service.js';
import { SearchSyncWorker } from '../../backend/dist/search-sync/sync.worker.js';
import { OutboxService } from '../../backend/dist/search-sync/outbox.service.js';
import { applyIndexDefinition, createSearchClient, PROJECTS_INDEX, toProjectDocument } from '../../search/dist/index.js';

const N = Number(process.argv[2] ?? 60);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

console.log(`search lag benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Meilisearch 1.21.0, PostgreSQL 18.4`);
const services = await startEmbeddedServices({ postgres: true, meilisearch: true });
try {
  const config = { ...loadConfig({ LOG_LEVEL: 'error' }), databaseUrl: services.databaseUrl, meiliUrl: services.meiliUrl, meiliMasterKey: services.meiliMasterKey };
  const db = createDataSource(services.databaseUrl);
  await db.initialize();
  await runMigrations(db);
  await seedDemoData(db);
  const app = await createApp(config);
  await app.init();
  const worker = app.get(SearchSyncWorker);
  const outbox = app.get(OutboxService);
  await worker.drain();
  const meili = createSearchClient({ url: services.meiliUrl, apiKey: services.meiliMasterKey, taskTimeoutMs: 120_000 });
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
      lat: row.lat, lng: row.lng, areaHa: null, capitalVnd: null, publishedAt: null, lastVerifiedAt: null,
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
  const t = performance.now();
  const reports = await app.get(SearchMaintenanceService).rebuild();
  console.log(`full rebuild of the demo data (${reports.map((r) => `${r.documents} ${r.index}`).join(', ')}): ${fmt(performance.now() - t)}`);
  await app.close();
  await db.destroy();
} finally {
  await services.stop();
}
