import { parse as parseCsv } from 'csv-parse/sync';
import request from 'supertest';
import { AnalyticsService } from '@invest-portal/backend/analytics/analytics.service.js';
import { localDay } from '@invest-portal/backend/analytics/day.js';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// Analytics without personal data, through the real API, PostgreSQL and Meilisearch: page views
// (one per reader and window, no bots, no prefetches, no cookies, nothing about the reader stored),
// channel use (embeds, widget API per origin, feeds, exports, oEmbed), searches and inquiries,
// the summary and its CSV tables, department scoping.
let stack: TestStack;
let editor: Client;
let officerA: Client;
let officerB: Client;
const ALLOWED = 'https://soctrang.gov.vn';
/** A marker in every User-Agent sent here, to look for in the database afterwards. */
const MARK = 'AnalyticsProbe';
const browser = (n: number | string) => `Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0 ${MARK}/${n}`;
const GOOGLEBOT = `Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) ${MARK}/bot`;

/** Published projects: [STC, STC, STC, BQLKCN]; a published policy (STC); a draft project. */
let stc: string[];
let kcn: string;
let policy: string;
let draft: string;

const DAY_MS = 86_400_000;
/** Yesterday to tomorrow: a test that runs over midnight (Asia/Ho_Chi_Minh) still sees its counts. */
const around = () => `from=${localDay(new Date(Date.now() - DAY_MS))}&to=${localDay(new Date(Date.now() + DAY_MS))}`;

async function summary(client: Client, extra = ''): Promise<request.Response> {
  return client.get(`/api/v1/analytics/summary?${around()}${extra}`);
}

async function ok(client: Client, extra = ''): Promise<Summary> {
  const res = await summary(client, extra);
  expect(res.status).toBe(200);
  return res.body as Summary;
}

interface Summary {
  department: { code: string } | null;
  totals: { projectViews: number; policyViews: number; searches: number | null; noResultSearches: number | null; inquiries: number };
  daily: { day: string; projectViews: number; policyViews: number; searches: number | null; noResultSearches: number | null; inquiries: number }[];
  topProjects: { slug: string; title: { vi: string; en: string | null }; status: string; department: { code: string }; views: number }[];
  topPolicies: Summary['topProjects'];
  topQueries: { query: string; searches: number; noResults: number; lastSeen: string }[] | null;
  noResultQueries: { query: string; searches: number; lastSeen: string }[] | null;
  inquiries: { kind: string; slug: string; title: { vi: string }; department: { code: string }; inquiries: number }[];
  channels: { channel: string; key: string; count: number }[] | null;
}

