import request from 'supertest';
import type { Meilisearch } from 'meilisearch';
import { SEARCH_CLIENT } from '@invest-portal/backend/search-sync/search-client.module.js';
import { SearchSyncWorker } from '@invest-portal/backend/search-sync/sync.worker.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// What the home page shows: headline figures and the editorial board's featured calls.
let stack: TestStack;
let editor: Client;
let officer: Client;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  editor = new Client(stack.url);
  officer = new Client(stack.url);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
});

afterAll(async () => {
  await stack?.stop();
});

it('headline figures count public data only and convert the capital at the configured rate', async () => {
  const res = await request(stack.url).get('/api/v1/stats');
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('public, max-age=60');
  const [db] = await stack.db.query(`
    SELECT (SELECT count(*)::int FROM projects WHERE status = 'published') AS open,
           (SELECT count(*)::int FROM projects WHERE status IN ('published', 'awarded')) AS public,
           (SELECT sum(capital_vnd)::text FROM projects WHERE status = 'published') AS capital,
           (SELECT count(*)::int FROM policies WHERE status = 'published') AS policies,
           (SELECT count(*)::int FROM projects WHERE status NOT IN ('published', 'awarded')) AS hidden`);
  expect(db.hidden).toBeGreaterThan(0); // drafts etc. exist and must not count
  expect(res.body.openProjects).toBe(db.open);
  expect(res.body.publicProjects).toBe(db.public);
  expect(res.body.policies).toBe(db.policies);
  expect(res.body.capital.vnd).toBe(db.capital);
  expect(res.body.capital.usd).toBe(Math.round(Number(db.capital) / stack.config.usdRate.vndPerUsd));
  expect(res.body.capital.rateDate).toBe(stack.config.usdRate.date);
  expect(res.body.sectors).toBeGreaterThan(1);
  expect(res.body.departments).toBeGreaterThan(1);
});

it('the public list filters featured calls; the board features and unfeatures, the index follows', async () => {
  const featured = (await request(stack.url).get('/api/v1/projects?featured=true')).body;
  const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE featured AND status IN ('published', 'awarded')`);
  expect(n).toBeGreaterThan(0);
  expect(featured.total).toBe(n);
  expect(featured.items.every((p: { featured: boolean }) => p.featured)).toBe(true);
  const others = (await request(stack.url).get('/api/v1/projects?featured=false&pageSize=100')).body;
  expect(others.items.some((p: { featured: boolean }) => p.featured)).toBe(false);
  expect((await request(stack.url).get('/api/v1/projects?featured=yes')).status).toBe(400);

  const [target] = await stack.db.query(`SELECT id, slug FROM projects WHERE status = 'published' AND NOT featured LIMIT 1`);
  const on = await editor.post(`/api/v1/workspace/projects/${target.id}/feature`, { featured: true });
  expect(on.status).toBe(200);
  expect(on.body.featured).toBe(true);
  expect((await request(stack.url).get('/api/v1/projects?featured=true')).body.total).toBe(n + 1);
  await stack.app.get(SearchSyncWorker).drain();
  const doc = await stack.app.get<Meilisearch>(SEARCH_CLIENT).index('projects').getDocuments({ filter: 'featured = true', limit: 100 });
  expect(doc.results.map((d) => d.slug)).toContain(target.slug);
  const audit = (await editor.get(`/api/v1/audit?objectType=project&objectId=${target.id}`)).body;
  expect(audit.map((a: { action: string }) => a.action)).toContain('feature');

  const off = await editor.post(`/api/v1/workspace/projects/${target.id}/feature`, { featured: false });
  expect(off.body.featured).toBe(false);
  expect((await request(stack.url).get('/api/v1/projects?featured=true')).body.total).toBe(n);
});

it('featuring refuses drafts (409), bad bodies (400) and officers (403), and changes nothing', async () => {
  const [draft] = await stack.db.query(`SELECT id, version FROM projects WHERE status = 'draft' LIMIT 1`);
  expect((await editor.post(`/api/v1/workspace/projects/${draft.id}/feature`, { featured: true })).status).toBe(409);
  expect((await editor.post(`/api/v1/workspace/projects/${draft.id}/feature`, { featured: 'yes' })).status).toBe(400);
  expect((await editor.post(`/api/v1/workspace/projects/${draft.id}/feature`, {})).status).toBe(400);
  const [published] = await stack.db.query(`SELECT p.id FROM projects p JOIN departments d ON d.id = p.department_id WHERE p.status = 'published' AND d.code = 'STC' LIMIT 1`);
  expect((await officer.post(`/api/v1/workspace/projects/${published.id}/feature`, { featured: true })).status).toBe(403);
  const [after] = await stack.db.query(`SELECT featured, version FROM projects WHERE id = $1`, [draft.id]);
  expect(after).toEqual({ featured: false, version: draft.version });
});
