import type { Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, startBrowserStack, type BrowserStack, signInAs, xsrfToken } from './browser.js';

// The widget builder (/workspace/widgets) on the real stack with demo data: every role finds it in
// the menu; choices turn into the iframe and web-component snippets of the embed contract; the
// preview is an iframe of the /embed page; copying confirms politely; the allow-list notice
// differs for admins. The preview's content (the /embed pages) is tested elsewhere: here only the
// frame's src and title are checked.

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack();
});

afterAll(async () => {
  await browser?.stop();
});

const ADMIN = { email: 'admin@demo.invest-portal.vn', password: 'Demo-Admin-2026!' };
const EDITOR = { email: 'editor@demo.invest-portal.vn', password: 'Demo-Editor-2026!' };
const OFFICER = { email: 'officer.stc@demo.invest-portal.vn', password: 'Demo-Officer-2026!' };

function xsrf(): Promise<string> {
  return xsrfToken(browser);
}

/** Signs in through the sign-in page (signing out whoever was signed in first), in Vietnamese. */
function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  return signInAs(browser, page, who);
}

/** Opens the builder from the workspace menu and waits for the filter choices to load. */
async function openBuilder(page: Page): Promise<void> {
  await page.click('.ws-nav a[href="/workspace/widgets"]');
  await page.waitForURL(/\/workspace\/widgets$/);
  await page.locator('h1', { hasText: 'Tạo tiện ích nhúng' }).waitFor();
  await page.locator('[data-filter=sector] option[value="wind-power"]').waitFor({ state: 'attached' });
  await page.locator('[data-filter=department] option[value="STC"]').waitFor({ state: 'attached' });
}

async function snippetText(page: Page): Promise<string> {
  return page.inputValue('[data-snippet]');
}

/** The snippet once it contains `part` (the page re-renders after each choice), for the assertions. */
async function snippetWith(page: Page, part: string): Promise<string> {
  await page
    .waitForFunction((p) => document.querySelector<HTMLTextAreaElement>('[data-snippet]')?.value.includes(p), part, { timeout: 5000 })
    .catch(() => undefined);
  return snippetText(page);
}

/** Waits until nothing matches the selector any more. */
async function gone(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'detached', timeout: 5000 });
  expect(await page.locator(selector).count()).toBe(0);
}

/** Waits until the (debounced) preview frame shows this embed URL. */
async function previewShows(page: Page, url: string): Promise<void> {
  await page.waitForFunction((src) => document.querySelector('iframe[data-preview]')?.getAttribute('src') === src, url);
}

async function portalName(): Promise<{ vi: string; en: string }> {
  const settings = (await (await fetch(browser.stack.url + '/api/v1/settings/public')).json()) as { portalName: { vi: string; en: string } };
  return settings.portalName;
}

