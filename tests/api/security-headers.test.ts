import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { Client, DEMO } from '../harness/session.js';
import { startTestStack, type TestStack } from '../harness/stack.js';

/**
 * Security headers on real responses of every kind of route: the CSP (object-src and base-uri
 * locked, scripts only from the portal, no framing except /embed/ for the allow-list), nosniff,
 * HSTS exactly when the request came over TLS through the trusted reverse proxy, and the flags of
 * the session and CSRF cookies. The served HTML pages hold no inline script.
 */

const PUBLIC_URL = 'https://dautu.soctrang.example';
const ALLOWED_EMBEDDER = 'https://soctrang.gov.vn';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const UI_BUILD = path.resolve(import.meta.dirname, '../../frontend/dist/browser');

/** Published over https behind a TLS proxy on loopback, as docs/operations/production.md describes. */
let tls: TestStack;
/** Published over plain http (the default), with SECURE_COOKIES turned on. */
let plain: TestStack;
let projectSlug = '';
let documentId = '';

beforeAll(async () => {
  tls = await startTestStack({ demoData: true, env: { PUBLIC_URL } });
  plain = await startTestStack({ env: { SECURE_COOKIES: 'true' } });
  const admin = new Client(tls.url);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  const settings = (await admin.get('/api/v1/workspace/settings/portal')).body;
  expect((await admin.send('put', '/api/v1/workspace/settings/portal', { ...settings, embedAllowList: [ALLOWED_EMBEDDER] })).status).toBe(200);
  const officer = new Client(tls.url);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  // A public project with a document: uploads go to a draft, which the board then publishes.
  const [{ id: sectorId }] = await tls.db.query(`SELECT id FROM sectors ORDER BY code LIMIT 1`);
  const [{ id: unitId }] = await tls.db.query(`SELECT id FROM administrative_units WHERE parent_id IS NOT NULL ORDER BY code LIMIT 1`);
  const project = (
    await officer.post('/api/v1/workspace/projects', {
      code: 'SH-01',
      title: { vi: 'Dự án kiểm tra tiêu đề bảo mật' },
      summary: { vi: 'Tóm tắt' },
      description: { vi: 'Mô tả' },
      sectorIds: [sectorId],
      unitId,
      location: { lat: 9.6, lng: 105.97 },
    })
  ).body;
  projectSlug = project.slug;
  const uploaded = await officer.send('post', `/api/v1/workspace/projects/${project.id}/documents`, undefined, {
    attach: { field: 'file', buffer: PDF, filename: 'quy-hoach.pdf' },
    fields: { titleVi: 'Quy hoạch' },
  });
  expect(uploaded.status).toBe(201);
  const submitted = await officer.post(`/api/v1/workspace/projects/${project.id}/submit`);
  expect((await admin.post(`/api/v1/workspace/projects/${project.id}/publish`, { version: submitted.body.version })).status).toBe(200);
  documentId = uploaded.body.id;
}, 180_000);

afterAll(async () => {
  await tls?.stop();
  await plain?.stop();
});

function directives(csp: string | undefined): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!.toLowerCase(), d.split(/\s+/).slice(1).join(' ')]),
  );
}

const hashed = (pattern: RegExp) => fs.readdirSync(UI_BUILD).find((f) => pattern.test(f))!;

