import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Meilisearch } from 'meilisearch';
import { createSearchClient } from '@invest-portal/search';
import { SearchMaintenanceService } from '@invest-portal/backend/search-sync/maintenance.service.js';
import { SearchSyncWorker } from '@invest-portal/backend/search-sync/sync.worker.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// News of the provincial portal: feeds served by a local HTTP server (good, broken, huge, silent,
// failing, redirecting, conditional), ingested through the admin endpoint into real PostgreSQL,
// indexed in real Meilisearch, and matched to the demo project "Trại sản xuất tôm giống sạch
// bệnh Trần Đề" (sector: aquaculture; commune Trần Đề).
const MAX_BYTES = 20_000;
const TIMEOUT_MS = 500;

let stack: TestStack;
let feeds: http.Server;
let base: string;
let admin: Client;
let editor: Client;
let officer: Client;
let worker: SearchSyncWorker;
let meili: Meilisearch;
/** Content of the served feeds changes between the first and the second ingest pass. */
let phase = 1;
let project: { id: string; slug: string };

const SITE = 'https://www.soctrang.gov.vn';
const link = (slug: string) => `${SITE}/tin-tuc/${slug}`;

const rss = (title: string, items: string, lang = 'vi-VN') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>${SITE}/</link><language>${lang}</language>${items}</channel></rss>`;
const item = (slug: string, title: string, description = '', date = 'Tue, 10 Nov 2026 08:00:00 +0700') =>
  `<item><title>${title}</title><link>${link(slug)}</link><guid>${link(slug)}</guid><description><![CDATA[${description}]]></description><pubDate>${date}</pubDate></item>`;

const VI_FEED = rss(
  'Cổng TTĐT tỉnh – Kinh tế',
  item('nuoi-trong-thuy-san-ben-vung', 'Sóc Trăng đẩy mạnh nuôi trồng thủy sản bền vững', '<p>Nhiều mô hình <b>nuôi</b> mới được nhân rộng.</p>') +
    item('cau-moi-tran-de', 'Xã Trần Đề khánh thành cầu giao thông nông thôn', '<p>Cầu dài 120 m.</p>', 'Mon, 09 Nov 2026 08:00:00 +0700') +
    item('gia-tom-giong-dau-vu', 'Giá tôm giống tăng mạnh đầu vụ', '<p>Người nuôi cần chọn nơi cung cấp uy tín.</p>', 'Sun, 08 Nov 2026 08:00:00 +0700') +
    item('hoi-nghi-chuyen-doi-so', 'Hội nghị chuyển đổi số năm 2026', '<p>Sóc Trăng đặt mục tiêu chính quyền số.</p>', 'Sat, 07 Nov 2026 08:00:00 +0700') +
    item('le-hoi-dua-ghe-ngo', 'Lễ hội Oóc Om Bóc – Đua ghe Ngo năm 2026', '<p>Hàng nghìn người cổ vũ các đội ghe.</p>', 'Fri, 06 Nov 2026 08:00:00 +0700') +
    `<item><title></title><link>${link('khong-tieu-de')}</link></item>` +
    `<item><title>Tin không có đường dẫn</title></item>`,
);

const ATOM_EN = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Soc Trang Portal – English news</title>
  <entry><id>urn:st:en:1</id><title>Shrimp hatchery output rises</title><link href="${link('shrimp-hatchery-output')}"/><updated>2026-11-11T00:00:00Z</updated><summary>Seed supply improves for local farmers.</summary></entry>
  <entry><id>urn:st:en:2</id><title>Province hosts digital forum</title><link href="${link('hoi-nghi-chuyen-doi-so')}#en"/><updated>2026-11-07T00:00:00Z</updated><summary>Same article as in Vietnamese.</summary></entry>
</feed>`;

