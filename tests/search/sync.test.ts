import { SearchSyncWorker } from '@invest-portal/backend/search-sync/sync.worker.js';
import { applyIndexDefinition, createSearchClient, PROJECTS_INDEX, POLICIES_INDEX } from '@invest-portal/search';
import type { Meilisearch } from 'meilisearch';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// The outbox → Meilisearch pipeline, end to end: real PostgreSQL, real Meilisearch, the worker of
// the running API. Retries are fast here so that parking can be observed.
let stack: TestStack;
let worker: SearchSyncWorker;
let meili: Meilisearch;
let officer: Client;
let editor: Client;
let admin: Client;
let sectorId: string;
let unitId: string;
let seq = 0;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { SEARCH_SYNC_MAX_ATTEMPTS: '3', SEARCH_SYNC_RETRY_MS: '20' } });
  worker = stack.app.get(SearchSyncWorker);
  meili = createSearchClient({ url: stack.services.meiliUrl, apiKey: stack.services.meiliMasterKey, taskTimeoutMs: 60_000 });
  [officer, editor, admin] = [new Client(stack.url), new Client(stack.url), new Client(stack.url)];
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  sectorId = tax.sectors[0].id;
  unitId = tax.units.find((u: { parentId: string | null }) => u.parentId).id;
  await worker.drain();
});

afterAll(async () => {
  await stack?.stop();
});

async function doc(id: string): Promise<Record<string, unknown> | null> {
  return meili
    .index('projects')
    .getDocument(`project-${id}`)
    .then((d) => d as Record<string, unknown>)
    .catch(() => null);
}

