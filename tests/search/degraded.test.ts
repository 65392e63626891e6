import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { waitUntilGone } from '../harness/processes.js';
import { Client, DEMO } from '../harness/session.js';

// Meilisearch dies: search answers from PostgreSQL, writes keep working and queue for the index.
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  process.kill(stack.services.pids.meilisearch!, 'SIGKILL');
  await waitUntilGone([stack.services.pids.meilisearch!], []);
});

afterAll(async () => {
  await stack?.stop();
});

it('search answers from PostgreSQL with degraded: true, accent-insensitive, with filters', async () => {
  const res = await request(stack.url).get(`/api/v1/search/projects?q=${encodeURIComponent('dien gio')}&pageSize=50`);
  expect(res.status).toBe(200);
  expect(res.body.degraded).toBe(true);
  expect(res.body.total).toBeGreaterThan(0);
  const [wind] = await stack.db.query(`SELECT code FROM projects WHERE status = 'published' AND title->>'vi' ILIKE '%điện gió%' LIMIT 1`);
  expect(res.body.hits.map((h: { code: string }) => h.code)).toContain(wind.code);
  const box = (await request(stack.url).get('/api/v1/search/projects?bbox=105.9,9.2,106.1,9.45&pageSize=100')).body;
  expect(box.degraded).toBe(true);
  expect(box.hits.every((h: { lat: number; lng: number }) => h.lng >= 105.9 && h.lng <= 106.1 && h.lat >= 9.2 && h.lat <= 9.45)).toBe(true);
  const windSector = (await request(stack.url).get('/api/v1/search/projects?sector=wind-power&pageSize=100')).body;
  const [{ n }] = await stack.db.query(
    `SELECT count(DISTINCT p.id)::int AS n FROM projects p JOIN project_sectors ps ON ps.project_id = p.id JOIN sectors s ON s.id = ps.sector_id
      WHERE s.code = 'wind-power' AND p.status IN ('published', 'awarded')`,
  );
  expect(windSector.total).toBe(n);
});

it('the land, capital and area facets filter the same way from PostgreSQL, and map points answer too', async () => {
  const res = (await request(stack.url).get('/api/v1/search/projects?capital=lt-500b,gte-5000b&land=cleared&pageSize=100')).body;
  expect(res.degraded).toBe(true);
  const [{ n }] = await stack.db.query(
    `SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded') AND land_status_kind = 'cleared'
        AND (capital_vnd < 500000000000 OR capital_vnd >= 5000000000000)`,
  );
  expect(n).toBeGreaterThan(0);
  expect(res.total).toBe(n);
  const area = (await request(stack.url).get('/api/v1/search/projects?area=10-50&pageSize=100')).body;
  expect(area.hits.length).toBeGreaterThan(0);
  expect(area.hits.every((h: { areaHa: number }) => h.areaHa >= 10 && h.areaHa < 50)).toBe(true);
  const map = (await request(stack.url).get('/api/v1/search/projects/map?land=cleared')).body;
  const [{ m }] = await stack.db.query(`SELECT count(*)::int AS m FROM projects WHERE status IN ('published', 'awarded') AND land_status_kind = 'cleared'`);
  expect(map).toMatchObject({ degraded: true, total: m });
  expect(map.points).toHaveLength(m);
});

it('writes still succeed and wait in the outbox', async () => {
  const officer = new Client(stack.url);
  const editor = new Client(stack.url);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  const created = await officer.post('/api/v1/workspace/projects', {
    code: 'DEGRADED-1',
    title: { vi: 'Dự án khi tìm kiếm ngừng', en: null },
    summary: { vi: 'Tóm tắt', en: null },
    description: { vi: 'Mô tả', en: null },
    sectorIds: [tax.sectors[0].id],
    unitId: tax.units.find((u: { parentId: string | null }) => u.parentId).id,
    location: { lat: 9.6, lng: 105.97 },
  });
  expect(created.status).toBe(201);
  const submitted = (await officer.post(`/api/v1/workspace/projects/${created.body.id}/submit`)).body;
  expect((await editor.post(`/api/v1/workspace/projects/${created.body.id}/publish`, { version: submitted.version })).status).toBe(200);
  const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = $1 AND done_at IS NULL`, [created.body.id]);
  expect(n).toBe(1);
  const found = (await request(stack.url).get('/api/v1/search/projects?q=tim%20kiem%20ngung')).body;
  expect(found.degraded).toBe(true);
  expect(found.hits.map((h: { code: string }) => h.code)).toContain('DEGRADED-1');
});

it('policies, suggestions and site search also answer from PostgreSQL', async () => {
  const policies = (await request(stack.url).get('/api/v1/search/policies?q=luat%20dau%20tu&incentive=corporate_income_tax')).body;
  expect(policies.degraded).toBe(true);
  expect(policies.hits.every((h: { incentiveTypes: string[] }) => h.incentiveTypes.includes('corporate_income_tax'))).toBe(true);
  const suggest = (await request(stack.url).get('/api/v1/search/suggest?q=dien%20gio')).body;
  expect(suggest.degraded).toBe(true);
  expect(suggest.suggestions.length).toBeGreaterThan(0);
  const site = (await request(stack.url).get('/api/v1/search?q=cang')).body;
  expect(site.projects.degraded).toBe(true);
  expect(site.policies.degraded).toBe(true);
  expect(site.news.degraded).toBe(true);
  // The demo news items, matched accent-insensitively in PostgreSQL.
  const news = (await request(stack.url).get(`/api/v1/search?q=${encodeURIComponent('dien gio ven bien')}`)).body.news;
  expect(news.degraded).toBe(true);
  expect(news.hits.map((h: { title: string }) => h.title)).toContain('Sóc Trăng thúc đẩy các dự án điện gió ven biển Vĩnh Châu');
  expect(news.total).toBe(news.hits.length);
});
