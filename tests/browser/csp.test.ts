import type { Page } from 'playwright-core';
import { DEMO } from '../harness/session.js';
import { searchIndexCaughtUp, signInAs, startBrowserStack, type BrowserStack } from './browser.js';

/**
 * The Content-Security-Policy in a real browser: the public site, the workspace (Chart.js, the
 * widget builder's framed preview), the embed pages and the API documentation run without a
 * single violation under `script-src 'self'`, the stylesheet the build loads applies, and deep
 * links still resolve the bundle's relative URLs through `<base href="/">`. A script injected into
 * the page is refused, which shows the policy is enforced and that a violation would be seen.
 */
let browser: BrowserStack;
let projectSlug = '';
let policySlug = '';

const CSP_MESSAGE = /Content.Security.Policy|Refused to (load|execute|apply|frame|connect|run)/i;

beforeAll(async () => {
  browser = await startBrowserStack();
  [{ slug: projectSlug }] = await browser.stack.db.query(`SELECT slug FROM projects WHERE status = 'published' AND land_plot IS NOT NULL ORDER BY code LIMIT 1`);
  [{ slug: policySlug }] = await browser.stack.db.query(`SELECT slug FROM policies WHERE status = 'published' ORDER BY code LIMIT 1`);
  // Every document of the context reports violations into a list the test reads back.
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.documentURI}`));
  });
  await searchIndexCaughtUp(browser.stack);
}, 120_000);

afterAll(async () => {
  await browser?.stop();
});

/** Console lines about CSP and violation events of the page and its frames. */
function watch(page: Page): () => Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (CSP_MESSAGE.test(m.text())) messages.push(`${page.url()}: ${m.text()}`);
  });
  return async () => {
    const events: string[] = [];
    for (const frame of page.frames()) {
      events.push(...(await frame.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => [])));
    }
    return [...messages, ...events];
  };
}

async function visit(url: string, ready: (page: Page) => Promise<unknown>): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const violations = watch(page);
  await page.goto(browser.stack.url + url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { page, violations: await violations() };
}

/** The build's stylesheet is active for the screen (not left on media=print by a blocked onload). */
function stylesheetApplies(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.styleSheets].some((s) => !!s.href && /\/styles-[A-Z0-9]+\.css$/.test(s.href) && (s.media.mediaText === '' || s.media.mediaText === 'all') && s.cssRules.length > 0),
  );
}

it('public pages: no violation, the stylesheet applies, a deep link loads its bundles and Leaflet images', async () => {
  const pages: [string, (p: Page) => Promise<unknown>][] = [
    ['/vi', (p) => p.locator('ul.department-list > li').first().waitFor()],
    ['/en/projects', (p) => p.locator('.invest-map .leaflet-marker-icon').first().waitFor()],
    [`/vi/projects/${projectSlug}`, (p) => p.locator('article.project h1').waitFor()],
    [`/en/policies/${policySlug}`, (p) => p.locator('h1').first().waitFor()],
    ['/en/search?q=wind', (p) => p.locator('main').waitFor()],
    ['/vi/contact', (p) => p.locator('form').first().waitFor()],
  ];
  const found: string[] = [];
  for (const [url, ready] of pages) {
    const { page, violations } = await visit(url, ready);
    found.push(...violations);
    expect({ url, styled: await stylesheetApplies(page) }).toEqual({ url, styled: true });
    await page.close();
  }
  // Leaflet's marker image is a relative "./media/…" URL: it resolves through <base href="/">.
  const { page } = await visit(`/vi/projects/${projectSlug}`, (p) => p.locator('.invest-map img.leaflet-marker-icon').first().waitFor());
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.invest-map img.leaflet-marker-icon');
    return !!img && img.complete && img.naturalWidth > 0;
  });
  expect(await page.locator('.invest-map img.leaflet-marker-icon').first().evaluate((img: HTMLImageElement) => new URL(img.src).pathname)).toMatch(/^\/media\//);
  await page.close();
  expect(found).toEqual([]);
}, 120_000);

it('workspace: the Chart.js chart draws and the widget builder frames an embed page, without a violation', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const violations = watch(page);
  await page.goto(browser.stack.url + '/workspace/sign-in');
  await signInAs(browser, page, DEMO.editor);
  await page.goto(browser.stack.url + '/workspace/analytics');
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas[data-chart]');
    const ctx = c && c.width > 0 && c.height > 0 ? c.getContext('2d') : null;
    return !!ctx && ctx.getImageData(0, 0, c!.width, c!.height).data.some((v, i) => i % 4 === 3 && v > 0);
  });
  await page.goto(browser.stack.url + '/workspace/widgets');
  await page.frameLocator('iframe[data-preview]').locator('.invest[data-state=ready]').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
  await page.close();
}, 90_000);

it('embed pages and the API documentation run without a violation', async () => {
  const found: string[] = [];
  for (const [url, ready] of [
    ['/embed/projects?lang=en', (p: Page) => p.locator('.invest[data-state=ready]').first().waitFor()],
    ['/embed/map', (p: Page) => p.locator('.invest[data-state=ready] .leaflet-container').first().waitFor()],
    ['/api/docs/', (p: Page) => p.locator('.swagger-ui .opblock').first().waitFor()],
  ] as const) {
    const { page, violations } = await visit(url, ready);
    found.push(...violations);
    await page.close();
  }
  expect(found).toEqual([]);
}, 90_000);

it('a script injected into a page is refused (the policy is enforced, and a violation is seen)', async () => {
  const { page } = await visit('/vi', (p) => p.locator('ul.department-list > li').first().waitFor());
  const violations = watch(page);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'data:,');
    img.setAttribute('onerror', 'window.__injected = true');
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 200));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).some((v) => /script-src/.test(v))).toBe(true);
  await page.close();
});
