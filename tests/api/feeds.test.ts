import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';

// Feeds and open-data exports of published items, against real PostgreSQL and demo data.
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { PUBLIC_URL: 'https://dautu.soctrang.example' } });
});

afterAll(async () => {
  await stack?.stop();
});

const count = async (sql: string) => (await stack.db.query(sql))[0].n as number;

it('RSS of projects: one item per public project (up to 50), newest change first, no drafts', async () => {
  const res = await request(stack.url).get('/feeds/projects.rss?lang=en');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect(res.headers['cache-control']).toBe('public, max-age=300');
  const items = res.text.match(/<item>/g) ?? [];
  expect(items.length).toBe(Math.min(50, await count(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`)));
  const [draft] = await stack.db.query(`SELECT slug FROM projects WHERE status = 'draft' LIMIT 1`);
  expect(res.text).not.toContain(draft.slug);
  expect(res.text).toContain('<atom:link href="https://dautu.soctrang.example/feeds/projects.rss?lang=en" rel="self"');
  const etag = res.headers.etag;
  expect((await request(stack.url).get('/feeds/projects.rss?lang=en').set('If-None-Match', etag)).status).toBe(304);
});

it('Atom of policies filtered by sector has only that sector’s policies', async () => {
  const [{ code }] = await stack.db.query(`SELECT s.code FROM sectors s JOIN policy_sectors ps ON ps.sector_id = s.id JOIN policies p ON p.id = ps.policy_id WHERE p.status = 'published' LIMIT 1`);
  const res = await request(stack.url).get(`/feeds/policies.atom?sector=${code}`);
  expect(res.status).toBe(200);
  const n = await count(`SELECT count(DISTINCT p.id)::int AS n FROM policies p JOIN policy_sectors ps ON ps.policy_id = p.id JOIN sectors s ON s.id = ps.sector_id WHERE p.status = 'published' AND s.code = '${code}'`);
  expect((res.text.match(/<entry>/g) ?? []).length).toBe(n);
  expect(res.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">');
});

it('GeoJSON and CSV list every public project', async () => {
  const n = await count(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`);
  const geo = await request(stack.url).get('/api/v1/projects.geojson');
  expect(geo.status).toBe(200);
  expect(geo.headers['content-type']).toMatch(/^application\/geo\+json/);
  const body = JSON.parse(geo.text);
  expect(body.type).toBe('FeatureCollection');
  expect(body.features).toHaveLength(n);
  const [lng, lat] = body.features[0].geometry.coordinates;
  expect(lng).toBeGreaterThan(105);
  expect(lat).toBeLessThan(10.5);
  const csv = await request(stack.url).get('/api/v1/projects.csv?lang=en').buffer(true).parse((res, cb) => {
    let data = '';
    res.setEncoding('utf8');
    res.on('data', (c: string) => (data += c));
    res.on('end', () => cb(null, data));
  });
  expect(csv.status).toBe(200);
  const text = csv.body as string;
  expect(text.startsWith('\ufeffcode,title,status')).toBe(true);
  expect(text.trim().split('\r\n')).toHaveLength(n + 1);
});

it.each([['/feeds/projects.rss?lang=fr'], ['/feeds/policies.atom?sector=a%22b'], ['/api/v1/projects.csv?unit=%3Cx%3E']])('%s → 400', async (url) => {
  expect((await request(stack.url).get(url)).status).toBe(400);
});
