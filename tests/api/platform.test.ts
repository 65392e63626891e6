import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DEMO_DEPARTMENTS } from '@invest-portal/backend/database/seed/demo.js';
import { startTestStack, type TestStack } from '../harness/stack.js';

// One stack for the whole file; a throwaway UI build so these tests do not depend on the Angular build.
let stack: TestStack;
let uiDir: string;

beforeAll(async () => {
  uiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-ui-'));
  fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><html lang="vi"><title>UI shell</title></html>');
  fs.writeFileSync(path.join(uiDir, 'main-ABCD1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(uiDir, 'favicon.ico'), 'icon');
  stack = await startTestStack({ demoData: true, env: { FRONTEND_DIST: uiDir } });
});

afterAll(async () => {
  await stack?.stop();
  fs.rmSync(uiDir, { recursive: true, force: true });
});

const ERROR_BODY_KEYS = ['error', 'message', 'requestId', 'statusCode'];

describe('health and readiness', () => {
  it('GET /health says the process is alive', async () => {
    const res = await request(stack.url).get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(typeof res.body.uptimeSeconds).toBe('number');
  });

  it('GET /ready names each check and all are ok', async () => {
    const res = await request(stack.url).get('/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.checks.database).toEqual({ ok: true, detail: 'reachable' });
    expect(res.body.checks.migrations.ok).toBe(true);
    expect(res.body.checks.search).toEqual({ ok: true, detail: 'Meilisearch 1.21.0' });
  });
});

describe('request ids', () => {
  it.each(['/health', '/api/v1/departments', '/api/v1/nope', '/vi/projects', '/main-ABCD1234.js'])(
    'every response to %s carries one',
    async (url) => {
      const res = await request(stack.url).get(url);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('keeps a well-formed id from a proxy and replaces a malformed one', async () => {
    const kept = await request(stack.url).get('/health').set('X-Request-Id', 'nginx-req-12345678');
    expect(kept.headers['x-request-id']).toBe('nginx-req-12345678');
    const replaced = await request(stack.url).get('/health').set('X-Request-Id', 'bad id <script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('error body', () => {
  it.each([
    ['GET', '/api/v1/nope'],
    ['POST', '/api/v1/nope'],
    ['DELETE', '/api/v1/departments'],
    ['GET', '/api'],
    ['GET', '/api/v2/departments'],
  ])('%s %s answers a JSON 404', async (method, url) => {
    const res = await request(stack.url)[method.toLowerCase() as 'get' | 'post' | 'delete'](url);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(Object.keys(res.body).sort()).toEqual(ERROR_BODY_KEYS);
    expect(res.body.error).toBe('Not Found');
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('malformed JSON is a 400 with the same shape', async () => {
    const res = await request(stack.url)
      .post('/api/v1/departments')
      .set('Content-Type', 'application/json')
      .send('{"code": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'Request body is not valid JSON' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('a body over the limit is a 413 with the same shape', async () => {
    const res = await request(stack.url)
      .post('/api/v1/departments')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, message: 'Request body is too large' });
  });

  it('validation errors list the offending fields', async () => {
    const res = await request(stack.url).get('/api/v1/departments?kind=ministry&colour=red').expect(400);
    expect(res.body.message).toBe('Validation failed');
    const fields = res.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['colour', 'kind']);
    const kind = res.body.details.find((d: { field: string }) => d.field === 'kind');
    expect(kind.messages[0]).toMatch(/kind must be one of the following values/);
  });
});

describe('public API', () => {
  it('lists the demo departments in Vietnamese alphabetical order', async () => {
    const res = await request(stack.url).get('/api/v1/departments').expect(200);
    expect(res.body.items).toHaveLength(DEMO_DEPARTMENTS.length);
    const names: string[] = res.body.items.map((d: { name: { vi: string } }) => d.name.vi);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const untranslated = res.body.items.find((d: { code: string }) => d.code === 'SVHTTDL');
    expect(untranslated.name).toEqual({ vi: 'Sở Văn hóa, Thể thao và Du lịch', en: null });
  });

  it('filters departments by kind', async () => {
    const res = await request(stack.url).get('/api/v1/departments?kind=commune').expect(200);
    expect(res.body.items.map((d: { code: string }) => d.code)).toEqual(['XTRANDE']);
  });

  it('public settings carry the map and never a secret', async () => {
    const res = await request(stack.url).get('/api/v1/settings/public').expect(200);
    expect(res.body.map.tileUrl).toContain('{z}');
    expect(res.body.portalName.vi).toBeTruthy();
    expect(res.body.portalName.en).toBeTruthy();
    expect(res.text).not.toContain(stack.services.meiliMasterKey);
    expect(res.text).not.toContain('postgres');
  });

  it('serves the OpenAPI UI and document', async () => {
    const ui = await request(stack.url).get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
    const doc = await request(stack.url).get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/health', '/ready', '/api/v1/departments']));
  });
});

describe('web interface', () => {
  it.each([
    ['/', 'vi'],
    ['/vi', 'vi'],
    ['/en', 'en'],
    ['/en/anything/deep?x=1', 'en'],
  ])('%s falls back to the app shell, in its language', async (url, lang) => {
    const res = await request(stack.url).get(url).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    // The shell as built, with the page's language and title written in (tests/api/seo.test.ts).
    expect(res.text).toMatch(new RegExp(`^<!doctype html><html lang="${lang}"><title>[^<]+</title></html>$`));
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('a project that does not exist gets the app shell with status 404', async () => {
    const res = await request(stack.url).get('/vi/projects/some-slug').expect(404);
    expect(res.text).toMatch(/^<!doctype html><html lang="vi">/);
  });

  it('hashed bundles are cached for a year, other files briefly', async () => {
    const bundle = await request(stack.url).get('/main-ABCD1234.js').expect(200);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await request(stack.url).get('/favicon.ico').expect(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=300');
  });

  it('cacheable public reads set no cookie; the app shell hands out the CSRF cookie', async () => {
    for (const url of ['/api/v1/departments', '/api/v1/taxonomies', '/api/v1/projects']) {
      expect((await request(stack.url).get(url)).headers['set-cookie']).toBeUndefined();
    }
    const shell = await request(stack.url).get('/vi');
    expect(String(shell.headers['set-cookie'])).toMatch(/XSRF-TOKEN=/);
  });

  it('sends basic security headers', async () => {
    const res = await request(stack.url).get('/vi');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('committed OpenAPI spec', () => {
  it('docs/api/openapi.json matches what the API serves (run "npm run openapi" after changing the API)', async () => {
    const served = await request(stack.url).get('/api/docs/openapi.json').expect(200);
    const committed = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/api/openapi.json'), 'utf8'));
    expect(served.body).toEqual(committed);
  });

  it('every operation has a summary, declares the error body and who may call it', async () => {
    const served = await request(stack.url).get('/api/docs/openapi.json').expect(200);
    type Op = { summary?: string; responses: Record<string, unknown>; 'x-access'?: { public: boolean; roles?: string[] } };
    for (const [route, item] of Object.entries<Record<string, Op>>(served.body.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect({ route, method, summary: Boolean(op.summary) }).toEqual({ route, method, summary: true });
        expect(op.responses.default).toBeDefined();
        // Who may call it is part of the documentation of every endpoint.
        const access = op['x-access'];
        expect({ route, method, documented: access?.public === true || (access?.roles?.length ?? 0) > 0 }).toEqual({ route, method, documented: true });
      }
    }
  });
});
