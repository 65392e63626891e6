import type { Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, startBrowserStack, type BrowserStack, signInAs, xsrfToken } from './browser.js';

// The admin page on the real stack with demo data: portal settings (map reaches the public
// settings at once, bad origins refused inline), mail statistics, who may open what, where
// `/workspace` starts each role, and an ended session sending the user back to sign-in.

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

type PortalSettings = {
  map: { tileUrl: string; attribution: string; center: { lat: number; lng: number }; zoom: number; maxZoom: number };
  embedAllowList: string[];
  newsFeeds: string[];
};

function xsrf(): Promise<string> {
  return xsrfToken(browser);
}

/** Signs in through the sign-in page (signing out whoever was signed in first). */
function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  return signInAs(browser, page, who);
}

async function portalSettings(page: Page): Promise<PortalSettings> {
  const response = await page.request.get(browser.stack.url + '/api/v1/workspace/settings/portal');
  expect(response.ok()).toBe(true);
  return (await response.json()) as PortalSettings;
}

async function openAdmin(page: Page): Promise<void> {
  await page.goto(browser.stack.url + '/workspace/admin');
  await page.locator('#ps-tile').waitFor();
  await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#ps-tile')?.value ?? '') !== '');
}

describe('portal settings', () => {
  it('saves a new map centre and tile URL that the public site gets at once; restores it', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, ADMIN);
    const original = await portalSettings(page);
    await openAdmin(page);
    expect(await page.inputValue('#ps-tile')).toBe(original.map.tileUrl);

    await page.fill('#ps-tile', 'http://tiles2.invest.test/{z}/{x}/{y}.png');
    await page.fill('#ps-lat', '9.75');
    await page.fill('#ps-lng', '105.5');
    await page.click('[data-save-portal]');
    await page.locator('[data-portal-status]', { hasText: 'Đã lưu cài đặt cổng' }).waitFor();

    const pub = (await (await fetch(browser.stack.url + '/api/v1/settings/public')).json()) as { map: PortalSettings['map'] };
    expect(pub.map.tileUrl).toBe('http://tiles2.invest.test/{z}/{x}/{y}.png');
    expect(pub.map.center).toEqual({ lat: 9.75, lng: 105.5 });

    const restored = await page.request.put(browser.stack.url + '/api/v1/workspace/settings/portal', {
      data: original,
      headers: { 'x-xsrf-token': await xsrf() },
    });
    expect(restored.ok()).toBe(true);
    const after = (await (await fetch(browser.stack.url + '/api/v1/settings/public')).json()) as { map: PortalSettings['map'] };
    expect(after.map).toEqual(original.map);
    await page.close();
  });

  it('switching English off hides the language switch and sends /en pages to Vietnamese; on again restores it', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, ADMIN);
    const original = await portalSettings(page);
    await openAdmin(page);
    expect(await page.isChecked('#ps-english')).toBe(true);
    await page.uncheck('#ps-english');
    await page.click('[data-save-portal]');
    await page.locator('[data-portal-status]', { hasText: 'Đã lưu cài đặt cổng' }).waitFor();

    const visitor = await browser.open('/en/policies');
    await visitor.waitForURL(/\/vi\/policies$/);
    await visitor.locator('main#main-content h1').first().waitFor();
    expect(await visitor.locator('a.lang-switch').count()).toBe(0);
    await visitor.close();

    const restored = await page.request.put(browser.stack.url + '/api/v1/workspace/settings/portal', {
      data: original,
      headers: { 'x-xsrf-token': await xsrf() },
    });
    expect(restored.ok()).toBe(true);
    const back = await browser.open('/en/policies');
    await back.locator('a.lang-switch').waitFor();
    expect(back.url()).toMatch(/\/en\/policies$/);
    await back.close();
    await page.close();
  });

  it('refuses a bad origin inline and saves nothing; adds a good one to the list', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, ADMIN);
    const before = await portalSettings(page);
    await openAdmin(page);

    await page.fill('#ps-origin', 'soctrang.gov.vn/tin-tuc');
    await page.click('[data-add-origin]');
    await page.locator('#ps-origin-error', { hasText: 'https://' }).waitFor();
    expect(await page.getAttribute('#ps-origin', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#ps-origin', 'aria-describedby')).toContain('ps-origin-error');
    expect(await page.locator('[data-origins] li').count()).toBe(before.embedAllowList.length);
    expect(await portalSettings(page)).toEqual(before);

    // A good one goes into the list (not saved until "save").
    await page.fill('#ps-origin', 'HTTPS://Example.gov.vn/');
    await page.click('[data-add-origin]');
    await page.locator('[data-origins] li', { hasText: 'https://example.gov.vn' }).waitFor();
    expect(await page.locator('#ps-origin-error').count()).toBe(0);
    expect(await portalSettings(page)).toEqual(before);
    await page.close();
  });
});

