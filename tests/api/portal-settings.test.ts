import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// Portal settings administrators change in the workspace; the map applies to the public site at once.
let stack: TestStack;
let admin: Client;

const valid = () => ({
  languages: ['vi', 'en'],
  map: { tileUrl: 'https://tiles.soctrang.example/{z}/{x}/{y}.png', attribution: '© Sở Tài nguyên và Môi trường', center: { lat: 9.55, lng: 106.0 }, zoom: 11, maxZoom: 17 },
  embedAllowList: ['https://SocTrang.gov.vn', 'https://stc.soctrang.gov.vn', 'https://soctrang.gov.vn'],
  newsFeeds: ['https://soctrang.gov.vn/rss/dau-tu.xml'],
});
const stored = async () => (await stack.db.query(`SELECT value FROM portal_settings WHERE key = 'portal'`))[0]?.value ?? null;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  admin = new Client(stack.url);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
});

afterAll(async () => {
  await stack?.stop();
});

it('defaults come from the configuration; a saved map is what the public site gets', async () => {
  const before = (await admin.get('/api/v1/workspace/settings/portal')).body;
  expect(before).toMatchObject({ map: { tileUrl: stack.config.map.tileUrl, zoom: stack.config.map.zoom }, embedAllowList: [], newsFeeds: [] });
  const put = await admin.send('put', '/api/v1/workspace/settings/portal', valid());
  expect(put.status).toBe(200);
  // Origins are compared case-insensitively: stored lower-case, once, sorted.
  expect(put.body.embedAllowList).toEqual(['https://soctrang.gov.vn', 'https://stc.soctrang.gov.vn']);
  const pub = (await request(stack.url).get('/api/v1/settings/public')).body;
  expect(pub.map).toEqual(valid().map);
});

it.each([
  ['a tile URL without {x}', { map: { ...valid().map, tileUrl: 'https://t.example/{z}/{y}.png' } }, 'map.tileUrl'],
  ['a javascript: tile URL', { map: { ...valid().map, tileUrl: 'javascript:alert(1)//{z}{x}{y}' } }, 'map.tileUrl'],
  ['a centre off the globe', { map: { ...valid().map, center: { lat: 95, lng: 106 } } }, 'map.center.lat'],
  ['zoom above maxZoom', { map: { ...valid().map, zoom: 18, maxZoom: 17 } }, 'map.zoom'],
  ['an origin with a path', { embedAllowList: ['https://soctrang.gov.vn/tin-tuc'] }, 'embedAllowList'],
  ['an origin with a wildcard', { embedAllowList: ['https://*.gov.vn'] }, 'embedAllowList'],
  ['a feed that is not http(s)', { newsFeeds: ['ftp://soctrang.gov.vn/rss'] }, 'newsFeeds'],
  ['no map at all', { map: undefined }, 'map'],
  ['languages without Vietnamese', { languages: ['en'] }, 'languages'],
  ['an unknown language', { languages: ['vi', 'fr'] }, 'languages'],
])('%s → 400 naming %s, nothing stored', async (_label, change, field) => {
  const before = await stored();
  const res = await admin.send('put', '/api/v1/workspace/settings/portal', { ...valid(), ...change });
  expect(res.status).toBe(400);
  expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  expect(await stored()).toEqual(before);
});

it('English switched off: /en pages go to the Vietnamese ones (query kept), the sitemap lists Vietnamese only', async () => {
  expect((await admin.send('put', '/api/v1/workspace/settings/portal', { ...valid(), languages: ['vi'] })).status).toBe(200);
  expect((await request(stack.url).get('/api/v1/settings/public')).body.languages).toEqual(['vi']);
  const res = await request(stack.url).get('/en/projects?sector=wind-power');
  expect(res.status).toBe(302);
  expect(res.headers.location).toBe('/vi/projects?sector=wind-power');
  const sitemap = (await request(stack.url).get('/sitemap.xml')).text;
  expect(sitemap).not.toMatch(/\/en(\/|<)/);
  expect(sitemap).toContain('/vi/projects');
  // Back on: English pages are served again.
  expect((await admin.send('put', '/api/v1/workspace/settings/portal', valid())).status).toBe(200);
  expect((await request(stack.url).get('/en/projects')).status).toBe(200);
});