const dupFeed = () =>
  rss(
    'Cổng TTĐT tỉnh – Thời sự',
    item('tin-lap', 'Tin đăng hai lần') +
      item('tin-lap', 'Tin đăng hai lần (bản sau)') +
      item('tin-doi-tieu-de', phase === 1 ? 'Tiêu đề ban đầu' : 'Tiêu đề đã sửa', '<p>Nội dung.</p>', 'Wed, 04 Nov 2026 08:00:00 +0700'),
  );

const flakyFeed = () =>
  phase === 1 ? rss('Cổng TTĐT tỉnh – Bản tin', item('ban-tin-so-1', 'Bản tin số 1')) : '<rss><channel><title>Hỏng</title><item><title>Mất thẻ đóng</item></channel></rss>';

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const xml = (body: string, headers: Record<string, string> = {}) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers });
    res.end(body);
  };
  switch (req.url) {
    case '/vi.rss':
      // Conditional GET: the second read gets 304.
      if (req.headers['if-none-match'] === '"vi-1"') {
        res.writeHead(304, { etag: '"vi-1"' });
        res.end();
      } else xml(VI_FEED, { etag: '"vi-1"' });
      return;
    case '/en.atom':
      return xml(ATOM_EN, { 'content-type': 'application/atom+xml' });
    case '/dup.rss':
      return xml(dupFeed());
    case '/flaky.rss':
      return xml(flakyFeed());
    case '/broken.rss':
      return xml('<rss version="2.0"><channel><title>Hỏng</title><item><title>Không đóng thẻ</channel>');
    case '/huge.rss': {
      // No Content-Length: the limit must hold on the streamed body.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Lớn</title>');
      const chunk = item('lon', 'Tin rất dài', 'x'.repeat(4000));
      for (let i = 0; i < 20; i++) res.write(chunk);
      res.end('</channel></rss>');
      return;
    }
    case '/silent.rss':
      return; // never answers
    case '/fail.rss':
      res.writeHead(500);
      res.end('Internal Server Error');
      return;
    case '/moved.rss':
      res.writeHead(301, { location: '/target.rss' });
      res.end();
      return;
    case '/target.rss':
      return xml(rss('Cổng TTĐT tỉnh – Chuyển hướng', item('tin-sau-chuyen-huong', 'Tin sau chuyển hướng')));
    case '/ftp-redirect.rss':
      res.writeHead(302, { location: 'ftp://127.0.0.1/feed.rss' });
      res.end();
      return;
    default:
      res.writeHead(404);
      res.end();
  }
}

const url = (path: string) => `${base}${path}`;
const FEEDS = ['/vi.rss', '/en.atom', '/dup.rss', '/flaky.rss', '/broken.rss', '/huge.rss', '/silent.rss', '/fail.rss', '/moved.rss', '/ftp-redirect.rss'];

async function configureFeeds(paths: string[]): Promise<void> {
  const current = (await admin.get('/api/v1/workspace/settings/portal')).body;
  const res = await admin.send('put', '/api/v1/workspace/settings/portal', { ...current, newsFeeds: paths.map(url) });
  expect(res.status).toBe(200);
}

async function ingest(): Promise<Record<string, { ok: boolean; notModified: boolean; added: number; updated: number; unchanged: number; skipped: number; error?: string }>> {
  const res = await admin.post('/api/v1/workspace/news/ingest');
  expect(res.status).toBe(200);
  return Object.fromEntries((res.body as { url: string }[]).map((r) => [r.url.slice(base.length), r])) as never;
}

const newsRow = async (slug: string) => (await stack.db.query(`SELECT * FROM news_items WHERE link = $1`, [link(slug)]))[0];
const relatedTo = async (slug: string, query = 'limit=20') => request(stack.url).get(`/api/v1/projects/${slug}/news?${query}`);

