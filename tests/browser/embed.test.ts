import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { startDemoHost, type DemoHost } from '@invest-portal/backend/embed/demo-host.js';
import { Client, DEMO } from '../harness/session.js';
import { axeViolations, horizontalOverflow, searchIndexCaughtUp, signInAs, startBrowserStack, type BrowserStack } from './browser.js';

// The widgets on pages of other origins, as a provincial news page uses them: the dev demo host
// (every widget, iframe and web component, under a hostile stylesheet) on an allow-listed origin
// and on one that is not. Real API, PostgreSQL and Meilisearch with demo data; real Chromium.
let browser: BrowserStack;
let allowed: DemoHost;
let refused: DemoHost;
let admin: Client;

const origin = (url: string) => new URL(url).origin;

beforeAll(async () => {
  browser = await startBrowserStack();
  await searchIndexCaughtUp(browser.stack);
  allowed = await startDemoHost({ portalUrl: browser.stack.url });
  refused = await startDemoHost({ portalUrl: browser.stack.url });
  admin = new Client(browser.stack.url);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  await allowList([origin(allowed.url)]);
}, 120_000);

async function allowList(origins: string[]): Promise<void> {
  const current = (await admin.get('/api/v1/workspace/settings/portal')).body;
  const res = await admin.send('put', '/api/v1/workspace/settings/portal', { ...current, embedAllowList: origins });
  expect(res.status).toBe(200);
}

afterAll(async () => {
  await allowed?.close();
  await refused?.close();
  await browser?.stop();
});

async function openHost(url: string, width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  // Every message the host page receives, to check who sends what.
  await page.addInitScript(() => {
    const w = window as unknown as { received: { origin: string; data: unknown }[] };
    w.received = [];
    addEventListener('message', (e) => w.received.push({ origin: e.origin, data: e.data }));
  });
  await page.goto(url);
  return page;
}

const state = (page: Page | Frame, scope: string) => page.locator(`${scope} .invest`).first();

async function embedFrame(page: Page, path: string): Promise<Frame> {
  await page.waitForFunction((p) => [...document.querySelectorAll('iframe')].some((f) => f.src.includes(p)), path);
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes(path));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`no frame for ${path}`);
}

const publicSlugs = async () =>
  new Set((await browser.stack.db.query(`SELECT slug FROM projects WHERE status IN ('published', 'awarded')`)).map((r: { slug: string }) => r.slug));

