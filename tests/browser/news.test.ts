import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { components } from '../../frontend/src/app/core/api/schema.js';
import { Client, DEMO } from '../harness/session.js';
import { axeViolations, horizontalOverflow, searchIndexCaughtUp, signInAs, startBrowserStack, xsrfToken, type BrowserStack } from './browser.js';

// News of the provincial portal in the browser, on the real stack with demo data (which holds a
// few news items that match demo projects): related news on project and policy pages, the site
// search page, editors pinning and hiding news for a project, and the administrators' feed status
// with "fetch news now" against a tiny RSS server started here.

type Schemas = components['schemas'];
type RelatedNews = Schemas['RelatedNewsDto'];
type SiteSearchResult = Schemas['SiteSearchResultDto'];
type WorkspaceProjectNews = Schemas['WorkspaceProjectNewsDto'];

let browser: BrowserStack;
let base: string;
/** The published demo project with the most related news, and its list as the API gives it. */
let project: { id: string; slug: string; news: RelatedNews[] };

// The RSS server: one feed whose answer can be held back (to keep an ingest pass running) or made to fail.
let feedServer: http.Server;
let feedUrl: string;
let feedMode: 'ok' | 'hold' | 'fail' = 'ok';
let feedRequests = 0;
let onFeedRequest: (() => void) | null = null;
let releaseHeld: (() => void) | null = null;
const NEW_TITLE = 'Hợp tác xã rong sụn Cù Lao Dung ký hợp đồng xuất khẩu';

function rssDocument(): string {
  const date = new Date().toUTCString();
  const item = (slug: string, title: string, summary: string) =>
    `<item><title>${title}</title><link>${feedUrl.replace('/feed.rss', `/tin/${slug}`)}</link><guid>${slug}</guid><description>${summary}</description><pubDate>${date}</pubDate></item>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bản tin thử nghiệm</title><link>${feedUrl}</link><language>vi-VN</language>` +
    item('rong-sun-cu-lao-dung', NEW_TITLE, 'Sản phẩm rong sụn sấy khô của hợp tác xã được xuất khẩu lô đầu tiên.') +
    item('tap-huan-chuyen-doi-so', 'Tập huấn chuyển đổi số cho cán bộ xã', 'Lớp tập huấn kéo dài ba ngày.') +
    '</channel></rss>'
  );
}