/** One of each kind of route; `page`: HTML the server writes, scanned for inline script. */
const ROUTES: { kind: string; path: () => string; status?: number; page?: 'app' | 'embed' | 'docs' }[] = [
  { kind: 'app page (vi)', path: () => '/vi', page: 'app' },
  { kind: 'app page (en)', path: () => '/en/projects', page: 'app' },
  { kind: 'app page (workspace)', path: () => '/workspace', page: 'app' },
  { kind: 'project page', path: () => `/vi/projects/${projectSlug}`, page: 'app' },
  { kind: 'unknown project page', path: () => '/en/projects/no-such-project', status: 404, page: 'app' },
  { kind: 'API JSON', path: () => '/api/v1/projects?pageSize=2' },
  { kind: 'API error (404)', path: () => '/api/v1/no-such-route', status: 404 },
  { kind: 'API error (400)', path: () => '/api/v1/search/projects?pageSize=1000', status: 400 },
  { kind: 'API error (401)', path: () => '/api/v1/auth/me', status: 401 },
  { kind: 'static script', path: () => `/${hashed(/^main-.*\.js$/)}` },
  { kind: 'static stylesheet', path: () => `/${hashed(/^styles-.*\.css$/)}` },
  { kind: 'static icon', path: () => '/favicon.ico' },
  { kind: 'widget script', path: () => '/widgets.js' },
  { kind: 'embed page', path: () => '/embed/projects?lang=en', page: 'embed' },
  { kind: 'embed map page', path: () => '/embed/map', page: 'embed' },
  { kind: 'RSS feed', path: () => '/feeds/projects.rss' },
  { kind: 'Atom feed', path: () => '/feeds/policies.atom' },
  { kind: 'sitemap', path: () => '/sitemap.xml' },
  { kind: 'robots', path: () => '/robots.txt' },
  { kind: 'open data (GeoJSON)', path: () => '/api/v1/projects.geojson' },
  { kind: 'open data (CSV)', path: () => '/api/v1/projects.csv' },
  { kind: 'document download', path: () => `/api/v1/documents/${documentId}` },
  { kind: 'health', path: () => '/health' },
  { kind: 'readiness', path: () => '/ready' },
  { kind: 'oEmbed', path: () => `/api/v1/oembed?url=${encodeURIComponent(`${PUBLIC_URL}/vi/projects/${projectSlug}`)}` },
  { kind: 'API documentation', path: () => '/api/docs/', page: 'docs' },
];

async function get(stack: TestStack, route: string, headers: Record<string, string> = {}): Promise<request.Response> {
  let req = request(stack.url).get(route);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  // Every body as text (images and PDFs too), so HTML can be scanned and nothing is left unread.
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
  });
}