async function newProject(): Promise<{ id: string; version: number }> {
  const res = await officer.post('/api/v1/workspace/projects', {
    code: `SYNC-${++seq}`,
    title: { vi: `Nhà máy chế biến tôm Vĩnh Châu ${seq}`, en: `Vinh Chau shrimp plant ${seq}` },
    summary: { vi: 'Tóm tắt', en: 'Summary' },
    description: { vi: 'Mô tả', en: 'Description' },
    sectorIds: [sectorId],
    unitId,
    location: { lat: 9.33, lng: 105.98 },
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function publishNew(): Promise<{ id: string; version: number }> {
  const p = await newProject();
  const submitted = (await officer.post(`/api/v1/workspace/projects/${p.id}/submit`)).body;
  const published = await editor.post(`/api/v1/workspace/projects/${p.id}/publish`, { version: submitted.version });
  expect(published.status).toBe(200);
  return published.body;
}

it('on an empty index the public demo data is indexed, and nothing else', async () => {
  const [{ n: projects }] = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`);
  const [{ n: policies }] = await stack.db.query(`SELECT count(*)::int AS n FROM policies WHERE status = 'published'`);
  expect((await meili.index('projects').getStats()).numberOfDocuments).toBe(projects);
  expect((await meili.index('policies').getStats()).numberOfDocuments).toBe(policies);
  const statuses = await meili.index('projects').search('', { facets: ['status'], limit: 0 });
  expect(Object.keys(statuses.facetDistribution!.status!).sort()).toEqual(expect.arrayContaining(['published']));
  expect(Object.keys(statuses.facetDistribution!.status!).every((s) => ['published', 'awarded'].includes(s))).toBe(true);
});

it('index settings are applied as code', async () => {
  const settings = await meili.index('projects').getSettings();
  expect(settings.searchableAttributes).toEqual(PROJECTS_INDEX.settings.searchableAttributes);
  expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['sector_codes', '_geo', 'capital_vnd']));
  expect(settings.pagination).toEqual({ maxTotalHits: 100_000 });
});

it('drafts and submitted items are never indexed; publish adds, update replaces, unpublish removes', async () => {
  const p = await newProject();
  const submitted = (await officer.post(`/api/v1/workspace/projects/${p.id}/submit`)).body;
  await worker.drain();
  expect(await doc(p.id)).toBeNull();
  const published = (await editor.post(`/api/v1/workspace/projects/${p.id}/publish`, { version: submitted.version })).body;
  await worker.drain();
  expect(await doc(p.id)).toMatchObject({ version: published.version, status: 'published', type: 'project' });
  const edited = (await admin.patch(`/api/v1/workspace/projects/${p.id}`, { version: published.version, title: { vi: 'Tên mới đã sửa', en: 'Renamed' } })).body;
  await worker.drain();
  expect(await doc(p.id)).toMatchObject({ title_vi: 'Tên mới đã sửa', version: edited.version });
  await editor.post(`/api/v1/workspace/projects/${p.id}/unpublish`);
  await worker.drain();
  expect(await doc(p.id)).toBeNull();
});

it('archive and award follow the public view', async () => {
  const a = await publishNew();
  await editor.post(`/api/v1/workspace/projects/${a.id}/award`);
  await worker.drain();
  expect((await doc(a.id))?.status).toBe('awarded');
  await editor.post(`/api/v1/workspace/projects/${a.id}/archive`);
  await worker.drain();
  expect(await doc(a.id)).toBeNull();
});

it('a write whose transaction rolls back never reaches the index', async () => {
  const p = await newProject();
  const runner = stack.db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query(`UPDATE projects SET status = 'published', published_at = now() WHERE id = $1`, [p.id]);
  await runner.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('project', $1)`, [p.id]);
  await runner.rollbackTransaction();
  await runner.release();
  await worker.drain();
  expect(await doc(p.id)).toBeNull();
  // And a refused request (stale version) writes no outbox row either.
  const [{ n: before }] = await stack.db.query('SELECT count(*)::int AS n FROM search_outbox');
  const submitted = (await officer.post(`/api/v1/workspace/projects/${p.id}/submit`)).body;
  expect((await editor.post(`/api/v1/workspace/projects/${p.id}/publish`, { version: submitted.version - 1 })).status).toBe(409);
  const [{ n: after }] = await stack.db.query('SELECT count(*)::int AS n FROM search_outbox');
  expect(after).toBe(before);
});

it('a replayed or late outbox row leaves the newest state', async () => {
  const p = await publishNew();
  await worker.drain();
  const edited = (await admin.patch(`/api/v1/workspace/projects/${p.id}`, { version: p.version, summary: { vi: 'Bản mới nhất' } })).body;
  await worker.drain();
  // Deliver the older rows again, as a crash between send and "done" would.
  await stack.db.query(`UPDATE search_outbox SET done_at = NULL WHERE entity_id = $1`, [p.id]);
  await stack.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('project', $1), ('project', $1)`, [p.id]);
  await worker.drain();
  expect(await doc(p.id)).toMatchObject({ summary_vi: 'Bản mới nhất', version: edited.version });
});

it('publishing many at once costs one indexing pass per batch', async () => {
  const items = await Promise.all(Array.from({ length: 8 }, () => newProject()));
  for (const p of items) {
    const s = (await officer.post(`/api/v1/workspace/projects/${p.id}/submit`)).body;
    await editor.post(`/api/v1/workspace/projects/${p.id}/publish`, { version: s.version });
  }
  const tasksBefore = (await meili.tasks.getTasks({ indexUids: ['projects'], types: ['documentAdditionOrUpdate'], limit: 1 })).total ?? 0;
  await worker.drain();
  const tasksAfter = (await meili.tasks.getTasks({ indexUids: ['projects'], types: ['documentAdditionOrUpdate'], limit: 1 })).total ?? 0;
  for (const p of items) expect(await doc(p.id)).not.toBeNull();
  // The background loop may have picked up part of the burst before drain(): at most a few tasks, not eight.
  expect(tasksAfter - tasksBefore).toBeLessThanOrEqual(3);
});

it('a failing Meilisearch task is retried, parked and reported, never marked done; retry after the fix succeeds', async () => {
  // Break the index: a primary key our documents do not have makes every addition task fail after its 202.
  await meili.deleteIndex('policies').waitTask();
  await meili.createIndex('policies', { primaryKey: 'no_such_field' }).waitTask();
  const [policy] = await stack.db.query(`SELECT id FROM policies WHERE status = 'published' LIMIT 1`);
  await stack.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('policy', $1)`, [policy.id]);
  const deadline = Date.now() + 30_000;
  while ((await worker.stats()).parked === 0 && Date.now() < deadline) await worker.tick().then(() => new Promise((r) => setTimeout(r, 30)));
  const [row] = await stack.db.query(`SELECT attempts, done_at, parked_at, last_error FROM search_outbox WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [policy.id]);
  expect(row.attempts).toBe(3);
  expect(row.done_at).toBeNull();
  expect(row.parked_at).not.toBeNull();
  expect(row.last_error).toMatch(/failed/);
  const stats = await admin.get('/api/v1/search/sync');
  expect(stats.body.parked).toBeGreaterThanOrEqual(1);
  const ready = (await new Client(stack.url).get('/ready')).body;
  expect(ready.checks.searchSync.ok).toBe(false);
  // Fix the index, requeue: the document arrives and the row is done.
  await meili.deleteIndex('policies').waitTask();
  await applyIndexDefinition(meili, POLICIES_INDEX);
  expect((await admin.post('/api/v1/search/sync/retry-parked')).body.requeued).toBeGreaterThanOrEqual(1);
  await worker.drain();
  expect(await meili.index('policies').getDocument(`policy-${policy.id}`)).toMatchObject({ type: 'policy' });
  expect((await worker.stats()).parked).toBe(0);
});

it('renaming a sector re-sends the public projects that carry its label', async () => {
  const [sector] = await stack.db.query(`SELECT s.id, s.code FROM sectors s WHERE s.code = 'wind-power'`);
  const res = await admin.patch(`/api/v1/taxonomies/sectors/${sector.id}`, { nameVi: 'Điện gió (ngoài khơi và ven bờ)' });
  expect(res.status).toBe(200);
  await worker.drain();
  const hits = await meili.index('projects').search('', { filter: ['sector_codes = "wind-power"'], limit: 100 });
  expect(hits.hits.length).toBeGreaterThan(0);
  expect(hits.hits.every((h) => (h.sectors_vi as string[]).includes('Điện gió (ngoài khơi và ven bờ)'))).toBe(true);
});
