import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// The iframe widgets (/embed/…), who may frame them (CSP), who may read the public API from a
// browser elsewhere (CORS), and oEmbed for project pages. Real PostgreSQL and demo data.
let stack: TestStack;
let admin: Client;
const ALLOWED = 'https://soctrang.gov.vn';
const OTHER = 'https://evil.example';

async function setAllowList(origins: string[]): Promise<void> {
  const current = (await admin.get('/api/v1/workspace/settings/portal')).body;
  const res = await admin.send('put', '/api/v1/workspace/settings/portal', { ...current, embedAllowList: origins });
  expect(res.status).toBe(200);
}

const frameAncestors = (res: request.Response) => /frame-ancestors ([^;]*)/.exec(res.headers['content-security-policy'] ?? '')?.[1];

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { PUBLIC_URL: 'https://dautu.soctrang.example' } });
  admin = new Client(stack.url);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  await setAllowList([ALLOWED]);
});

afterAll(async () => {
  await stack?.stop();
});

describe('/embed pages', () => {
  it.each([
    ['/embed/projects?lang=en&limit=3&sector=NN&featured=1', '<invest-projects lang="en" limit="3" sector="NN" featured></invest-projects>'],
    ['/embed/map?height=320&department=STC', '<invest-map lang="vi" department="STC" height="320"></invest-map>'],
    ['/embed/policies?limit=4&unit=TP-ST', '<invest-policies lang="vi" limit="4" unit="TP-ST"></invest-policies>'],
    ['/embed/search?lang=en', '<invest-search lang="en"></invest-search>'],
    ['/embed/projects?project=some-project-slug', '<invest-projects lang="vi" project="some-project-slug"></invest-projects>'],
  ])('%s renders its widget, framed only by the portal and the allow-list', async (url, element) => {
    const res = await request(stack.url).get(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain(element);
    expect(res.text).toContain('<script src="/widgets.js" defer></script>');
    expect(res.text).toContain(`{"allowedOrigins":["${ALLOWED}"]}`);
    expect(frameAncestors(res)).toBe(`'self' ${ALLOWED}`);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['cache-control']).toBe('public, max-age=60');
  });

  it('parameters that do not apply to a widget are not passed on', async () => {
    const res = await request(stack.url).get('/embed/search?limit=5&sector=NN');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<invest-search lang="vi"></invest-search>');
  });

  it.each([
    ['/embed/projects?limit=0', 'limit'],
    ['/embed/projects?limit=21', 'limit'],
    ['/embed/projects?limit=abc', 'limit'],
    ['/embed/projects?lang=fr', 'lang'],
    ['/embed/projects?sector=%22%3E%3Cscript%3E', 'sector'],
    ['/embed/projects?featured=maybe', 'featured'],
    ['/embed/projects?project=Not%20A%20Slug', 'project'],
    ['/embed/map?height=50', 'height'],
    ['/embed/map?height=99999', 'height'],
    ['/embed/projects?color=red', 'color'],
  ])('%s is refused with 400 naming %s', async (url, field) => {
    const res = await request(stack.url).get(url);
    expect(res.status).toBe(400);
    expect(res.body.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it('an unknown widget is a 404, not the app shell', async () => {
    const res = await request(stack.url).get('/embed/weather');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('a change to the allow-list applies to the next page', async () => {
    await setAllowList([ALLOWED, 'https://stc.soctrang.gov.vn']);
    expect(frameAncestors(await request(stack.url).get('/embed/projects'))).toBe(`'self' ${ALLOWED} https://stc.soctrang.gov.vn`);
    await setAllowList([]);
    expect(frameAncestors(await request(stack.url).get('/embed/projects'))).toBe("'self'");
    await setAllowList([ALLOWED]);
  });
});

describe('no framing anywhere else', () => {
  it.each(['/vi', '/en/projects', '/workspace', '/vi/contact', '/api/v1/stats', '/feeds/projects.rss', '/api/docs', '/robots.txt'])('%s: frame-ancestors none and X-Frame-Options DENY', async (url) => {
    const res = await request(stack.url).get(url);
    expect(res.status).toBeLessThan(400);
    expect(frameAncestors(res)).toBe("'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('CORS for the widgets', () => {
  const widgetReads = ['/api/v1/search/projects?pageSize=2', '/api/v1/search/projects/map', '/api/v1/search/policies', '/api/v1/settings/public', '/api/v1/taxonomies', '/api/v1/departments', '/api/v1/stats'];

  it.each(widgetReads)('%s: readable from an allow-listed origin, not from others', async (url) => {
    const ok = await request(stack.url).get(url).set('Origin', ALLOWED);
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    expect(ok.headers.vary).toMatch(/Origin/);
    const refused = await request(stack.url).get(url).set('Origin', OTHER);
    expect(refused.status).toBe(200);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('origins compare case-insensitively', async () => {
    const res = await request(stack.url).get('/api/v1/stats').set('Origin', 'HTTPS://SocTrang.gov.vn');
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
  });

  it('a public project page is readable by a widget', async () => {
    const [p] = await stack.db.query(`SELECT slug FROM projects WHERE status = 'published' LIMIT 1`);
    const res = await request(stack.url).get(`/api/v1/projects/${p.slug}`).set('Origin', ALLOWED);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
  });

  it.each(['/api/v1/auth/me', '/api/v1/workspace/projects', '/api/v1/workspace/settings/portal'])('%s is never readable cross-origin, even from the allow-list or signed in', async (url) => {
    const res = await admin.send('get', url, undefined, { headers: { Origin: ALLOWED } });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('writes get no CORS headers (inquiries are sent from the portal itself)', async () => {
    const res = await request(stack.url).post('/api/v1/inquiries').set('Origin', ALLOWED).send({});
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('oEmbed', () => {
  let slug: string;
  let titleEn: string;
  beforeAll(async () => {
    const [p] = await stack.db.query(`SELECT slug, title->>'en' AS en FROM projects WHERE status = 'published' AND title->>'en' IS NOT NULL ORDER BY slug LIMIT 1`);
    slug = p.slug;
    titleEn = p.en;
  });
  const page = (lang: string, s: string) => `https://dautu.soctrang.example/${lang}/projects/${s}`;

  it('a project page link becomes a rich card in an iframe of /embed/projects', async () => {
    const res = await request(stack.url).get('/api/v1/oembed').query({ url: page('en', slug), format: 'json' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'rich', version: '1.0', title: titleEn, provider_url: 'https://dautu.soctrang.example', width: 480, height: 300, cache_age: 3600 });
    expect(res.body.provider_name).toBe('Soc Trang Investment Promotion Portal');
    expect(res.body.html).toBe(
      `<iframe src="https://dautu.soctrang.example/embed/projects?lang=en&amp;project=${slug}" title="${titleEn.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}" width="480" height="300" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
  });

  it('maxwidth and maxheight are respected', async () => {
    const res = await request(stack.url).get('/api/v1/oembed').query({ url: page('vi', slug), maxwidth: 320, maxheight: 200 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ width: 320, height: 200 });
    expect(res.body.html).toContain('width="320" height="200"');
  });

  it('project pages advertise it (discovery link in the HTML)', async () => {
    const res = await request(stack.url).get(`/vi/projects/${slug}`);
    expect(res.text).toContain(
      `<link rel="alternate" type="application/json+oembed" href="https://dautu.soctrang.example/api/v1/oembed?url=${encodeURIComponent(page('vi', slug))}&amp;format=json"`,
    );
  });

  it('format=xml is 501 (oEmbed §2.3)', async () => {
    expect((await request(stack.url).get('/api/v1/oembed').query({ url: page('vi', slug), format: 'xml' })).status).toBe(501);
  });

  it.each([
    ['another site', `https://evil.example/vi/projects/SLUG`],
    ['a policy page', `https://dautu.soctrang.example/vi/policies/SLUG`],
    ['an unknown project', `https://dautu.soctrang.example/vi/projects/no-such-project`],
    ['not a URL', 'projects/SLUG'],
  ])('%s: 404', async (_what, url) => {
    const res = await request(stack.url).get('/api/v1/oembed').query({ url: url.replace('SLUG', slug) });
    expect(res.status).toBe(404);
    expect(res.body.requestId).toEqual(expect.any(String));
  });

  it('a draft project is not embeddable', async () => {
    const [d] = await stack.db.query(`SELECT slug FROM projects WHERE status = 'draft' LIMIT 1`);
    expect((await request(stack.url).get('/api/v1/oembed').query({ url: page('vi', d.slug) })).status).toBe(404);
  });

  it.each([
    ['no url', {}],
    ['format json5', { url: 'https://dautu.soctrang.example/vi/projects/x', format: 'json5' }],
    ['maxwidth 0', { url: 'https://dautu.soctrang.example/vi/projects/x', maxwidth: 0 }],
  ])('%s: 400', async (_what, query) => {
    expect((await request(stack.url).get('/api/v1/oembed').query(query)).status).toBe(400);
  });
});