beforeAll(async () => {
  feeds = http.createServer(route);
  await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  stack = await startTestStack({
    demoData: true,
    env: { NEWS_INTERVAL_MS: '0', NEWS_FETCH_TIMEOUT_MS: String(TIMEOUT_MS), NEWS_MAX_FEED_BYTES: String(MAX_BYTES) },
  });
  worker = stack.app.get(SearchSyncWorker);
  meili = createSearchClient({ url: stack.services.meiliUrl, apiKey: stack.services.meiliMasterKey, taskTimeoutMs: 60_000 });
  [admin, editor, officer] = [new Client(stack.url), new Client(stack.url), new Client(stack.url)];
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  [project] = await stack.db.query(`SELECT id, slug FROM projects WHERE code = 'ST-AQ-02' AND status = 'published'`);
  await configureFeeds(FEEDS);
}, 120_000);

afterAll(async () => {
  feeds?.closeAllConnections();
  await new Promise((resolve) => feeds?.close(resolve));
  await stack?.stop();
});

describe('ingest', () => {
  let first: Awaited<ReturnType<typeof ingest>>;

  beforeAll(async () => {
    first = await ingest();
  });

  it('stores the items of good feeds and skips items without title or link/guid', async () => {
    expect(first['/vi.rss']).toMatchObject({ ok: true, notModified: false, skipped: 2 });
    expect(first['/en.atom']).toMatchObject({ ok: true, notModified: false, skipped: 0 });
    // One article is in both feeds (same link): whichever feed came first owns it, never two rows.
    expect(first['/vi.rss']!.added + first['/en.atom']!.added).toBe(6);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM news_items WHERE link = $1`, [link('hoi-nghi-chuyen-doi-so')]);
    expect(n).toBe(1);
    const sector = await newsRow('nuoi-trong-thuy-san-ben-vung');
    expect(sector).toMatchObject({
      title: 'Sóc Trăng đẩy mạnh nuôi trồng thủy sản bền vững',
      summary: 'Nhiều mô hình nuôi mới được nhân rộng.',
      source: 'Cổng TTĐT tỉnh – Kinh tế',
      language: 'vi',
      feed_url: url('/vi.rss'),
      version: 1,
    });
    expect(new Date(sector.published_at).toISOString()).toBe('2026-11-10T01:00:00.000Z');
    expect(sector.folded).toBe('soc trang day manh nuoi trong thuy san ben vung nhieu mo hinh nuoi moi duoc nhan rong');
    expect(await newsRow('shrimp-hatchery-output')).toMatchObject({ language: 'en', source: 'Soc Trang Portal – English news' });
  });

  it('never duplicates an item repeated inside one feed', async () => {
    expect(first['/dup.rss']).toMatchObject({ ok: true, added: 2, skipped: 1 });
    const rows = await stack.db.query(`SELECT title FROM news_items WHERE link = $1`, [link('tin-lap')]);
    expect(rows).toEqual([{ title: 'Tin đăng hai lần' }]);
  });

  it('follows a redirect to another http(s) feed, but not to another scheme', async () => {
    expect(first['/moved.rss']).toMatchObject({ ok: true, added: 1 });
    expect(await newsRow('tin-sau-chuyen-huong')).toMatchObject({ feed_url: url('/moved.rss') });
    expect(first['/ftp-redirect.rss']).toMatchObject({ ok: false, error: expect.stringMatching(/only http\(s\)/) });
  });

  it('records malformed, oversized, silent and failing feeds as errors', async () => {
    expect(first['/broken.rss']).toMatchObject({ ok: false, added: 0, error: expect.stringMatching(/^malformed XML/) });
    expect(first['/huge.rss']).toMatchObject({ ok: false, error: expect.stringContaining(`larger than ${MAX_BYTES} bytes`) });
    expect(first['/silent.rss']).toMatchObject({ ok: false, error: `no complete answer within ${TIMEOUT_MS} ms` });
    expect(first['/fail.rss']).toMatchObject({ ok: false, error: expect.stringMatching(/^HTTP 500/) });
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM news_items WHERE feed_url = ANY($1)`, [['/broken.rss', '/huge.rss', '/silent.rss', '/fail.rss'].map(url)]);
    expect(n).toBe(0);
  });

  it('lists the status of every configured feed to administrators', async () => {
    const res = await admin.get('/api/v1/workspace/news/feeds');
    expect(res.status).toBe(200);
    const byPath = Object.fromEntries((res.body as { url: string; lastAttemptAt: string | null }[]).map((f) => [f.url.slice(base.length), f]));
    expect(Object.keys(byPath)).toEqual(FEEDS);
    expect(byPath['/vi.rss']).toMatchObject({ status: 'ok', lastError: null, itemCount: expect.any(Number) });
    expect(byPath['/dup.rss']).toMatchObject({ status: 'ok', itemCount: 2 });
    expect(byPath['/silent.rss']).toMatchObject({ status: 'failing', lastSuccessAt: null, lastError: `no complete answer within ${TIMEOUT_MS} ms`, itemCount: 0 });
    expect(byPath['/broken.rss'].lastAttemptAt).toEqual(expect.any(String));
  });

  describe('a second pass', () => {
    let second: Awaited<ReturnType<typeof ingest>>;
    let before: { id: string; first_seen_at: Date };

    beforeAll(async () => {
      before = await newsRow('tin-doi-tieu-de');
      phase = 2;
      second = await ingest();
    });

    it('asks conditionally and takes 304 as "nothing changed"', async () => {
      expect(second['/vi.rss']).toEqual({ url: url('/vi.rss'), ok: true, notModified: true, added: 0, updated: 0, unchanged: 0, skipped: 0 });
      const [status] = await stack.db.query(`SELECT etag, last_error FROM news_feeds WHERE url = $1`, [url('/vi.rss')]);
      expect(status).toEqual({ etag: '"vi-1"', last_error: null });
    });

    it('updates an item whose title changed instead of adding it again, keeping when it was first seen', async () => {
      expect(second['/dup.rss']).toMatchObject({ ok: true, added: 0, updated: 1, unchanged: 1, skipped: 1 });
      const after = await newsRow('tin-doi-tieu-de');
      expect(after).toMatchObject({ id: before.id, title: 'Tiêu đề đã sửa', version: 2 });
      expect(after.first_seen_at).toEqual(before.first_seen_at);
      expect(second['/en.atom']).toMatchObject({ ok: true, added: 0, updated: 0 });
    });

    it('keeps the items of a feed that fails later, and says it is failing', async () => {
      expect(second['/flaky.rss']).toMatchObject({ ok: false, error: expect.stringMatching(/^malformed XML/) });
      expect(await newsRow('ban-tin-so-1')).toMatchObject({ title: 'Bản tin số 1' });
      const [status] = await stack.db.query(`SELECT last_success_at, last_error, item_count FROM news_feeds WHERE url = $1`, [url('/flaky.rss')]);
      expect(status.last_success_at).not.toBeNull();
      expect(status.last_error).toMatch(/^malformed XML/);
      expect(status.item_count).toBe(1);
    });
  });

  it('runs one pass at a time: a second request during a pass gets 409', async () => {
    // The silent feed keeps a pass busy until its timeout.
    const statuses = (await Promise.all([admin.post('/api/v1/workspace/news/ingest'), admin.post('/api/v1/workspace/news/ingest')])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 409]);
  });

  it('a feed removed from the settings keeps its items but is no longer listed', async () => {
    await configureFeeds(FEEDS.filter((f) => f !== '/flaky.rss'));
    const listed = ((await admin.get('/api/v1/workspace/news/feeds')).body as { url: string }[]).map((f) => f.url);
    expect(listed).not.toContain(url('/flaky.rss'));
    expect(await newsRow('ban-tin-so-1')).toBeDefined();
    await configureFeeds(FEEDS);
  });
});

