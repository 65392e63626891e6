import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_DEPARTMENTS } from '@invest-portal/backend/database/seed/demo.js';
import { findChromium } from '../../scripts/lib.mjs';
import { startTestStack, type TestStack } from '../harness/stack.js';

// The real Angular production build served by the real API, driven in headless Chromium.
const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const UI_BUILD = path.resolve(import.meta.dirname, '../../frontend/dist/browser');

let stack: TestStack;
let context: BrowserContext;
let profile: string;
const tileRequests: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(UI_BUILD, 'index.html'))) {
    throw new Error(`no frontend build in ${UI_BUILD}: run "npm run build" (npm test does it first)`);
  }
  // A tile server that cannot exist: proves the URL comes from settings and that maps survive it.
  stack = await startTestStack({ demoData: true, env: { MAP_TILE_URL: 'http://tiles.invest.test/{z}/{x}/{y}.png' } });
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium()!,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // No internet here, and none needed: tiles fail, markers must still show.
  await context.route(/^https?:\/\/[^/]*(tile|tiles)\./, (route) => {
    tileRequests.push(route.request().url());
    return route.abort();
  });
});

afterAll(async () => {
  await context?.close();
  await stack?.stop();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

async function open(url: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(stack.url + url);
  return page;
}

async function axeViolations(page: Page): Promise<{ id: string; nodes: number }[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
}

const withOffice = DEMO_DEPARTMENTS.filter((d) => d.office).length;

it('/ opens the Vietnamese home page with departments and a map whose markers render without tiles', async () => {
  const page = await open('/');
  await page.waitForURL(/\/vi$/);
  await page.locator('ul.department-list > li').first().waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
  expect(await page.locator('ul.department-list > li').count()).toBe(DEMO_DEPARTMENTS.length);
  await page.locator('.invest-map .leaflet-marker-icon').first().waitFor();
  expect(await page.locator('.invest-map .leaflet-marker-icon').count()).toBe(withOffice);
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
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.close();
});
