import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/lib.mjs';
import { DEMO } from '../harness/session.js';
import { axeViolations, horizontalOverflow, searchIndexCaughtUp, signInAs, startBrowserStack, type BrowserStack } from './browser.js';

// Anonymous analytics end to end (docs/analytics.md): a reader who is not signed in opens two
// public project pages (the view beacon reports each once) and searches for something the portal
// does not have; the editor then finds those views, the query without results, the chart and the
// CSV downloads on /workspace/analytics; an officer sees only the own department's figures.
//
// The shared browser of the stack is headless Chromium, whose User-Agent says so: the API takes it
// for a bot and counts nothing. The reader therefore gets a browser context of its own with an
// ordinary desktop User-Agent (and no session, since staff are not counted either).
const READER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const NO_RESULT_QUERY = 'zxqvkwplm';

let browser: BrowserStack;
let readerBrowser: Browser;
let reader: BrowserContext;
/** A published project of the officer's department (STC) and one of another department. */
let own: { slug: string; department: string };
let other: { slug: string; department: string };
let today: string;

beforeAll(async () => {
  browser = await startBrowserStack();
  readerBrowser = await chromium.launch({ executablePath: findChromium()!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  reader = await readerBrowser.newContext({ userAgent: READER_UA, viewport: { width: 1280, height: 900 } });
  await searchIndexCaughtUp(browser.stack);
  const pick = (where: string) =>
    browser.stack.db.query(
      `SELECT p.slug, d.code AS department FROM projects p JOIN departments d ON d.id = p.department_id
        WHERE p.status = 'published' AND ${where} ORDER BY p.code LIMIT 1`,
    ) as Promise<{ slug: string; department: string }[]>;
  [own] = await pick(`d.code = 'STC'`);
  [other] = await pick(`d.code <> 'STC'`);
  if (!own || !other) throw new Error('the demo data needs a published project of STC and one of another department');
  // The day the API counts in: the provincial calendar day (Asia/Ho_Chi_Minh).
  today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}, 90_000);

afterAll(async () => {
  await reader?.close().catch(() => undefined);
  await readerBrowser?.close().catch(() => undefined);
  await browser?.stop();
});

const isViewPost = (url: string, method: string) => method === 'POST' && new URL(url).pathname === '/api/v1/analytics/views';

/** Opens a public project page as the reader; resolves once its view was reported (204). */
async function readProject(slug: string): Promise<{ page: Page; posts: string[] }> {
  const page = await reader.newPage();
  const posts: string[] = [];
  page.on('request', (r) => {
    if (isViewPost(r.url(), r.method())) posts.push(r.postData() ?? '');
  });
  const reported = page.waitForResponse((r) => isViewPost(r.url(), r.request().method()));
  await page.goto(`${browser.stack.url}/vi/projects/${slug}`);
  await page.locator('main#main-content h1').first().waitFor();
  expect((await reported).status()).toBe(204);
  await page.waitForLoadState('networkidle');
  return { page, posts };
}

async function openAnalytics(page: Page, query = `from=${today}&to=${today}`): Promise<void> {
  await page.goto(`${browser.stack.url}/workspace/analytics?${query}`);
  await page.locator('[data-scope]').waitFor();
}

/** Reloads the page until `check` holds (views reach the summary within a flush or two). */
async function reloadUntil(page: Page, what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.locator('[data-scope]').waitFor();
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what}: not shown after 20 s of reloading`);
    await page.reload();
  }
}

const viewsOf = (page: Page, table: string, slug: string) =>
  page.locator(`[data-table="${table}"] tr[data-slug="${slug}"] [data-views]`).innerText({ timeout: 1000 }).catch(() => null);

/** The first line of a CSV download, fetched with the page's session. */
async function csv(page: Page, href: string): Promise<{ status: number; type: string; lines: string[] }> {
  const res = await page.request.get(browser.stack.url + href);
  const text = (await res.text()).replace(/^\uFEFF/, '');
  return { status: res.status(), type: res.headers()['content-type'] ?? '', lines: text.split('\r\n').filter(Boolean) };
}

describe('analytics', () => {
  it('counts public project views (once per page) and searches without results', async () => {
    for (const slug of [own.slug, other.slug]) {
      const { page, posts } = await readProject(slug);
      expect(posts.map((p) => JSON.parse(p))).toEqual([{ kind: 'project', slug }]);
      await page.close();
    }
    const page = await reader.newPage();
    await page.goto(`${browser.stack.url}/vi/projects`);
    await page.locator('.results .count').filter({ hasText: /\d/ }).waitFor();
    const searched = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/search/projects' && new URL(r.url()).searchParams.get('q') === NO_RESULT_QUERY);
    await page.locator('#search-q').fill(NO_RESULT_QUERY);
    expect(((await (await searched).json()) as { total: number }).total).toBe(0);
    // The list page and the search are no item pages: nothing was reported from this page.
    await page.waitForLoadState('networkidle');
    await page.close();
  });

  it('shows the editor the views, the query without results, the chart and CSV downloads', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.editor);
    await page.click('.ws-nav a[href="/workspace/analytics"]');
    await page.locator('h1', { hasText: 'Thống kê sử dụng' }).waitFor();
    expect(await page.title()).toMatch(/^Thống kê sử dụng \|/);
    // Without a period in the URL: the last 30 days, the preset shown as chosen.
    expect(await page.locator('[data-preset="last30"]').getAttribute('aria-pressed')).toBe('true');

    await openAnalytics(page);
    await reloadUntil(page, 'both project views', async () => (await viewsOf(page, 'top-projects', own.slug)) === '1' && (await viewsOf(page, 'top-projects', other.slug)) === '1');
    await reloadUntil(page, 'the query without results', async () =>
      (await page.locator('[data-table="no-result-queries"] tbody th').allInnerTexts()).includes(NO_RESULT_QUERY),
    );
    expect(await page.locator('[data-total="projectViews"] dd').innerText()).toBe('2');
    expect(Number(await page.locator('[data-total="noResultSearches"] dd').innerText())).toBeGreaterThanOrEqual(1);
    // "What investors look for but cannot find" is set apart and titled so.
    expect(await page.locator('[data-section="no-result-queries"] h2').innerText()).toBe('Nhà đầu tư tìm nhưng không thấy');
    expect(await page.locator('[data-table="top-queries"] tbody th', { hasText: NO_RESULT_QUERY }).count()).toBe(1);
    expect(await page.locator('[data-department]').isVisible()).toBe(true);

    // The chart: drawn by Chart.js (pixels on the canvas), named in words, figures in a table on demand.
    const canvas = page.locator('canvas[data-chart]');
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[data-chart]');
      const ctx = c && c.width > 0 && c.height > 0 ? c.getContext('2d') : null;
      return !!ctx && ctx.getImageData(0, 0, c!.width, c!.height).data.some((v, i) => i % 4 === 3 && v > 0);
    });
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toContain('Lượt xem 2');
    await page.locator('details.data summary').click();
    const row = page.locator('[data-chart-table] tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('th time').getAttribute('datetime')).toBe(today);
    expect(await row.locator('td').first().innerText()).toBe('2');

    // CSV: the summary's own URL for the same period, one table, a spreadsheet-ready file.
    const href = await page.locator('[data-csv="top-projects"]').getAttribute('href');
    expect(href).toBe(`/api/v1/analytics/summary?from=${today}&to=${today}&format=csv&table=top-projects`);
    const projects = await csv(page, href!);
    expect(projects.status).toBe(200);
    expect(projects.type).toContain('text/csv');
    expect(projects.lines[0]).toBe('rank,slug,title_vi,title_en,status,department,views');
    expect(projects.lines.some((l) => l.includes(own.slug))).toBe(true);
    const noResults = await csv(page, (await page.locator('[data-csv="no-result-queries"]').getAttribute('href'))!);
    expect(noResults.lines[0]).toBe('query,searches,last_seen');
    expect(noResults.lines.some((l) => l.startsWith(NO_RESULT_QUERY + ','))).toBe(true);
    for (const table of ['daily', 'top-policies', 'top-queries', 'inquiries', 'channels']) {
      expect(await page.locator(`[data-csv="${table}"]`).getAttribute('href')).toBe(`/api/v1/analytics/summary?from=${today}&to=${today}&format=csv&table=${table}`);
    }

    // One department: its projects only, the CSV links scoped alike, portal-wide lists gone. The
    // chart is the same canvas, updated in place (searches are no series for a department).
    expect(await page.locator('[data-chart-table] thead th').count()).toBe(5);
    await canvas.evaluate((c) => c.setAttribute('data-drawn-before', ''));
    await page.locator('[data-department]').selectOption('STC');
    await page.waitForURL((u) => u.searchParams.get('department') === 'STC');
    await page.locator('[data-scope]', { hasText: 'Sở Tài chính' }).waitFor();
    expect(await viewsOf(page, 'top-projects', own.slug)).toBe('1');
    expect(await page.locator(`[data-table="top-projects"] tr[data-slug="${other.slug}"]`).count()).toBe(0);
    expect(await page.locator('[data-csv="top-projects"]').getAttribute('href')).toBe(
      `/api/v1/analytics/summary?from=${today}&to=${today}&department=STC&format=csv&table=top-projects`,
    );
    expect(await page.locator('[data-section="no-result-queries"]').count()).toBe(0);
    expect(await page.locator('canvas[data-chart][data-drawn-before]').count()).toBe(1);
    expect(await page.locator('[data-chart-table] thead th').allInnerTexts()).toEqual(['Ngày', 'Lượt xem', 'Câu hỏi']);
    await page.close();
  });

  it('shows an officer the own department only, without a department filter', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.officerA);
    await openAnalytics(page);
    await reloadUntil(page, "the department's project view", async () => (await viewsOf(page, 'top-projects', own.slug)) === '1');
    expect(await page.locator('[data-department]').count()).toBe(0);
    expect(await page.locator('[data-scope]').innerText()).toContain('Sở Tài chính');
    expect(await page.locator(`[data-table="top-projects"] tr[data-slug="${other.slug}"]`).count()).toBe(0);
    expect(await page.locator('[data-total="projectViews"] dd').innerText()).toBe('1');
    // Searches belong to the whole portal: neither totals nor lists nor their CSV for a department.
    expect(await page.locator('[data-total="searches"]').count()).toBe(0);
    expect(await page.locator('[data-section="no-result-queries"], [data-section="top-queries"], [data-section="channels"]').count()).toBe(0);
    expect(await page.locator('[data-portal-only]').isVisible()).toBe(true);
    const href = (await page.locator('[data-csv="top-projects"]').getAttribute('href'))!;
    expect(href).toBe(`/api/v1/analytics/summary?from=${today}&to=${today}&format=csv&table=top-projects`);
    const file = await csv(page, href);
    expect(file.lines[0]).toBe('rank,slug,title_vi,title_en,status,department,views');
    expect(file.lines.some((l) => l.includes(own.slug))).toBe(true);
    expect(file.lines.some((l) => l.includes(other.slug))).toBe(false);
    await page.close();
  });

  it('rejects an impossible period in the form without asking the API', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.editor);
    await openAnalytics(page);
    await page.locator('#an-from').fill(today);
    await page.locator('#an-to').fill('2020-01-01');
    await page.click('[data-apply]');
    expect(await page.locator('#an-problem').innerText()).toBe('Ngày kết thúc không được trước ngày bắt đầu');
    expect(await page.locator('#an-to').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('to')).toBe(today);
    // A preset replaces the period at once.
    await page.click('[data-preset="last7"]');
    await page.waitForURL((u) => u.searchParams.get('to') === today && u.searchParams.get('from') !== today);
    expect(await page.locator('#an-problem').count()).toBe(0);
    expect(await page.locator('[data-preset="last7"]').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it.each([
    ['editor', 1280],
    ['editor', 360],
    ['officer', 360],
  ] as const)('the %s page at %i px has no axe violations and does not scroll sideways', async (who, width) => {
    const page = await browser.open('/workspace/sign-in', width);
    await signInAs(browser, page, who === 'editor' ? DEMO.editor : DEMO.officerA);
    await openAnalytics(page);
    await page.locator('[data-table="top-projects"]').waitFor();
    await page.locator('details.data summary').click();
    await page.locator('[data-chart-table]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