beforeAll(async () => {
  // No scheduled ingest pass: only the ones this file starts (so 409 happens only when meant).
  browser = await startBrowserStack({ NEWS_INTERVAL_MS: '0' });
  base = browser.stack.url;
  feedServer = http.createServer((req, res) => {
    feedRequests++;
    onFeedRequest?.();
    const answer = () => {
      if (feedMode === 'fail') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('feed broken');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(rssDocument());
    };
    if (feedMode === 'hold') releaseHeld = answer;
    else answer();
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.rss`;

  await searchIndexCaughtUp(browser.stack);
  const rows: { id: string; slug: string }[] = await browser.stack.db.query(`SELECT id, slug FROM projects WHERE status = 'published' ORDER BY code`);
  const candidates = await Promise.all(rows.map(async (r) => ({ ...r, news: (await api<{ items: RelatedNews[] }>(`/api/v1/projects/${r.slug}/news?lang=vi&limit=5`)).items })));
  project = candidates.reduce((best, c) => (c.news.length > best.news.length ? c : best));
}, 120_000);

afterAll(async () => {
  releaseHeld?.();
  await new Promise((resolve) => feedServer?.close(resolve));
  await browser?.stop();
});

async function api<T>(path: string): Promise<T> {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** Polls the site search API (the index is filled by the outbox worker) until `done` holds. */
async function searchUntil(q: string, done: (r: SiteSearchResult) => boolean): Promise<SiteSearchResult> {
  let last: SiteSearchResult | undefined;
  for (let i = 0; i < 120; i++) {
    last = await api<SiteSearchResult>(`/api/v1/search?lang=vi&q=${encodeURIComponent(q)}`);
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`site search for "${q}" did not reach the expected state in 30 s: ${JSON.stringify(last?.news)}`);
}

const notDegraded = (r: SiteSearchResult) => !r.projects.degraded && !r.policies.degraded && !r.news.degraded;

async function relatedOnPage(page: Page): Promise<{ title: string; href: string | null; rel: string | null; pinned: boolean; lang: string | null }[]> {
  await page.locator('[data-related-news] li').first().waitFor();
  return page.locator('[data-related-news] li').evaluateAll((items) =>
    items.map((li) => {
      const a = li.querySelector('a[data-news-link]');
      const title = li.querySelector('[data-news-title]');
      return {
        title: title?.textContent?.trim() ?? '',
        href: a?.getAttribute('href') ?? null,
        rel: a?.getAttribute('rel') ?? null,
        pinned: li.hasAttribute('data-pinned'),
        lang: title?.getAttribute('lang') ?? null,
      };
    }),
  );
}

describe('related news on public pages', () => {
  it('demo data relates news to at least one published project', () => {
    expect(project.news.length).toBeGreaterThanOrEqual(2);
  });

  it('the project page lists exactly what the API returns, linking to the provincial portal', async () => {
    const page = await browser.open(`/vi/projects/${project.slug}`);
    const shown = await relatedOnPage(page);
    expect(shown.map((n) => [n.title, n.href])).toEqual(project.news.map((n) => [n.title, n.link]));
    expect(shown.every((n) => n.rel?.split(' ').includes('noopener'))).toBe(true);
    expect(shown.map((n) => n.lang)).toEqual(project.news.map((n) => (n.language === 'vi' ? null : n.language)));
    const heading = page.locator('[data-related-news] h2');
    expect((await heading.innerText()).trim()).toBe('Tin liên quan');
    expect(await page.locator('[data-related-news] a[data-news-link]').first().innerText()).toContain('(trên Cổng thông tin điện tử tỉnh)');
    await page.close();
  });

  it('on the English page Vietnamese items are marked as Vietnamese', async () => {
    const en = (await api<{ items: RelatedNews[] }>(`/api/v1/projects/${project.slug}/news?lang=en&limit=5`)).items;
    const page = await browser.open(`/en/projects/${project.slug}`);
    const shown = await relatedOnPage(page);
    expect(shown.map((n) => n.title)).toEqual(en.map((n) => n.title));
    expect(shown.map((n) => n.lang)).toEqual(en.map((n) => (n.language === 'en' ? null : n.language)));
    expect((await page.locator('[data-related-news] h2').innerText()).trim()).toBe('Related news');
    await page.close();
  });

  it('a policy page lists its related news too', async () => {
    const rows: { slug: string }[] = await browser.stack.db.query(`SELECT slug FROM policies WHERE status = 'published' ORDER BY code`);
    const lists = await Promise.all(rows.map(async (r) => ({ slug: r.slug, news: (await api<{ items: RelatedNews[] }>(`/api/v1/policies/${r.slug}/news?lang=vi&limit=5`)).items })));
    const withNews = lists.find((l) => l.news.length > 0);
    const without = lists.find((l) => l.news.length === 0);
    expect(withNews).toBeDefined();
    const page = await browser.open(`/vi/policies/${withNews!.slug}`);
    expect((await relatedOnPage(page)).map((n) => n.href)).toEqual(withNews!.news.map((n) => n.link));
    await page.close();
    if (without) {
      // Nothing related: no section at all (the page is complete once its inquiry form is there).
      const empty = await browser.open(`/vi/policies/${without.slug}`);
      await empty.locator('app-inquiry-form').waitFor();
      await empty.waitForLoadState('networkidle');
      expect(await empty.locator('[data-related-news]').count()).toBe(0);
      await empty.close();
    }
  });

  it('a failing news request leaves the section out and the page intact', async () => {
    const page = await browser.context.newPage();
    await page.route('**/api/v1/projects/*/news*', (route) => route.fulfill({ status: 503, body: '{}' }));
    await page.goto(`${base}/vi/projects/${project.slug}`);
    await page.locator('article.project h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-related-news]').count()).toBe(0);
    expect(await page.locator('article.project [data-field="description"]').count()).toBe(1);
    await page.close();
  });
});

describe('site search', () => {
  const WORD = 'điện gió';

  it('is reachable from the header; news, projects and policies agree with the API; Back restores the query', async () => {
    const expected = await searchUntil(WORD, (r) => notDegraded(r) && r.news.hits.some((h) => /điện gió/i.test(h.title)));
    const page = await browser.open('/vi');
    await page.locator('a[data-site-search-link]').click();
    await page.waitForURL(/\/vi\/search$/);
    await page.locator('#site-q').fill(WORD);
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/vi/search' && url.searchParams.get('q') === WORD);
    await page.locator('[data-group="news"]').waitFor();

    const newsTitles = await page.locator('[data-group="news"] [data-hit] [data-title]').allInnerTexts();
    expect(newsTitles).toEqual(expected.news.hits.map((h) => h.title));
    const newsHrefs = await page.locator('[data-group="news"] [data-hit] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(newsHrefs).toEqual(expected.news.hits.map((h) => h.link));
    expect(await page.getAttribute('[data-group="news"] [data-hit] a', 'rel')).toContain('noopener');

    expect(Number(await page.getAttribute('[data-group="projects"]', 'data-total'))).toBe(expected.projects.total);
    const projectHrefs = await page.locator('[data-group="projects"] [data-hit] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(projectHrefs).toEqual(expected.projects.hits.slice(0, 5).map((h) => `/vi/projects/${h.slug}`));
    expect(Number(await page.getAttribute('[data-group="policies"]', 'data-total'))).toBe(expected.policies.total);
    expect(await page.locator('[data-group="projects"] h2').innerText()).toContain(`(${expected.projects.total})`);
    if (expected.projects.total > 0) {
      expect(await page.getAttribute('[data-all="projects"]', 'href')).toBe(`/vi/projects?q=${encodeURIComponent(WORD)}`);
    }
    expect(await page.locator('[data-summary]').innerText()).toContain(`${expected.news.total} tin tức`);
    expect(await page.locator('[data-degraded]').count()).toBe(0);

    // A second search, then Back: the first query and its results come back.
    await page.locator('#site-q').fill('xyzkhongcogi');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.locator('[data-empty]').waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === WORD);
    await page.locator('[data-group="news"] [data-hit]').first().waitFor();
    expect(await page.inputValue('#site-q')).toBe(WORD);
    await page.close();
  });

  it('the "see all" link opens the project search with the same query', async () => {
    const expected = await searchUntil(WORD, notDegraded);
    expect(expected.projects.total).toBeGreaterThan(0);
    const page = await browser.open(`/vi/search?q=${encodeURIComponent(WORD)}`);
    await page.locator('[data-all="projects"]').click();
    await page.waitForURL((url) => url.pathname === '/vi/projects' && url.searchParams.get('q') === WORD);
    await page.close();
  });

  it.each([1280, 360])('has no axe violations and no sideways scrolling at %i px', async (width) => {
    await searchUntil(WORD, notDegraded);
    const page = await browser.open(`/en/search?q=${encodeURIComponent(WORD)}`, width);
    await page.locator('[data-group="news"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('project page with news: accessibility', () => {
  it.each([1280, 360])('has no axe violations and no sideways scrolling at %i px', async (width) => {
    const page = await browser.open(`/vi/projects/${project.slug}`, width);
    await relatedOnPage(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('editors pin and hide news for a project', () => {
  let editor: Client;

  beforeAll(async () => {
    editor = new Client(base);
    await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  });

  async function workspaceNews(q = ''): Promise<WorkspaceProjectNews> {
    const res = await editor.get(`/api/v1/workspace/projects/${project.id}/news${q ? `?q=${encodeURIComponent(q)}` : ''}`);
    expect(res.status).toBe(200);
    return res.body as WorkspaceProjectNews;
  }

  /** The public list as a fresh visitor gets it (routing a request bypasses the browser's HTTP cache). */
  async function publicPage(): Promise<{ page: Page; shown: Awaited<ReturnType<typeof relatedOnPage>> }> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.route('**/api/v1/projects/*/news*', (route) => route.continue());
    await page.goto(`${base}/vi/projects/${project.slug}`);
    return { page, shown: await relatedOnPage(page) };
  }

  it('an editor opens the page from the review page, pins an item found by search and hides another; the public page follows', async () => {
    const before = await workspaceNews();
    expect(before.pinned).toEqual([]);
    expect(before.hidden).toEqual([]);
    const toHide = project.news[0];
    // Pin an item the public list does not show yet (found through the search box).
    const allNews: { id: string; title: string }[] = await browser.stack.db.query(`SELECT id, title FROM news_items ORDER BY published_at DESC`);
    const toPin = allNews.find((n) => !project.news.some((r) => r.id === n.id)) ?? project.news[project.news.length - 1];
    expect(toPin.id).not.toBe(toHide.id);

    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.editor);
    await page.goto(`${base}/workspace/review/projects/${project.id}`);
    await page.locator('a[data-project-news-link]').click();
    await page.waitForURL(new RegExp(`/workspace/projects/${project.id}/news$`));
    await page.locator('#pn-related [data-news-id]').first().waitFor();

    // Why items match, from the API.
    expect(await page.locator('[data-terms-sectors]').innerText()).toBe(before.terms.sectors.length ? before.terms.sectors.join(', ') : '(không có)');
    expect(await page.locator('[data-terms-keywords]').innerText()).toBe(before.terms.keywords.length ? before.terms.keywords.join(', ') : '(không có)');
    const relatedTitles = await page.locator('#pn-related [data-news-title]').allInnerTexts();
    expect(relatedTitles).toEqual(before.related.map((n) => n.title));

    // Search, then pin.
    await page.locator('#pn-q').fill(toPin.title);
    await page.locator('#pn-results form button[type="submit"]').click();
    await page.waitForURL((url) => url.searchParams.get('q') === toPin.title);
    const found = page.locator(`#pn-results [data-news-id="${toPin.id}"]`);
    await found.waitFor();
    await found.locator('button[data-action="pin"]').click();
    await page.locator('[data-news-status]', { hasText: 'Đã ghim' }).waitFor();
    await page.locator(`#pn-pinned [data-news-id="${toPin.id}"]`).waitFor();
    // The item is now "pinned" where it was found: its button offers to unpin, and has focus.
    await page.locator(`#pn-results [data-news-id="${toPin.id}"] button[data-action="unpin"]`).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-action') === 'unpin');

    // Hide the first related item.
    await page.locator(`#pn-related [data-news-id="${toHide.id}"] button[data-action="hide"]`).click();
    await page.locator('[data-news-status]', { hasText: 'Đã ẩn' }).waitFor();
    await page.locator(`#pn-hidden [data-news-id="${toHide.id}"]`).waitFor();
    await page.locator(`#pn-related [data-news-id="${toHide.id}"]`).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-action') === 'show');

    const after = await workspaceNews();
    expect(after.pinned.map((n) => n.id)).toEqual([toPin.id]);
    expect(after.hidden.map((n) => n.id)).toEqual([toHide.id]);

    // The public page: the pinned item first and marked, the hidden one gone, as the API says.
    const listed = (await api<{ items: RelatedNews[] }>(`/api/v1/projects/${project.slug}/news?lang=vi&limit=5`)).items;
    expect(listed[0].id).toBe(toPin.id);
    const pub = await publicPage();
    expect(pub.shown[0]).toMatchObject({ title: toPin.title, pinned: true });
    expect(pub.shown.map((n) => n.title)).toEqual(listed.map((n) => n.title));
    expect(pub.shown.some((n) => n.title === toHide.title)).toBe(false);
    expect(await pub.page.locator('[data-related-news] li').first().locator('[data-news-pinned]').innerText()).toBe('Được ghim');
    await pub.page.close();

    // Undo both from the pinned and hidden lists.
    await page.locator(`#pn-pinned [data-news-id="${toPin.id}"] button[data-action="unpin"]`).click();
    await page.locator('[data-news-status]', { hasText: 'Đã bỏ ghim' }).waitFor();
    await page.locator(`#pn-hidden [data-news-id="${toHide.id}"] button[data-action="show"]`).click();
    await page.locator('[data-news-status]', { hasText: 'hiện lại' }).waitFor();
    // The lists reload after each confirmation.
    await page.locator('#pn-pinned', { hasText: 'Chưa ghim tin nào.' }).waitFor();
    await page.locator('#pn-hidden', { hasText: 'Chưa ẩn tin nào.' }).waitFor();
    expect(await page.locator('#pn-pinned [data-news-id], #pn-hidden [data-news-id]').count()).toBe(0);
    const cleared = await workspaceNews();
    expect(cleared.pinned).toEqual([]);
    expect(cleared.hidden).toEqual([]);
    await page.close();
  });

  it.each([1280, 360])('the pin page has no axe violations and no sideways scrolling at %i px', async (width) => {
    const page = await browser.open('/workspace/sign-in', width);
    await signInAs(browser, page, DEMO.editor);
    // Editors manage news per project; the feeds are for administrators.
    expect((await editor.get('/api/v1/workspace/news/feeds')).status).toBe(403);
    await page.goto(`${base}/workspace/projects/${project.id}/news?q=${encodeURIComponent('thủy sản')}`);
    await page.locator('#pn-related [data-news-id]').first().waitFor();
    await page.locator('[data-results-count]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('an officer cannot open the page: the route sends them to their projects', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.officerA);
    await page.goto(`${base}/workspace/projects/${project.id}/news`);
    await page.waitForURL(/\/workspace\/projects$/);
    expect(await page.locator('#pn-h').count()).toBe(0);
    const officer = new Client(base);
    await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
    expect((await officer.get(`/api/v1/workspace/projects/${project.id}/news`)).status).toBe(403);
    await page.close();
  });
});

describe('administrators: news feeds', () => {
  it('configure a feed, see its status, fetch news now, find the new item in site search; a running pass and a failing feed are reported', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.admin);
    await page.goto(`${base}/workspace/admin`);
    await page.locator('[data-news-feeds]').waitFor();

    await page.fill('#ps-feed', feedUrl);
    await page.click('[data-add-feed]');
    await page.click('[data-save-portal]');
    await page.locator('[data-portal-status]', { hasText: 'Đã lưu' }).waitFor();
    const row = page.locator(`[data-news-feeds] tr[data-feed="${feedUrl}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('never');
    expect(await row.innerText()).toContain('Chưa đọc');

    // Fetch now: the summary, the per-feed line, and the table updated.
    feedMode = 'ok';
    await page.click('[data-fetch-news]');
    await page.locator('[data-fetch-status]', { hasText: 'Đã đọc 1 nguồn tin' }).waitFor();
    expect(await page.locator('[data-fetch-status]').innerText()).toContain('thêm 2');
    expect(await page.locator(`[data-fetch-results] li[data-feed="${feedUrl}"]`).innerText()).toContain('thêm 2');
    await page.locator(`[data-news-feeds] tr[data-feed="${feedUrl}"][data-status="ok"]`).waitFor();
    expect(await row.locator('[data-items]').innerText()).toBe('2');
    expect(await row.innerText()).toContain('Bình thường');

    // The new item reaches the search index, then the site search page.
    const found = await searchUntil('rong sụn', (r) => notDegraded(r) && r.news.hits.some((h) => h.title === NEW_TITLE));
    const search = await browser.open(`/vi/search?q=${encodeURIComponent('rong sụn')}`);
    const hit = search.locator('[data-group="news"] [data-hit]', { hasText: 'rong sụn' }).first();
    await hit.waitFor();
    expect((await hit.locator('[data-title]').innerText()).trim()).toBe(NEW_TITLE);
    expect(await hit.locator('a').getAttribute('href')).toBe(found.news.hits.find((h) => h.title === NEW_TITLE)!.link);
    await search.close();

    // A pass already running (held at the feed server): the button reports it instead of failing.
    feedMode = 'hold';
    const arrived = new Promise<void>((resolve) => (onFeedRequest = resolve));
    const running = page.request.post(`${base}/api/v1/workspace/news/ingest`, { headers: { 'x-xsrf-token': await xsrfToken(browser) } });
    await arrived;
    onFeedRequest = null;
    await page.click('[data-fetch-news]');
    await page.locator('[data-fetch-error]', { hasText: 'đang chạy' }).waitFor();
    // The held read now fails: the feed is reported as failing, with its error.
    feedMode = 'fail';
    releaseHeld?.();
    releaseHeld = null;
    const done = await running;
    expect(done.status()).toBe(200);
    expect(((await done.json()) as Schemas['FeedResultDto'][]).find((r) => r.url === feedUrl)?.ok).toBe(false);
    await page.click('text=Tải lại tình trạng');
    await page.locator(`[data-news-feeds] tr[data-feed="${feedUrl}"][data-status="failing"]`).waitFor();
    expect(await row.innerText()).toContain('Đang lỗi');
    expect(await row.innerText()).toContain('500');
    // Its items stay.
    expect(await row.locator('[data-items]').innerText()).toBe('2');
    expect(feedRequests).toBe(2);
    await page.close();
  });
});