describe('search', () => {
  beforeAll(async () => {
    await worker.drain();
  });

  it('indexes every stored item in the news index, public fields only', async () => {
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM news_items`);
    expect((await meili.index('news').getStats()).numberOfDocuments).toBe(n);
    const row = await newsRow('tin-doi-tieu-de');
    const doc = await meili.index('news').getDocument(`news-${row.id}`);
    expect(doc).toMatchObject({ id: `news-${row.id}`, type: 'news', db_id: row.id, title: 'Tiêu đề đã sửa', version: 2, language: 'vi', link: link('tin-doi-tieu-de') });
    expect(Object.keys(doc)).not.toContain('folded');
    expect(Object.keys(doc)).not.toContain('feed_url');
    const settings = await meili.index('news').getSettings();
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['language', 'published_at', 'source']));
    expect(settings.sortableAttributes).toEqual(['published_at']);
  });

  it('site search has a news group, without diacritics too', async () => {
    const res = await request(stack.url).get(`/api/v1/search?q=${encodeURIComponent('tom giong')}`);
    expect(res.status).toBe(200);
    expect(res.body.news.degraded).toBe(false);
    const hit = res.body.news.hits.find((h: { link: string }) => h.link === link('gia-tom-giong-dau-vu'));
    expect(hit).toMatchObject({ title: 'Giá tôm giống tăng mạnh đầu vụ', language: 'vi', source: 'Cổng TTĐT tỉnh – Kinh tế', publishedAt: '2026-11-08T01:00:00.000Z' });
    expect(hit.titleHighlighted).toContain('<mark>');
    expect(res.body.projects.hits.length + res.body.policies.hits.length).toBeGreaterThanOrEqual(0);
  });

  it('the consistency check covers news, and repair brings a lost document back', async () => {
    const maintenance = stack.app.get(SearchMaintenanceService);
    const row = await newsRow('cau-moi-tran-de');
    await meili.index('news').deleteDocument(`news-${row.id}`).waitTask({ timeout: 60_000 });
    const drift = (await maintenance.check(true)).find((r) => r.index === 'news')!;
    expect(drift.missing).toEqual([`news-${row.id}`]);
    await worker.drain();
    const again = (await maintenance.check(false)).find((r) => r.index === 'news')!;
    expect({ missing: again.missing, extra: again.extra, stale: again.stale }).toEqual({ missing: [], extra: [], stale: [] });
  });
});

describe('related news', () => {
  type Related = { id: string; title: string; link: string; pinned: boolean; matchedBy: string[]; score: number; language: string };
  const find = (items: Related[], slug: string) => items.find((i) => i.link === link(slug));

  it('matches by sector, area and title keywords, and says which', async () => {
    const res = await relatedTo(project.slug);
    expect(res.status).toBe(200);
    const items = res.body.items as Related[];
    expect(find(items, 'nuoi-trong-thuy-san-ben-vung')).toMatchObject({ matchedBy: ['sector'], score: 2, pinned: false, summary: 'Nhiều mô hình nuôi mới được nhân rộng.' });
    expect(find(items, 'cau-moi-tran-de')).toMatchObject({ matchedBy: ['area'], score: 2 });
    expect(find(items, 'gia-tom-giong-dau-vu')).toMatchObject({ matchedBy: ['keyword'], score: 1 });
    expect(find(items, 'shrimp-hatchery-output')).toMatchObject({ matchedBy: ['keyword'], language: 'en' });
    expect(find(items, 'hoi-nghi-chuyen-doi-so')).toBeUndefined();
    expect(find(items, 'le-hoi-dua-ghe-ngo')).toBeUndefined();
    expect(find(items, 'tin-lap')).toBeUndefined();
    expect(items.every((i) => i.score > 0)).toBe(true);
  });

  it('orders by score, prefers the reader’s language without dropping Vietnamese items, and honours the limit', async () => {
    const vi = (await relatedTo(project.slug)).body.items as Related[];
    const rank = (items: Related[], slug: string) => items.findIndex((i) => i.link === link(slug));
    // Vietnamese readers: the Vietnamese sector item (2, +1 for the language) before the English keyword item (2).
    expect(rank(vi, 'nuoi-trong-thuy-san-ben-vung')).toBeLessThan(rank(vi, 'shrimp-hatchery-output'));
    expect(rank(vi, 'nuoi-trong-thuy-san-ben-vung')).toBeLessThan(rank(vi, 'gia-tom-giong-dau-vu'));
    // English readers: the other way round, and Vietnamese items are still listed.
    const en = (await relatedTo(project.slug, 'lang=en&limit=20')).body.items as Related[];
    expect(rank(en, 'shrimp-hatchery-output')).toBeLessThan(rank(en, 'nuoi-trong-thuy-san-ben-vung'));
    expect(rank(en, 'gia-tom-giong-dau-vu')).toBeGreaterThan(-1);
    expect(en.filter((i) => i.language === 'vi').length).toBeGreaterThan(1);
    const three = (await relatedTo(project.slug, 'limit=3')).body.items;
    expect(three).toHaveLength(3);
    expect((await relatedTo(project.slug, '')).body.items.length).toBeLessThanOrEqual(5);
  });

  it('the demo news items show on the demo project pages', async () => {
    const [wind] = await stack.db.query(`SELECT slug FROM projects WHERE code = 'ST-WP-01'`);
    const items = (await relatedTo(wind.slug)).body.items as Related[];
    expect(items[0]).toMatchObject({
      title: 'Sóc Trăng thúc đẩy các dự án điện gió ven biển Vĩnh Châu',
      link: link('khoi-cong-trien-khai-dien-gio-ven-bien-vinh-chau'),
      source: 'Cổng TTĐT tỉnh',
      matchedBy: ['sector', 'area', 'keyword'],
      score: 2 + 2 + 1,
    });
  });

  it('policies: matched by their sectors, areas and title', async () => {
    const [policy] = await stack.db.query(
      `SELECT p.slug FROM policies p JOIN policy_sectors ps ON ps.policy_id = p.id JOIN sectors s ON s.id = ps.sector_id WHERE s.code = 'aquaculture' AND p.status = 'published' LIMIT 1`,
    );
    const res = await request(stack.url).get(`/api/v1/policies/${policy.slug}/news?limit=20`);
    expect(res.status).toBe(200);
    expect(find(res.body.items, 'nuoi-trong-thuy-san-ben-vung')).toMatchObject({ matchedBy: expect.arrayContaining(['sector']), pinned: false });
  });

  it('404 for projects and policies that are not public', async () => {
    const [draft] = await stack.db.query(`SELECT slug FROM projects WHERE status = 'draft' LIMIT 1`);
    expect((await relatedTo(draft.slug)).status).toBe(404);
    expect((await relatedTo('khong-co-du-an-nay')).status).toBe(404);
    const [draftPolicy] = await stack.db.query(`SELECT slug FROM policies WHERE status <> 'published' LIMIT 1`);
    expect((await request(stack.url).get(`/api/v1/policies/${draftPolicy.slug}/news`)).status).toBe(404);
    expect((await request(stack.url).get(`/api/v1/policies/khong-co/news`)).status).toBe(404);
  });

  it.each([['limit=0'], ['limit=21'], ['limit=abc'], ['lang=fr'], ['sort=new']])('bad query %s → 400', async (query) => {
    const res = await relatedTo(project.slug, query);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, message: 'Validation failed', details: expect.any(Array), requestId: expect.any(String) });
  });
});

describe('pin and hide', () => {
  const put = (client: Client, newsId: string, body: unknown, projectId = project.id) =>
    client.send('put', `/api/v1/workspace/projects/${projectId}/news/${newsId}`, body);

  it('hidden items disappear from the project page, pinned ones come first; null clears', async () => {
    const sector = await newsRow('nuoi-trong-thuy-san-ben-vung');
    const unrelated = await newsRow('le-hoi-dua-ghe-ngo');
    expect((await put(editor, sector.id, { state: 'hidden' })).body).toEqual({ projectId: project.id, newsId: sector.id, state: 'hidden' });
    expect((await put(editor, unrelated.id, { state: 'pinned' })).status).toBe(200);
    const items = (await relatedTo(project.slug)).body.items as { id: string; pinned: boolean; matchedBy: string[] }[];
    expect(items.map((i) => i.id)).not.toContain(sector.id);
    expect(items[0]).toMatchObject({ id: unrelated.id, pinned: true, matchedBy: [] });
    expect(items.slice(1).every((i) => !i.pinned)).toBe(true);

    const ws = await editor.get(`/api/v1/workspace/projects/${project.id}/news`);
    expect(ws.status).toBe(200);
    expect(ws.body.pinned).toEqual([expect.objectContaining({ id: unrelated.id, state: 'pinned', setBy: 'Ban Biên tập' })]);
    expect(ws.body.hidden).toEqual([expect.objectContaining({ id: sector.id, state: 'hidden' })]);
    expect(ws.body.terms).toMatchObject({ sectors: expect.arrayContaining(['nuoi trong thuy san', 'aquaculture']), areas: ['tran de'], keywords: expect.arrayContaining(['tom giong']) });
    expect(ws.body.results).toEqual([]);

    expect((await put(admin, sector.id, { state: null })).body.state).toBeNull();
    expect((await put(editor, unrelated.id, { state: null })).status).toBe(200);
    const cleared = (await relatedTo(project.slug)).body.items as { id: string }[];
    expect(cleared.map((i) => i.id)).toContain(sector.id);
    expect(cleared.map((i) => i.id)).not.toContain(unrelated.id);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM project_news WHERE project_id = $1`, [project.id]);
    expect(n).toBe(0);
  });

  it('editors find any item by text to pin it', async () => {
    const res = await editor.get(`/api/v1/workspace/projects/${project.id}/news?q=${encodeURIComponent('Đua ghe')}`);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([expect.objectContaining({ link: link('le-hoi-dua-ghe-ngo'), state: null, title: 'Lễ hội Oóc Om Bóc – Đua ghe Ngo năm 2026' })]);
  });

  it('decisions are audited on the project', async () => {
    const res = await editor.get(`/api/v1/audit?objectType=project&objectId=${project.id}`);
    const actions = (res.body as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['news_pin', 'news_hide', 'news_clear']));
  });

  it('officers and anonymous callers may not pin (403 / 401), and nothing changes', async () => {
    const sector = await newsRow('nuoi-trong-thuy-san-ben-vung');
    expect((await put(officer, sector.id, { state: 'pinned' })).status).toBe(403);
    expect((await put(new Client(stack.url), sector.id, { state: 'pinned' })).status).toBe(401);
    expect((await officer.get(`/api/v1/workspace/projects/${project.id}/news`)).status).toBe(403);
    expect((await editor.post('/api/v1/workspace/news/ingest')).status).toBe(403);
    expect((await editor.get('/api/v1/workspace/news/feeds')).status).toBe(403);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM project_news`);
    expect(n).toBe(0);
  });

  it('bad input: 400 with the standard error body; unknown project or news item: 404', async () => {
    const sector = await newsRow('nuoi-trong-thuy-san-ben-vung');
    for (const body of [{ state: 'starred' }, {}, { state: 'pinned', extra: 1 }, { state: 1 }]) {
      const res = await put(editor, sector.id, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', details: expect.any(Array) });
    }
    expect((await put(editor, sector.id, { state: 'pinned' }, 'not-a-uuid')).status).toBe(400);
    expect((await put(editor, 'not-a-uuid', { state: 'pinned' })).status).toBe(400);
    expect((await put(editor, '6f1c2b3a-1d2e-4f5a-8b6c-7d8e9f0a1b2c', { state: 'pinned' })).status).toBe(404);
    expect((await put(editor, sector.id, { state: 'pinned' }, '6f1c2b3a-1d2e-4f5a-8b6c-7d8e9f0a1b2c')).status).toBe(404);
    expect((await editor.get(`/api/v1/workspace/projects/6f1c2b3a-1d2e-4f5a-8b6c-7d8e9f0a1b2c/news`)).status).toBe(404);
    expect((await editor.get(`/api/v1/workspace/projects/${project.id}/news?q=${'x'.repeat(201)}`)).status).toBe(400);
  });
});