describe('widget builder', () => {
  it('turns the choices into iframe and web-component snippets and a preview of the embed page', async () => {
    const origin = browser.stack.url;
    const portal = await portalName();
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, EDITOR);
    await openBuilder(page);
    expect(await page.title()).toMatch(/^Tạo tiện ích nhúng \|/);

    // Defaults: latest calls, Vietnamese, 5 items, as an iframe with the auto-height script.
    let text = await snippetText(page);
    expect(text).toContain(
      `<iframe src="${origin}/embed/projects?lang=vi&amp;limit=5" title="Dự án kêu gọi đầu tư mới nhất – ${portal.vi}" ` +
        'loading="lazy" style="width:100%;border:0" height="600" data-invest-frame></iframe>',
    );
    expect(text).toContain(`if (event.origin !== '${origin}') return;`);
    expect(text).toContain("event.data.type === 'invest-portal:resize'");
    expect(text).toContain("document.querySelectorAll('iframe[data-invest-frame]')");
    const frame = page.locator('iframe[data-preview]');
    await previewShows(page, `${origin}/embed/projects?lang=vi&limit=5`);
    expect(await frame.getAttribute('title')).toBe(`Xem trước: Dự án kêu gọi đầu tư mới nhất – ${portal.vi}`);
    expect(await frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox');

    // Filters, number of items, featured only.
    await page.selectOption('[data-filter=sector]', 'wind-power');
    await page.selectOption('[data-filter=unit]', 'xa-tran-de');
    await page.selectOption('[data-filter=department]', 'STC');
    await page.selectOption('[data-limit]', '8');
    await page.check('[data-featured]');
    const projects = `${origin}/embed/projects?lang=vi&limit=8&sector=wind-power&unit=xa-tran-de&department=STC&featured=1`;
    const projectsFrame = `<iframe src="${projects.replace(/&/g, '&amp;')}"`;
    expect(await snippetWith(page, projectsFrame)).toContain(projectsFrame);
    await previewShows(page, projects);

    // English widget: URL and frame title in English; the preview title stays in the workspace language.
    await page.check('[data-lang=en]');
    text = await snippetWith(page, 'lang=en');
    expect(text).toContain(`${origin}/embed/projects?lang=en&amp;limit=8&amp;sector=wind-power`);
    expect(text).toContain(`title="Latest calls for investment – ${portal.en}"`);
    await previewShows(page, projects.replace('lang=vi', 'lang=en'));
    expect(await frame.getAttribute('title')).toBe(`Xem trước: Dự án kêu gọi đầu tư mới nhất – ${portal.vi}`);

    // The map: filters and height, no number of items, no featured-only.
    await page.check('[data-type=map]');
    await gone(page, '[data-limit]');
    await gone(page, '[data-featured]');
    await page.fill('[data-height]', '600');
    const map = `${origin}/embed/map?lang=en&sector=wind-power&unit=xa-tran-de&department=STC&height=600`;
    text = await snippetWith(page, 'height=600');
    expect(text).toContain(`<iframe src="${map.replace(/&/g, '&amp;')}" title="Map of calls for investment – ${portal.en}"`);
    expect(text).toContain('height="600" data-invest-frame');
    await previewShows(page, map);
    expect(await frame.getAttribute('title')).toBe(`Xem trước: Bản đồ dự án kêu gọi đầu tư – ${portal.vi}`);

    // A height out of range is explained and the snippet keeps the last good one.
    await page.fill('[data-height]', '50');
    await page.locator('#wb-height-error', { hasText: '200' }).waitFor();
    expect(await page.getAttribute('[data-height]', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('[data-height]', 'aria-describedby')).toContain('wb-height-error');
    expect(await snippetText(page)).toContain('height=600');
    await page.fill('[data-height]', '450');
    await gone(page, '#wb-height-error');

    // Web component: the script once, then the element with escaped attributes.
    await page.check('[data-delivery=component]');
    expect(await snippetWith(page, '<invest-map')).toBe(
      `<script src="${origin}/widgets.js" defer></script>\n` +
        '<invest-map lang="en" sector="wind-power" unit="xa-tran-de" department="STC" height="450"></invest-map>',
    );
    await page.check('[data-type=policies]');
    expect(await snippetWith(page, '<invest-policies')).toContain(
      '<invest-policies lang="en" limit="8" sector="wind-power" unit="xa-tran-de" department="STC"></invest-policies>',
    );
    await page.check('[data-type=search]');
    await gone(page, '[data-filter]');
    expect(await snippetWith(page, '<invest-search')).toBe(`<script src="${origin}/widgets.js" defer></script>\n<invest-search lang="en"></invest-search>`);
    await previewShows(page, `${origin}/embed/search?lang=en`);

    // Back to the iframe: the preview is the same embed page the snippet points at.
    await page.check('[data-delivery=iframe]');
    expect(await snippetWith(page, '<iframe')).toContain(`<iframe src="${origin}/embed/search?lang=en" title="Search calls for investment – ${portal.en}"`);
    await page.close();
  });

  it('copies the snippet with a polite confirmation, also when the Clipboard API is refused', async () => {
    const page = await browser.open('/workspace/sign-in');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.stack.url });
    await signIn(page, EDITOR);
    await openBuilder(page);
    await page.selectOption('[data-filter=sector]', 'tourism');
    await snippetWith(page, 'sector=tourism');
    const status = page.locator('[data-copy-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect((await status.textContent())?.trim()).toBe('');

    await page.click('[data-copy]');
    await page.locator('[data-copy-status]', { hasText: 'Đã sao chép' }).waitFor();
    const expected = await snippetText(page);
    expect(expected).toContain('sector=tourism');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    // A change of snippet clears the confirmation.
    await page.check('[data-type=policies]');
    await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent?.trim() === '', null, { timeout: 5000 });
    expect(await snippetText(page)).toContain('/embed/policies');

    // Clipboard API refused: the snippet box is selected and copied instead.
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')), configurable: true });
    });
    await page.click('[data-copy]');
    await page.locator('[data-copy-status]', { hasText: 'Đã sao chép' }).waitFor();
    const selected = await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-snippet]')!;
      return document.activeElement === area ? area.value.slice(area.selectionStart, area.selectionEnd) : null;
    });
    expect(selected).toBe(await snippetText(page));
    await page.close();
  });

  it('tells editors and officers to ask an administrator about the allow-list; shows it to admins', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, OFFICER);
    await openBuilder(page);
    await page.locator('[data-allow-ask]', { hasText: 'quản trị viên' }).waitFor();
    expect(await page.locator('[data-allow-link]').count()).toBe(0);

    await signIn(page, ADMIN);
    const settings = (await (await page.request.get(browser.stack.url + '/api/v1/workspace/settings/portal')).json()) as {
      embedAllowList: string[];
    };
    await openBuilder(page);
    expect(await page.getAttribute('[data-allow-link]', 'href')).toBe('/workspace/admin');
    const list = page.locator('[data-allow-list]');
    await list.waitFor();
    if (settings.embedAllowList.length === 0) {
      expect(await list.textContent()).toContain('trống');
    } else {
      expect(await list.locator('li').allInnerTexts()).toEqual(settings.embedAllowList);
    }
    expect(await page.locator('[data-allow-ask]').count()).toBe(0);
    await page.close();
  });

  it.each([1280, 360])('has no axe violations and no horizontal overflow at %i px, in both languages', async (width) => {
    const page = await browser.open('/workspace/sign-in', width);
    await signIn(page, EDITOR);
    await openBuilder(page);
    await page.locator('iframe[data-preview]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The map with an invalid height, the web component and a confirmation showing.
    await page.check('[data-type=map]');
    await page.fill('[data-height]', '5');
    await page.locator('#wb-height-error').waitFor();
    await page.check('[data-delivery=component]');
    await page.click('[data-copy]');
    await page.locator('[data-copy-status]', { hasText: 'Đã sao chép' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // English workspace.
    await page.click('[data-lang-toggle]');
    await page.locator('h1', { hasText: 'Widget builder' }).waitFor();
    expect(await page.getAttribute('iframe[data-preview]', 'title')).toMatch(/^Preview: Map of calls for investment – /);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.click('[data-lang-toggle]');
    await page.locator('h1', { hasText: 'Tạo tiện ích nhúng' }).waitFor();
    await page.close();
  });
});