/** Polls (the counts are written in the background) until `done` holds; fails with the last value. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 800)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const viewsOf = (s: Summary, slug: string) => [...s.topProjects, ...s.topPolicies].find((t) => t.slug === slug)?.views ?? 0;

async function view(client: Client, body: object, headers: Record<string, string> = {}): Promise<request.Response> {
  return client.send('post', '/api/v1/analytics/views', body, { headers });
}

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { PUBLIC_URL: 'https://dautu.soctrang.example' } });
  editor = new Client(stack.url);
  officerA = new Client(stack.url);
  officerB = new Client(stack.url);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await officerA.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await officerB.signIn(DEMO.officerB.email, DEMO.officerB.password);
  const admin = new Client(stack.url);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  const portal = (await admin.get('/api/v1/workspace/settings/portal')).body;
  expect((await admin.send('put', '/api/v1/workspace/settings/portal', { ...portal, embedAllowList: [ALLOWED] })).status).toBe(200);
  const published = async (code: string, n: number) =>
    (
      await stack.db.query(
        `SELECT p.slug FROM projects p JOIN departments d ON d.id = p.department_id WHERE p.status = 'published' AND d.code = $1 ORDER BY p.code LIMIT $2`,
        [code, n],
      )
    ).map((r: { slug: string }) => r.slug) as string[];
  stc = await published('STC', 3);
  [kcn] = await published('BQLKCN', 1);
  expect(stc).toHaveLength(3);
  expect(kcn).toBeDefined();
  [{ slug: policy }] = await stack.db.query(`SELECT slug FROM policies WHERE status = 'published' ORDER BY code LIMIT 1`);
  [{ slug: draft }] = await stack.db.query(`SELECT slug FROM projects WHERE status = 'draft' LIMIT 1`);
});

afterAll(async () => {
  await stack?.stop();
});

describe('page views', () => {
  it('count once per reader and window: the same IP and User-Agent twice is one view, another User-Agent another; no cookie is set', async () => {
    const reader = new Client(stack.url);
    for (const ua of [browser(1), browser(1), browser(2)]) {
      const res = await view(reader, { kind: 'project', slug: stc[0] }, { 'User-Agent': ua });
      expect(res.status).toBe(204);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
    }
    expect((await view(reader, { kind: 'policy', slug: policy }, { 'User-Agent': browser(1) })).status).toBe(204);
    const s = await eventually(() => ok(editor), (s) => viewsOf(s, stc[0]!) >= 2 && viewsOf(s, policy) >= 1, 'the views');
    expect(viewsOf(s, stc[0]!)).toBe(2);
    expect(viewsOf(s, policy)).toBe(1);
    const top = s.topProjects.find((t) => t.slug === stc[0])!;
    expect(top).toMatchObject({ status: 'published', department: { code: 'STC' } });
    expect(top.title.vi).toBeTruthy();
    expect(s.totals.projectViews).toBe(s.daily.reduce((n, d) => n + d.projectViews, 0));
  });

  it('bots, requests without a User-Agent, prefetches and signed-in staff are not counted', async () => {
    const anon = new Client(stack.url);
    const body = { kind: 'project', slug: stc[1] };
    expect((await view(anon, body, { 'User-Agent': GOOGLEBOT })).status).toBe(204);
    expect((await view(anon, body)).status).toBe(204);
    expect((await view(anon, body, { 'User-Agent': browser(3), 'Sec-Purpose': 'prefetch' })).status).toBe(204);
    expect((await view(anon, body, { 'User-Agent': browser(4), Purpose: 'prefetch' })).status).toBe(204);
    expect((await view(editor, body, { 'User-Agent': browser(5) })).status).toBe(204);
    // One real reader afterwards: exactly one view, so none of the above counted.
    expect((await view(anon, body, { 'User-Agent': browser(6) })).status).toBe(204);
    const s = await eventually(() => ok(editor), (s) => viewsOf(s, stc[1]!) >= 1, 'the real view');
    expect(viewsOf(s, stc[1]!)).toBe(1);
  });

  it('bad input is 400, a slug with no public item 404, and like the inquiry form it needs the CSRF token', async () => {
    const anon = new Client(stack.url);
    const headers = { 'User-Agent': browser(7) };
    for (const body of [{ kind: 'news', slug: stc[0] }, { kind: 'project' }, { kind: 'project', slug: 'Not A Slug' }, { kind: 'project', slug: stc[0], extra: 1 }]) {
      expect((await view(anon, body, headers)).status).toBe(400);
    }
    expect((await view(anon, { kind: 'project', slug: 'no-such-project' }, headers)).status).toBe(404);
    expect((await view(anon, { kind: 'project', slug: draft }, headers)).status).toBe(404);
    expect((await view(anon, { kind: 'policy', slug: stc[0] }, headers)).status).toBe(404);
    expect((await anon.send('post', '/api/v1/analytics/views', { kind: 'project', slug: stc[0] }, { csrf: false, headers })).status).toBe(403);
  });

  it('a day is an Asia/Ho_Chi_Minh calendar day, and the repeat window never runs over midnight', async () => {
    const analytics = stack.app.get(AnalyticsService);
    const reader = { kind: 'project' as const, slug: stc[2]!, ip: '198.51.100.23', userAgent: browser('midnight'), purpose: undefined, signedIn: false };
    // 2025-03-09 23:59:59 and 2025-03-10 00:00:00 in Sóc Trăng (UTC+7).
    expect(await analytics.recordView(reader, new Date('2025-03-09T16:59:59Z'))).toBe('counted');
    expect(await analytics.recordView(reader, new Date('2025-03-09T17:00:00Z'))).toBe('counted');
    expect(await analytics.recordView(reader, new Date('2025-03-09T17:05:00Z'))).toBe('repeat');
    expect(await analytics.recordView({ ...reader, userAgent: GOOGLEBOT }, new Date('2025-03-09T17:06:00Z'))).toBe('bot');
    // Searches and inquiries are bucketed the same way (rows dated straight in the database).
    await stack.db.query(
      `INSERT INTO search_queries (created_at, index_name, query, result_count, lang) VALUES ('2025-03-09T16:59:59Z', 'projects', 'ranh giới ngày', 0, 'vi'), ('2025-03-09T17:00:00Z', 'projects', 'ranh giới ngày', 3, 'vi')`,
    );
    const s = await eventually(
      async () => (await editor.get('/api/v1/analytics/summary?from=2025-03-08&to=2025-03-11')).body as Summary,
      (s) => s.totals.projectViews >= 2,
      'the dated views',
    );
    expect(s.daily.map((d) => [d.day, d.projectViews, d.searches, d.noResultSearches])).toEqual([
      ['2025-03-08', 0, 0, 0],
      ['2025-03-09', 1, 1, 1],
      ['2025-03-10', 1, 1, 0],
      ['2025-03-11', 0, 0, 0],
    ]);
    const one = await editor.get('/api/v1/analytics/summary?from=2025-03-10&to=2025-03-10');
    expect(one.body.daily).toHaveLength(1);
    expect(one.body.topProjects).toEqual([expect.objectContaining({ slug: stc[2], views: 1 })]);
    expect(one.body.topQueries).toEqual([{ query: 'ranh giới ngày', searches: 1, noResults: 0, lastSeen: '2025-03-09T17:00:00.000Z' }]);
  });

  it('nothing about a reader is stored: no IP address or User-Agent anywhere in the database, aggregates only', async () => {
    const columns = async (table: string) =>
      (await stack.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`, [table])).map(
        (r: { column_name: string }) => r.column_name,
      );
    expect(await columns('page_views_daily')).toEqual(['day', 'kind', 'item_id', 'views']);
    expect(await columns('usage_daily')).toEqual(['day', 'channel', 'key', 'count']);
    const tables = (await stack.db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).map((r: { tablename: string }) => r.tablename) as string[];
    const found: string[] = [];
    for (const table of tables) {
      const rows = await stack.db.query(`SELECT t::text AS row FROM "${table}" t WHERE t::text ILIKE $1 OR t::text LIKE $2 OR t::text LIKE $3 OR t::text ILIKE $4`, [
        `%${MARK}%`,
        '%127.0.0.1%',
        '%198.51.100.23%',
        '%Firefox%',
      ]);
      for (const r of rows) found.push(`${table}: ${r.row.slice(0, 200)}`);
    }
    expect(found).toEqual([]);
  });
});

describe('searches', () => {
  it('searches that found nothing are recorded and listed; e-mail addresses and phone numbers typed into the box are masked', async () => {
    const anon = new Client(stack.url);
    for (const q of ['Xyzzy Plugh Quux', '  xyzzy   plugh quux ', 'hỏi An.Nguyen@Example.org', 'gọi 0912 345 678']) {
      const res = await anon.get(`/api/v1/search/projects?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
    }
    const s = await eventually(
      () => ok(editor),
      (s) => (s.noResultQueries ?? []).some((q) => q.query === 'xyzzy plugh quux' && q.searches === 2) && (s.topQueries ?? []).some((q) => q.query === 'gọi [phone]'),
      'the logged searches',
    );
    const nonsense = s.noResultQueries!.find((q) => q.query === 'xyzzy plugh quux')!;
    expect(Date.parse(nonsense.lastSeen)).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(s.topQueries!.find((q) => q.query === 'xyzzy plugh quux')).toMatchObject({ searches: 2, noResults: 2 });
    expect(s.topQueries!.some((q) => q.query === 'hỏi [email]')).toBe(true);
    const text = JSON.stringify(s);
    expect(text).not.toMatch(/an\.nguyen|example\.org|0912|345 678/i);
    expect(s.totals.searches).toBeGreaterThanOrEqual(4);
    expect(s.totals.noResultSearches).toBeGreaterThanOrEqual(2);
    const csv = await editor.get(`/api/v1/analytics/summary?${around()}&format=csv&table=top-queries`);
    expect(csv.text).not.toMatch(/an\.nguyen|example\.org|0912/i);
    expect(csv.text).toContain('hỏi [email]');
    // Not only hidden when shown: never stored.
    const stored = await stack.db.query(`SELECT query FROM search_queries WHERE query LIKE 'hỏi %' OR query LIKE 'gọi %'`);
    expect(stored.map((r: { query: string }) => r.query).sort()).toEqual(['gọi [phone]', 'hỏi [email]']);
  });
});

describe('inquiries', () => {
  it('are counted per project in the period; spam is not', async () => {
    const investor = new Client(stack.url);
    const send = async (email: string) => {
      const res = await investor.post('/api/v1/inquiries', {
        name: 'Kim Min-jun',
        country: 'KR',
        email,
        preferredLang: 'en',
        message: 'Is the site of this project already cleared?',
        consent: true,
        consentVersion: CONSENT.version,
        subject: { type: 'project', slug: kcn },
      });
      expect(res.status).toBe(201);
      return res.body.reference as string;
    };
    const before = await ok(editor);
    await send('kim.1@example.org');
    await send('kim.2@example.org');
    const spam = await send('kim.3@example.org');
    await stack.db.query(`UPDATE inquiries SET status = 'spam' WHERE reference = $1`, [spam]);
    const s = await ok(editor);
    expect(s.inquiries.find((i) => i.slug === kcn)).toMatchObject({ kind: 'project', department: { code: 'BQLKCN' }, inquiries: 2 });
    expect(s.totals.inquiries).toBe(before.totals.inquiries + 2);
    expect(JSON.stringify(s)).not.toContain('kim.1@example.org');
  });
});

describe('channel use', () => {
  it('embed pages, widget API calls from allow-listed origins, feeds (304s apart), exports and oEmbed are counted', async () => {
    const count = (s: Summary, channel: string, key: string) => s.channels!.find((c) => c.channel === channel && c.key === key)?.count ?? 0;
    const before = await ok(editor);
    const get = (url: string, headers: Record<string, string> = {}) => {
      let req = request(stack.url).get(url);
      for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
      return req;
    };
    expect((await get('/embed/projects?lang=en')).status).toBe(200);
    expect((await get('/embed/map')).status).toBe(200);
    expect((await get('/embed/map')).status).toBe(200);
    expect((await get('/embed/projects?limit=0')).status).toBe(400);
    const rss = await get('/feeds/projects.rss');
    expect(rss.status).toBe(200);
    expect((await get('/feeds/projects.rss', { 'If-None-Match': rss.headers.etag })).status).toBe(304);
    expect((await get('/feeds/policies.atom')).status).toBe(200);
    expect((await get('/api/v1/projects.csv')).status).toBe(200);
    expect((await get('/api/v1/projects.geojson')).status).toBe(200);
    expect((await get(`/api/v1/oembed?url=${encodeURIComponent(`https://dautu.soctrang.example/vi/projects/${stc[0]}`)}`)).status).toBe(200);
    expect((await get('/api/v1/search/projects?q=dien', { Origin: ALLOWED })).headers['access-control-allow-origin']).toBe(ALLOWED);
    expect((await get('/api/v1/taxonomies', { Origin: ALLOWED })).status).toBe(200);
    expect((await get('/api/v1/search/projects', { Origin: 'https://evil.example' })).status).toBe(200);
    const expected: [string, string, number][] = [
      ['embed', 'projects', 1],
      ['embed', 'map', 2],
      ['embed', 'policies', 0],
      ['feed', 'projects.rss', 1],
      ['feed-not-modified', 'projects.rss', 1],
      ['feed', 'policies.atom', 1],
      ['export', 'projects.csv', 1],
      ['export', 'projects.geojson', 1],
      ['oembed', 'projects', 1],
      ['widget-api', ALLOWED, 2],
    ];
    const s = await eventually(
      () => ok(editor),
      (s) => expected.every(([c, k, n]) => count(s, c, k) >= count(before, c, k) + n),
      'the channel counts',
    );
    expect(expected.map(([c, k]) => [c, k, count(s, c, k) - count(before, c, k)])).toEqual(expected);
    expect(s.channels!.some((c) => c.key.includes('evil'))).toBe(false);
    // Every fixed key is listed, used or not.
    expect(s.channels!.filter((c) => c.channel === 'embed').map((c) => c.key).sort()).toEqual(['map', 'policies', 'projects', 'search']);
  });
});

describe('the summary', () => {
  it('each table downloads as CSV (UTF-8 with BOM) with the same figures as the JSON', async () => {
    const s = await ok(editor);
    const table = async (name: string) => {
      const res = await editor.get(`/api/v1/analytics/summary?${around()}&format=csv&table=${name}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="analytics-${name}-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
      expect(res.text.startsWith('\ufeff')).toBe(true);
      return parseCsv(res.text, { bom: true, columns: true }) as Record<string, string>[];
    };
    const str = (v: number | null) => (v === null ? '' : String(v));
    expect(await table('daily')).toEqual(
      s.daily.map((d) => ({
        day: d.day,
        project_views: str(d.projectViews),
        policy_views: str(d.policyViews),
        searches: str(d.searches),
        no_result_searches: str(d.noResultSearches),
        inquiries: str(d.inquiries),
      })),
    );
    const top = await table('top-projects');
    expect(top.length).toBeGreaterThanOrEqual(s.topProjects.length);
    expect(top.slice(0, s.topProjects.length)).toEqual(
      s.topProjects.map((t, i) => ({ rank: String(i + 1), slug: t.slug, title_vi: t.title.vi, title_en: t.title.en ?? '', status: t.status, department: t.department.code, views: String(t.views) })),
    );
    expect((await table('top-policies')).map((r) => [r.slug, r.views])).toEqual(s.topPolicies.map((t) => [t.slug, String(t.views)]));
    expect((await table('top-queries')).slice(0, s.topQueries!.length)).toEqual(
      s.topQueries!.map((q) => ({ query: q.query, searches: String(q.searches), no_results: String(q.noResults), last_seen: q.lastSeen })),
    );
    expect((await table('no-result-queries')).slice(0, s.noResultQueries!.length)).toEqual(
      s.noResultQueries!.map((q) => ({ query: q.query, searches: String(q.searches), last_seen: q.lastSeen })),
    );
    expect((await table('inquiries')).map((r) => [r.kind, r.slug, r.department, r.inquiries])).toEqual(s.inquiries.map((i) => [i.kind, i.slug, i.department.code, String(i.inquiries)]));
    expect(await table('channels')).toEqual(s.channels!.map((c) => ({ channel: c.channel, key: c.key, count: String(c.count) })));
    expect(s.daily.length).toBe(3);
  });

  it('officers read their own department only; editors may pick one', async () => {
    // A view of a BQLKCN project next to the STC ones viewed above.
    expect((await view(new Client(stack.url), { kind: 'project', slug: kcn }, { 'User-Agent': browser(8) })).status).toBe(204);
    const all = await eventually(() => ok(editor), (s) => viewsOf(s, kcn) >= 1, 'the BQLKCN view');
    expect(all.department).toBeNull();
    expect(new Set(all.topProjects.map((t) => t.department.code))).toEqual(new Set(['STC', 'BQLKCN']));

    const a = await ok(officerA);
    expect(a.department).toMatchObject({ code: 'STC' });
    expect(a.topProjects.length).toBeGreaterThan(0);
    expect(a.topProjects.every((t) => t.department.code === 'STC')).toBe(true);
    expect(a.topPolicies.map((t) => t.slug)).toContain(policy);
    expect(a.inquiries.some((i) => i.slug === kcn)).toBe(false);
    // Portal-wide figures are not a department's: null, not zero.
    expect([a.topQueries, a.noResultQueries, a.channels, a.totals.searches, a.daily[0]!.searches]).toEqual([null, null, null, null, null]);
    expect(a.totals.projectViews).toBe(all.totals.projectViews - viewsOf(all, kcn));
    expect((await ok(officerA, '&department=STC')).department).toMatchObject({ code: 'STC' });
    expect((await summary(officerA, '&department=BQLKCN')).status).toBe(403);
    expect((await summary(officerA, '&department=BQLKCN&format=csv&table=daily')).status).toBe(403);
    expect((await summary(officerA, '&format=csv&table=top-queries')).status).toBe(400);

    const b = await ok(officerB);
    expect(b.department).toMatchObject({ code: 'BQLKCN' });
    expect(b.topProjects.map((t) => [t.slug, t.views])).toEqual([[kcn, viewsOf(all, kcn)]]);
    expect(b.topPolicies).toEqual([]);
    expect(b.inquiries.map((i) => [i.slug, i.inquiries])).toEqual([[kcn, 2]]);
    expect((await summary(officerB, '&department=STC')).status).toBe(403);

    expect((await ok(editor, '&department=BQLKCN')).topProjects.map((t) => t.slug)).toEqual([kcn]);
    expect((await ok(editor, '&department=bqlkcn')).department).toMatchObject({ code: 'BQLKCN' });
    expect((await summary(editor, '&department=NOPE')).status).toBe(400);
    expect((await request(stack.url).get(`/api/v1/analytics/summary?${around()}`)).status).toBe(401);
  });

  it.each([
    ['from=2026-02-30&to=2026-03-01', 'from'],
    ['from=2026-03-01&to=2026-3-2', 'to'],
    ['from=yesterday&to=2026-03-01', 'from'],
    ['to=2026-03-01', 'from'],
    ['from=2026-03-02&to=2026-03-01', 'to'],
    ['from=2025-01-01&to=2026-01-02', 'to'],
    ['from=2026-03-01&to=2026-03-02&format=xml', 'format'],
    ['from=2026-03-01&to=2026-03-02&format=csv', 'table'],
    ['from=2026-03-01&to=2026-03-02&format=csv&table=views', 'table'],
    ['from=2026-03-01&to=2026-03-02&department=a%20b', 'department'],
  ])('%s → 400 naming %s', async (query, field) => {
    const res = await editor.get(`/api/v1/analytics/summary?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('a full year (366 days) is allowed, every day listed', async () => {
    const res = await editor.get('/api/v1/analytics/summary?from=2024-01-01&to=2024-12-31');
    expect(res.status).toBe(200);
    expect(res.body.daily).toHaveLength(366);
  });
});
