import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/lib.mjs';
import { startTestStack, type TestStack } from '../harness/stack.js';

// Shared by the browser suites: the real Angular production build served by the real API
// (PostgreSQL + Meilisearch with demo data), driven in headless Chromium. One stack per file.
const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const UI_BUILD = path.resolve(import.meta.dirname, '../../frontend/dist/browser');

/** A tile server that cannot exist: proves the URL comes from settings and that maps survive it. */
export const TEST_TILE_URL = 'http://tiles.invest.test/{z}/{x}/{y}.png';

export interface BrowserStack {
  stack: TestStack;
  context: BrowserContext;
  /** URLs of map tiles the pages asked for (all refused: there is no internet here). */
  tileRequests: string[];
  open(url: string, width?: number): Promise<Page>;
  stop(): Promise<void>;
}

export async function startBrowserStack(env: Record<string, string> = {}): Promise<BrowserStack> {
  if (!fs.existsSync(path.join(UI_BUILD, 'index.html'))) {
    throw new Error(`no frontend build in ${UI_BUILD}: run "npm run build" (npm test does it first)`);
  }
  const stack = await startTestStack({ demoData: true, env: { MAP_TILE_URL: TEST_TILE_URL, ...env } });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-chromium-'));
  let context: BrowserContext;
  try {
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
  } catch (error) {
    await stack.stop();
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const tileRequests: string[] = [];
  await context.route(/^https?:\/\/[^/]*(tile|tiles)\./, (route) => {
    tileRequests.push(route.request().url());
    return route.abort();
  });
  return {
    stack,
    context,
    tileRequests,
    async open(url, width = 1280) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(stack.url + url);
      return page;
    },
    async stop() {
      await context.close().catch(() => undefined);
      await stack.stop();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function xsrfToken(browser: BrowserStack): Promise<string> {
  return (await browser.context.cookies(browser.stack.url)).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
}

/** Signs in through the sign-in page (signing out whoever was signed in first), workspace in Vietnamese. */
export async function signInAs(browser: BrowserStack, page: Page, who: { email: string; password: string }): Promise<void> {
  if ((await page.request.get(browser.stack.url + '/api/v1/auth/me')).ok()) {
    const out = await page.request.post(browser.stack.url + '/api/v1/auth/logout', { headers: { 'x-xsrf-token': await xsrfToken(browser) } });
    if (!out.ok()) throw new Error(`sign-out failed: ${out.status()}`);
  }
  await page.goto(browser.stack.url + '/workspace/sign-in');
  if (await page.evaluate(() => localStorage.getItem('invest.workspace.lang') === 'en')) {
    await page.evaluate(() => localStorage.removeItem('invest.workspace.lang'));
    await page.reload();
  }
  await page.locator('#si-email').fill(who.email);
  await page.locator('#si-password').fill(who.password);
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-user]');
}

/**
 * Demo data reaches Meilisearch through the outbox a moment after start: waits until the search
 * index holds every public project, so pages and API answers agree.
 */
export async function searchIndexCaughtUp(stack: TestStack): Promise<void> {
  const get = async (path: string) => (await fetch(stack.url + path)).json();
  const { publicProjects } = (await get('/api/v1/stats')) as { publicProjects: number };
  for (let i = 0; i < 120; i++) {
    const { total, degraded } = (await get('/api/v1/search/projects?pageSize=1')) as { total: number; degraded: boolean };
    if (total === publicProjects && !degraded) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the search index did not catch up with the demo data in 30 s');
}

/** WCAG 2.1 A/AA and best-practice violations on the page as it is now (id and node count). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: number }[]> {
  // Evaluated, not added as a <script>: pages with a script-src CSP (the /embed/ pages) refuse inline scripts.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
}

/** Pixels the page is wider than the viewport (0 when nothing overflows horizontally). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
