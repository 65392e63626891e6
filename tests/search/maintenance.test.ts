import { SearchMaintenanceService } from '@invest-portal/backend/search-sync/maintenance.service.js';
import { SearchSyncWorker } from '@invest-portal/backend/search-sync/sync.worker.js';
import { createSearchClient } from '@invest-portal/search';
import type { Meilisearch } from 'meilisearch';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

let stack: TestStack;
let worker: SearchSyncWorker;
let maintenance: SearchMaintenanceService;
let meili: Meilisearch;
let officer: Client;
let editor: Client;
let admin: Client;
let seq = 0;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  worker = stack.app.get(SearchSyncWorker);
  maintenance = stack.app.get(SearchMaintenanceService);
  meili = createSearchClient({ url: stack.services.meiliUrl, apiKey: stack.services.meiliMasterKey, taskTimeoutMs: 60_000 });
  [officer, editor, admin] = [new Client(stack.url), new Client(stack.url), new Client(stack.url)];
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  await worker.drain();
});

afterAll(async () => {
  await stack?.stop();
});

async function publishNew(): Promise<string> {
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  const created = (
    await officer.post('/api/v1/workspace/projects', {
      code: `RB-${++seq}`,
      title: { vi: `Dự án trong lúc dựng lại ${seq}`, en: null },
      summary: { vi: 'Tóm tắt', en: null },
      description: { vi: 'Mô tả', en: null },
      sectorIds: [tax.sectors[0].id],
      unitId: tax.units.find((u: { parentId: string | null }) => u.parentId).id,
      location: { lat: 9.6, lng: 105.97 },
    })
  ).body;
  const submitted = (await officer.post(`/api/v1/workspace/projects/${created.id}/submit`)).body;
  await editor.post(`/api/v1/workspace/projects/${created.id}/publish`, { version: submitted.version });
  return created.id;
}

const clean = (reports: { missing: string[]; extra: string[]; stale: string[] }[]) =>
  reports.every((r) => !r.missing.length && !r.extra.length && !r.stale.length);

it('a fresh start is in sync', async () => {
  const res = await admin.post('/api/v1/search/check', { repair: false });
  expect(res.status).toBe(200);
  expect(clean(res.body)).toBe(true);
  expect(res.body[0].database).toBeGreaterThan(30);
});

it('finds missing, extra and stale documents, and repairs them', async () => {
  const [a, b] = await stack.db.query(`SELECT id FROM projects WHERE status = 'published' ORDER BY code LIMIT 2`);
  await meili.index('projects').deleteDocument(`project-${a.id}`).waitTask();
  await meili.index('projects').addDocuments([{ id: 'project-11111111-1111-4111-8111-111111111111', title_vi: 'không có trong CSDL' }]).waitTask();
  await stack.db.query(`UPDATE projects SET version = version + 5 WHERE id = $1`, [b.id]);
  const [report] = await maintenance.check(false);
  expect(report!.missing).toEqual([`project-${a.id}`]);
  expect(report!.extra).toEqual(['project-11111111-1111-4111-8111-111111111111']);
  expect(report!.stale).toEqual([`project-${b.id}`]);
  const repaired = (await admin.post('/api/v1/search/check', { repair: true })).body;
  expect(repaired[0].repaired).toBe(true);
  await worker.drain();
  expect(clean(await maintenance.check(false))).toBe(true);
});

it('a rebuild under concurrent writes loses nothing', async () => {
  const before = await Promise.all([publishNew(), publishNew()]);
  await worker.drain();
  const rebuilding = maintenance.rebuild();
  // Writes while the new index is being built: publish some, unpublish one that was indexed.
  const during = await Promise.all([publishNew(), publishNew(), publishNew()]);
  await editor.post(`/api/v1/workspace/projects/${before[0]}/unpublish`);
  const reports = await rebuilding;
  expect(reports.map((r) => r.index)).toEqual(['projects', 'policies', 'news']);
  await worker.drain();
  expect(clean(await maintenance.check(false))).toBe(true);
  for (const id of during) expect(await meili.index('projects').getDocument(`project-${id}`)).toMatchObject({ db_id: id });
  await expect(meili.index('projects').getDocument(`project-${before[0]}`)).rejects.toThrow();
  const indexes = (await meili.getIndexes({ limit: 100 })).results.map((i) => i.uid).sort();
  expect(indexes).toEqual(['news', 'policies', 'projects']);
});

it('a wiped Meilisearch is refilled when the worker prepares', async () => {
  await meili.deleteIndex('projects').waitTask();
  await worker.prepare();
  await worker.drain();
  expect(clean(await maintenance.check(false))).toBe(true);
});
