import type { Page } from 'playwright-core';
import { DEMO_DEPARTMENTS } from '@invest-portal/backend/database/seed/demo.js';
import { axeViolations, horizontalOverflow, searchIndexCaughtUp, startBrowserStack, type BrowserStack } from './browser.js';

let browser: BrowserStack;
let tileRequests: string[];

beforeAll(async () => {
  browser = await startBrowserStack();
  tileRequests = browser.tileRequests;
  // The home map reads project points from the search index.
  await searchIndexCaughtUp(browser.stack);
}, 90_000);

afterAll(async () => {
  await browser?.stop();
});

function open(url: string, width = 1280): Promise<Page> {
  return browser.open(url, width);
}


it('/ opens the Vietnamese home page with departments and a project map whose markers render without tiles', async () => {
  const page = await open('/');
  await page.waitForURL(/\/vi$/);
  await page.locator('ul.department-list > li').first().waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
  expect(await page.locator('ul.department-list > li').count()).toBe(DEMO_DEPARTMENTS.length);
  // The home map shows every published project (markers and numbered clusters), without tiles.
  await page.locator('.invest-map .leaflet-marker-icon').first().waitFor();
  const points = (await (await fetch(`${browser.stack.url}/api/v1/search/projects/map?lang=vi`)).json()) as { points: unknown[] };
  const represented = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.invest-map .leaflet-marker-icon')].reduce(
      (sum, el) => sum + Number(el.dataset['count'] ?? 1),
      0,
    ),
  );
  expect(points.points.length).toBeGreaterThan(0);
  expect(represented).toBe(points.points.length);
  expect(await page.title()).toMatch(/Xúc tiến Đầu tư/);
  expect(tileRequests.length).toBeGreaterThan(0);
  expect(tileRequests.every((u) => u.startsWith('http://tiles.invest.test/'))).toBe(true);
  await page.close();
});

it('the language switch keeps the page, query and fragment', async () => {
  const page = await open('/vi?q=kcn#departments');
  const link = page.locator('a.lang-switch');
  await link.waitFor();
  expect(await link.getAttribute('hreflang')).toBe('en');
  await link.click();
  await page.waitForURL(/\/en\?q=kcn#departments$/);
  await page.locator('ul.department-list > li').first().waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  // The department without an English name is shown in Vietnamese, marked as such.
  const untranslated = page.locator('ul.department-list > li', { hasText: 'Sở Văn hóa, Thể thao và Du lịch' });
  expect(await untranslated.innerText()).toMatch(/not yet translated/i);
  await page.close();
});

it('an unknown page shows the not-found page inside the app', async () => {
  const page = await open('/en/no/such/page');
  await page.locator('h1.not-found').waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await page.close();
});

it('the skip link is the first stop for keyboard users and moves focus to the main content', async () => {
  const page = await open('/vi');
  await page.locator('ul.department-list > li').first().waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main-content');
  await page.close();
});

it.each([
  ['/vi', 1280],
  ['/en', 1280],
  ['/vi', 320],
  ['/en/no/such/page', 320],
])('%s at %ipx has no axe violations and no horizontal scrolling', async (url, width) => {
  const page = await open(url, width);
  await page.locator('main#main-content h1').first().waitFor();
  if (!url.includes('no/such')) await page.locator('.invest-map .leaflet-marker-icon').first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.close();
});