describe('on an allow-listed origin', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openHost(allowed.url);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('the projects web component shows live calls for investment linking to the portal', async () => {
    await state(page, '#wc-projects').waitFor();
    await page.locator('#wc-projects .invest[data-state=ready]').waitFor();
    const cards = page.locator('#wc-projects .invest-card');
    expect(await cards.count()).toBe(3);
    const slugs = await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['slug']!));
    const known = await publicSlugs();
    for (const slug of slugs) expect(known.has(slug)).toBe(true);
    const href = await page.locator('#wc-projects .invest-card-title a').first().getAttribute('href');
    expect(href).toBe(`${browser.stack.url}/vi/projects/${slugs[0]}`);
  });

  it('the policies web component lists English policies; the search box opens results on the portal', async () => {
    await page.locator('#wc-policies .invest[data-state=ready]').waitFor();
    const links = await page.locator('#wc-policies .invest-policy-title a').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(links.length).toBe(3);
    for (const l of links) expect(l.startsWith(`${browser.stack.url}/en/policies/`)).toBe(true);
    const form = page.locator('#wc-search form');
    expect(await form.getAttribute('action')).toBe(`${browser.stack.url}/vi/projects`);
    await page.locator('#wc-search input[name=q]').fill('điện gió');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('#wc-search button[type=submit]').click()]);
    await popup.waitForLoadState();
    const opened = new URL(popup.url());
    expect(opened.origin + opened.pathname).toBe(`${browser.stack.url}/vi/projects`);
    expect(opened.searchParams.get('q')).toBe('điện gió');
    await popup.close();
  });

  it('the map web component shows every public project with a location', async () => {
    await page.locator('#wc-map .invest[data-state=ready]').waitFor();
    await page.locator('#wc-map .leaflet-container').waitFor();
    const [{ n }] = await browser.stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`);
    expect(await page.locator('#wc-map .invest-map-note').innerText()).toContain(`${n} dự án trên bản đồ`);
  });

  it('every iframe widget renders and tells the host its height, from the portal origin only', async () => {
    for (const [path, selector] of [
      ['/embed/projects', '.invest-card'],
      ['/embed/policies', '.invest-policy-title'],
      ['/embed/search', 'form'],
      ['/embed/map', '.leaflet-container'],
    ] as const) {
      const frame = await embedFrame(page, path);
      await frame.locator(`.invest[data-state=ready] ${selector}`).first().waitFor();
    }
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-invest-frame]')].every((f) => f.style.height.endsWith('px')),
    );
    const received = await page.evaluate(() => (window as unknown as { received: { origin: string; data: { type: string; height: number } }[] }).received);
    expect(received.length).toBeGreaterThanOrEqual(4);
    for (const m of received) {
      expect(m.origin).toBe(browser.stack.url);
      expect(m.data.type).toBe('invest-portal:resize');
      expect(Number.isInteger(m.data.height)).toBe(true);
    }
    // The projects frame is as tall as its content, not its initial 480 px.
    const frame = await embedFrame(page, '/embed/projects');
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    const height = await page.locator('#if-projects iframe').evaluate((f) => parseFloat((f as HTMLIFrameElement).style.height));
    expect(Math.abs(height - content)).toBeLessThanOrEqual(2);
  });

  it('no style leaks in: the hostile host stylesheet does not reach the widgets', async () => {
    await page.locator('#wc-projects .invest[data-state=ready]').waitFor();
    const inside = await page.locator('#wc-projects .invest-card').first().evaluate((card) => {
      const title = card.querySelector('.invest-card-title')!;
      const s = getComputedStyle(card);
      const t = getComputedStyle(title);
      return { font: s.fontFamily, color: s.color, lineHeight: s.lineHeight, letterSpacing: s.letterSpacing, align: s.textAlign, border: s.borderLeftStyle, titleColor: t.color, titleSize: t.fontSize };
    });
    expect(inside.font).not.toMatch(/Comic/);
    expect(inside.color).not.toBe('rgb(200, 0, 0)');
    expect(inside.letterSpacing).toBe('normal');
    expect(inside.align).not.toBe('right');
    expect(inside.border).not.toBe('dashed');
    expect(inside.titleColor).not.toBe('rgb(0, 0, 255)');
    expect(inside.titleSize).not.toBe('30px');
  });

  it('no style leaks out: the host keeps its own look for elements with the widgets’ class names', async () => {
    const host = await page.evaluate(() => {
      const title = getComputedStyle(document.querySelector('#host-title')!);
      const card = getComputedStyle(document.querySelector('#host-card')!);
      return { color: title.color, size: title.fontSize, border: card.borderTopStyle, borderColor: card.borderTopColor, heads: document.head.querySelectorAll('style').length };
    });
    expect(host).toEqual({ color: 'rgb(0, 0, 255)', size: '30px', border: 'dashed', borderColor: 'rgb(0, 0, 255)', heads: 1 });
  });

  it('at 360 px the host page with every widget does not overflow sideways', async () => {
    const narrow = await openHost(allowed.url, 360);
    await narrow.locator('#wc-projects .invest[data-state=ready]').waitFor();
    expect(await horizontalOverflow(narrow)).toBe(0);
    await narrow.close();
  });
});

describe('on an origin not on the allow-list', () => {
  let page: Page;
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(refused.url);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('the web components cannot read the API and say so', async () => {
    for (const id of ['#wc-projects', '#wc-policies', '#wc-map']) {
      await page.locator(`${id} .invest[data-state=error]`).waitFor();
      expect(await page.locator(`${id} .invest-message`).innerText()).toMatch(/Không tải được|Could not load/);
    }
    expect(await page.locator('#wc-projects .invest-card').count()).toBe(0);
  });

  it('the browser refuses to show the iframe widgets (CSP frame-ancestors)', async () => {
    await page.waitForFunction(() => document.querySelectorAll('iframe[data-invest-frame]').length === 4);
    await page.waitForTimeout(1500);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.length).toBe(4);
    for (const f of frames) {
      // A refused frame shows the browser's error page: no widget element is ever created in it.
      expect(await f.locator('invest-projects, invest-map, invest-policies, invest-search').count()).toBe(0);
    }
    expect(consoleErrors.some((e) => /frame-ancestors/.test(e))).toBe(true);
    const sizes = await page.evaluate(() => [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-invest-frame]')].map((f) => f.style.height));
    expect(sizes).toEqual(['', '', '', '']);
  });
});

describe('the iframe pages themselves', () => {
  it.each(['/embed/projects?limit=3', '/embed/map', '/embed/policies?lang=en', '/embed/search'])('%s has no axe violations at 1280 and 360 px', async (url) => {
    for (const width of [1280, 360]) {
      const page = await browser.open(url, width);
      await page.locator('.invest[data-state=ready]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.close();
    }
  });
});

describe('from the widget builder to a page elsewhere', () => {
  let server: http.Server;
  let body = '';
  let pasteOrigin: string;
  beforeAll(async () => {
    // A news page of another site: serves whatever the editor pasted.
    server = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    pasteOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await allowList([origin(allowed.url), pasteOrigin]);
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each(['component', 'iframe'] as const)('an editor builds a %s snippet, pastes it into a page on another origin and sees live calls for investment', async (delivery) => {
    const builder = await browser.context.newPage();
    await signInAs(browser, builder, DEMO.editor);
    await builder.goto(browser.stack.url + '/workspace/widgets');
    await builder.check('[data-type=projects]');
    await builder.selectOption('[data-limit]', '4');
    await builder.check(`[data-delivery=${delivery}]`);
    const marker = delivery === 'component' ? 'limit="4"' : 'limit=4';
    await builder.waitForFunction((m) => document.querySelector<HTMLTextAreaElement>('[data-snippet]')?.value.includes(m), marker);
    const snippet = await builder.inputValue('[data-snippet]');
    await builder.close();

    body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức đầu tư</title></head><body><main><h1>Tin tức đầu tư</h1>${snippet}</main></body></html>`;
    const host = await browser.context.newPage();
    await host.goto(pasteOrigin + '/');
    const scope: Page | Frame = delivery === 'component' ? host : await embedFrame(host, '/embed/projects');
    await scope.locator('.invest[data-state=ready]').waitFor();
    const slugs = await scope.locator('.invest-card').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['slug']!));
    expect(slugs).toHaveLength(4);
    const known = await publicSlugs();
    for (const slug of slugs) expect(known.has(slug)).toBe(true);
    if (delivery === 'iframe') {
      // The snippet's auto-height script sized the frame to its content.
      await host.waitForFunction(() => document.querySelector<HTMLIFrameElement>('iframe[data-invest-frame]')!.style.height.endsWith('px'));
    }
    await host.close();
  });
});