describe('admin page', () => {
  it('shows the mail statistics', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, ADMIN);
    const stats = (await (await page.request.get(browser.stack.url + '/api/v1/workspace/mail/stats')).json()) as {
      pending: number;
      failed: number;
    };
    await page.goto(browser.stack.url + '/workspace/admin');
    const box = page.locator('[data-mail-counts]');
    await box.waitFor();
    expect(await box.textContent()).toContain(`${stats.pending} thư đang chờ gửi, ${stats.failed} thư gửi lỗi`);
    await page.close();
  });

  it('has no axe violations and no horizontal overflow at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const page = await browser.open('/workspace/sign-in', width);
      await signIn(page, ADMIN);
      await openAdmin(page);
      await page.locator('[data-mail-counts]').waitFor();
      await page.locator('[data-settings] form').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // With the error summary and inline errors showing, too.
      await page.fill('#ps-tile', 'not a tile url');
      await page.click('[data-save-portal]');
      await page.locator('#ps-summary').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});

describe('departments and contacts', () => {
  it('edits a department\'s contacts (the head is marked), refuses a bad email inline, adds a department', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, ADMIN);
    await page.goto(browser.stack.url + '/workspace/admin');
    await page.click('[data-dept="STC"] button');
    const form = page.locator('[data-dept-form]');
    await form.waitFor();
    expect(await page.inputValue('#dep-code')).toBe('STC');
    const contacts = await page.locator('[data-contact]').count();
    expect(contacts).toBeGreaterThan(0);
    expect(await form.locator('[data-head]').count()).toBe(1);

    await page.click('[data-add-contact]');
    await page.fill(`#dep-c${contacts}-name`, 'Trần Thị Kiểm Thử');
    await page.fill(`#dep-c${contacts}-positionVi`, 'Chuyên viên');
    await page.fill(`#dep-c${contacts}-email`, 'not-an-email');
    await page.click('[data-dept-save]');
    await page.locator('#dep-summary').waitFor();
    await page.locator(`#dep-c${contacts}-email-error`).waitFor();
    expect(await page.getAttribute(`#dep-c${contacts}-email`, 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.fill(`#dep-c${contacts}-email`, 'kiemthu@stc.soctrang.gov.vn');
    await page.fill('#dep-addr-en', '1 Test Street, Soc Trang');
    await page.click('[data-dept-save]');
    await page.locator('[data-dept-status]', { hasText: 'Đã lưu đơn vị' }).waitFor();
    const list = (await (await fetch(browser.stack.url + '/api/v1/departments')).json()) as {
      items: { code: string; address: { en: string | null } | null; contacts: { name: string; email: string | null }[] }[];
    };
    const stc = list.items.find((d) => d.code === 'STC')!;
    expect(stc.address?.en).toBe('1 Test Street, Soc Trang');
    expect(stc.contacts.at(-1)).toMatchObject({ name: 'Trần Thị Kiểm Thử', email: 'kiemthu@stc.soctrang.gov.vn' });

    await page.click('[data-dept-new]');
    await page.fill('#dep-code', 'E2E-DEPT');
    await page.fill('#dep-name-vi', 'Đơn vị kiểm thử');
    await page.click('[data-dept-save]');
    await page.locator('[data-dept-status]', { hasText: 'Đã lưu đơn vị Đơn vị kiểm thử' }).waitFor();
    await page.locator('[data-dept="E2E-DEPT"]').waitFor();
    await page.close();
  });
});

describe('routes', () => {
  it('refuses the development mailbox to an officer at the route', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, OFFICER);
    await page.goto(browser.stack.url + '/workspace/dev-mail');
    await page.waitForURL(/\/workspace\/projects$/);
    expect(await page.locator('h1', { hasText: 'Hộp thư thử nghiệm' }).count()).toBe(0);
    await page.close();
  });

  it('starts the officer at their projects and the editor at the review queue', async () => {
    const page = await browser.open('/workspace/sign-in');
    for (const [who, home] of [
      [OFFICER, /\/workspace\/projects$/],
      [EDITOR, /\/workspace\/review$/],
    ] as const) {
      await signIn(page, who);
      // A fresh page load of /workspace (the user is not known yet when the redirect runs)…
      await page.goto(browser.stack.url + '/workspace');
      await page.waitForURL(home);
      await page.locator('[data-user]').waitFor();
      // …and an in-app navigation to it (the brand link).
      await page.goto(browser.stack.url + '/workspace/policies');
      await page.locator('[data-user]').waitFor();
      await page.click('.ws-brand');
      await page.waitForURL(home);
    }
    await page.close();
  });
});

describe('ended session', () => {
  it('sends the user to sign-in with a message on the next action, then back', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, ADMIN);
    await page.goto(browser.stack.url + '/workspace/admin');
    await page.locator('[data-mail-counts]').waitFor();

    await browser.stack.db.query('DELETE FROM sessions');
    await page.click('[data-mail-reload]');
    await page.waitForURL(/\/workspace\/sign-in\?next=%2Fworkspace%2Fadmin$/);
    await page.locator('[data-session-ended]', { hasText: 'Phiên làm việc của bạn đã kết thúc' }).waitFor();
    expect(await page.locator('[data-user]').count()).toBe(0);

    await page.locator('#si-email').fill(ADMIN.email);
    await page.locator('#si-password').fill(ADMIN.password);
    await page.click('form button[type=submit]');
    await page.waitForURL(/\/workspace\/admin$/);
    await page.locator('[data-mail-counts]').waitFor();
    expect(await page.locator('[data-session-ended]').count()).toBe(0);
    await page.close();
  });
});