/** Inline script in served HTML: script elements without src (JSON data blocks excepted), event handler attributes, javascript: URLs. */
function inlineScript(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    if (/\bsrc\s*=/.test(attrs)) {
      if (m[2]!.trim()) found.push(`a script with src and a body: ${m[0].slice(0, 80)}`);
      continue;
    }
    if (/\btype\s*=\s*"application\/(ld\+)?json"/i.test(attrs)) continue;
    found.push(`inline <script${attrs}>`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) found.push(`event handler attribute: ${m[0].slice(0, 100)}`);
  for (const m of html.matchAll(/(href|src|action)\s*=\s*["']?\s*javascript:/gi)) found.push(`javascript: URL in ${m[1]}`);
  return found;
}

describe('every kind of route', () => {
  it.each(ROUTES)('$kind: CSP with object-src and base-uri locked, framing rules, nosniff', async (route) => {
    const res = await get(tls, route.path());
    expect({ kind: route.kind, status: res.status }).toEqual({ kind: route.kind, status: route.status ?? 200 });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('object-src')).toBe("'none'");
    // The app shell alone keeps its <base href="/"> (deep links load their bundles through it).
    expect(csp.get('base-uri')).toBe(route.page === 'app' ? "'self'" : "'none'");
    if (route.page === 'embed') {
      expect(csp.get('frame-ancestors')).toBe(`'self' ${ALLOWED_EMBEDDER}`);
      expect(res.headers['x-frame-options']).toBeUndefined();
    } else {
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    if (route.page) {
      // Pages run only the portal's own script files: no inline script, no eval.
      expect(csp.get('script-src')).toBe("'self'");
      expect(inlineScript(res.body as string)).toEqual([]);
    } else {
      // Nothing else is a page: opened on its own it may load and run nothing.
      expect(csp.get('default-src')).toBe("'none'");
    }
    // Plain HTTP: never HSTS.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('the inline-script scan finds each form of inline script (so the empty lists above mean something)', () => {
    expect(inlineScript('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineScript('<link rel="stylesheet" href="a.css" media="print" onload="this.media=\'all\'">')).toHaveLength(1);
    expect(inlineScript('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(inlineScript('<script src="main.js" type="module"></script><script type="application/json">{"a":1}</script>')).toEqual([]);
  });

  it('the app pages link the stylesheet without an inline onload handler (the build uses one; the server rewrites it)', async () => {
    const built = fs.readFileSync(path.join(UI_BUILD, 'index.html'), 'utf8');
    const served = (await get(tls, '/vi')).body as string;
    const stylesheet = hashed(/^styles-.*\.css$/);
    expect(served).toContain(`<link rel="stylesheet" href="${stylesheet}">`);
    expect(served).not.toMatch(/onload=/);
    // Whatever the build does, the served shell has exactly the build's scripts.
    const scripts = (html: string) => [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts(served)).toEqual(scripts(built));
  });
});

describe('HSTS: only when the request came over TLS through the trusted proxy', () => {
  it.each(ROUTES)('$kind: HSTS with X-Forwarded-Proto https from the proxy on loopback', async (route) => {
    const res = await get(tls, route.path(), { 'X-Forwarded-Proto': 'https' });
    expect(res.status).toBe(route.status ?? 200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('never on plain HTTP, nor for an X-Forwarded-Proto that does not say https', async () => {
    for (const proto of [undefined, 'http', 'gopher']) {
      const res = await get(tls, '/vi', proto ? { 'X-Forwarded-Proto': proto } : {});
      expect({ proto, hsts: res.headers['strict-transport-security'] }).toEqual({ proto, hsts: undefined });
    }
  });

  it('a portal published over plain http believes no X-Forwarded-Proto (there is no TLS proxy to trust)', async () => {
    for (const route of ['/vi', '/api/v1/settings/public', '/health']) {
      const res = await get(plain, route, { 'X-Forwarded-Proto': 'https' });
      expect({ route, hsts: res.headers['strict-transport-security'] }).toEqual({ route, hsts: undefined });
    }
  });

  it('errors Node answers before the app (oversized headers) carry nosniff and the locked CSP too', async () => {
    const res = await request(tls.url).get('/api/v1/settings/public').set('X-Filler', 'x'.repeat(20_000)).ok(() => true);
    expect(res.status).toBe(431);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(directives(res.headers['content-security-policy']).get('frame-ancestors')).toBe("'none'");
  });
});

// ---------- cookies ----------

interface Cookie {
  name: string;
  value: string;
  attributes: Map<string, string | true>;
}

function cookies(res: request.Response): Map<string, Cookie> {
  const out = new Map<string, Cookie>();
  for (const line of (res.headers['set-cookie'] as unknown as string[] | undefined) ?? []) {
    const [pair, ...attrs] = line.split(';').map((p) => p.trim());
    const [name, ...value] = pair!.split('=');
    out.set(name!, {
      name: name!,
      value: value.join('='),
      attributes: new Map(attrs.map((a) => [a.split('=')[0]!.toLowerCase(), a.includes('=') ? a.split('=').slice(1).join('=') : true] as const)),
    });
  }
  return out;
}

async function signIn(stack: TestStack, headers: Record<string, string> = {}): Promise<{ csrf: Cookie; session: Cookie; page: Cookie }> {
  const page = cookies(await get(stack, '/vi', headers)).get('XSRF-TOKEN')!;
  let req = request(stack.url)
    .post('/api/v1/auth/login')
    .set('Cookie', `XSRF-TOKEN=${page.value}`)
    .set('X-XSRF-TOKEN', page.value);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  const res = await req.send({ email: DEMO.editor.email, password: DEMO.editor.password });
  expect(res.status).toBe(200);
  const set = cookies(res);
  return { page, csrf: set.get('XSRF-TOKEN')!, session: set.get('invest_session')! };
}

describe('cookie flags', () => {
  it('publicly cacheable responses carry no cookie (a CDN must not hand one token to everyone); pages and private ones do', async () => {
    const cacheable = ['/api/v1/search/projects?q=lua', '/api/v1/stats', '/feeds/projects.rss', '/embed/projects', '/api/v1/projects.csv', '/api/v1/taxonomies', '/sitemap.xml'];
    for (const url of cacheable) {
      const res = await get(tls, url);
      expect([url, res.headers['cache-control']]).toEqual([url, expect.stringMatching(/\bpublic\b/)]);
      expect([url, res.headers['set-cookie']]).toEqual([url, undefined]);
    }
    for (const url of ['/vi', '/api/v1/auth/me']) {
      const res = await get(tls, url);
      expect([url, cookies(res).has('XSRF-TOKEN')]).toEqual([url, true]);
    }
  });

  it('over plain HTTP: session HttpOnly + SameSite=Lax + Path=/, CSRF readable by the page + SameSite=Lax; neither Secure', async () => {
    const { page, csrf, session } = await signIn(tls);
    for (const c of [page, csrf]) {
      expect(c.attributes.get('httponly')).toBeUndefined();
      expect(c.attributes.get('samesite')).toBe('Lax');
      expect(c.attributes.get('path')).toBe('/');
      expect(c.attributes.get('secure')).toBeUndefined();
    }
    expect(session.attributes.get('httponly')).toBe(true);
    expect(session.attributes.get('samesite')).toBe('Lax');
    expect(session.attributes.get('path')).toBe('/');
    expect(session.attributes.get('expires')).toEqual(expect.any(String));
    expect(session.attributes.get('secure')).toBeUndefined();
  });

  it('over TLS through the proxy: both cookies are Secure, with the same other flags', async () => {
    const { page, csrf, session } = await signIn(tls, { 'X-Forwarded-Proto': 'https' });
    for (const c of [page, csrf, session]) {
      expect({ cookie: c.name, secure: c.attributes.get('secure') }).toEqual({ cookie: c.name, secure: true });
      expect(c.attributes.get('samesite')).toBe('Lax');
      expect(c.attributes.get('path')).toBe('/');
    }
    expect(session.attributes.get('httponly')).toBe(true);
    expect(csrf.attributes.get('httponly')).toBeUndefined();
  });

  it('with SECURE_COOKIES=true: Secure even when the request itself is plain HTTP', async () => {
    const created = await startDemoUser(plain);
    const page = cookies(await get(plain, '/vi')).get('XSRF-TOKEN')!;
    const res = await request(plain.url)
      .post('/api/v1/auth/login')
      .set('Cookie', `XSRF-TOKEN=${page.value}`)
      .set('X-XSRF-TOKEN', page.value)
      .send(created);
    expect(res.status).toBe(200);
    for (const c of [page, ...cookies(res).values()]) {
      expect({ cookie: c.name, secure: c.attributes.get('secure') }).toEqual({ cookie: c.name, secure: true });
      expect(c.attributes.get('samesite')).toBe('Lax');
    }
    expect(cookies(res).get('invest_session')!.attributes.get('httponly')).toBe(true);
  });

  it('signing out clears the session cookie and issues a fresh CSRF cookie with the same flags', async () => {
    const { csrf, session } = await signIn(tls, { 'X-Forwarded-Proto': 'https' });
    const res = await request(tls.url)
      .post('/api/v1/auth/logout')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', `invest_session=${session.value}; XSRF-TOKEN=${csrf.value}`)
      .set('X-XSRF-TOKEN', csrf.value);
    expect(res.status).toBe(204);
    const set = cookies(res);
    expect(set.get('invest_session')!.value).toBe('');
    expect(set.get('invest_session')!.attributes.get('path')).toBe('/');
    expect(set.get('XSRF-TOKEN')!.value).not.toBe(csrf.value);
    expect(set.get('XSRF-TOKEN')!.attributes.get('secure')).toBe(true);
    expect(set.get('XSRF-TOKEN')!.attributes.get('samesite')).toBe('Lax');
  });
});

/** The plain stack has no demo data: one account to sign in with, written straight to the database. */
async function startDemoUser(stack: TestStack): Promise<{ email: string; password: string }> {
  const { hashPassword } = await import('@invest-portal/backend/auth/password.js');
  const email = 'cookie.check@example.vn';
  const password = 'Cookie-Check-2026!';
  await stack.db.query(
    `INSERT INTO users (email, display_name, password_hash, role) VALUES ($1, 'Cookie check', $2, 'editor') ON CONFLICT DO NOTHING`,
    [email, await hashPassword(password)],
  );
  return { email, password };
}
