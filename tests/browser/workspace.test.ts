import type { Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, startBrowserStack, type BrowserStack } from './browser.js';

// The department workspace on the real stack with demo data: sign-in, lists, the project editor
// (map point, document upload), the editorial review (reject with a comment, publish) and the
// published project showing up in public search.

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack();
});

afterAll(async () => {
  await browser?.stop();
});

const OFFICER = { email: 'officer.stc@demo.invest-portal.vn', password: 'Demo-Officer-2026!' };
const EDITOR = { email: 'editor@demo.invest-portal.vn', password: 'Demo-Editor-2026!' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const suffix = String(Date.now() % 100000);
const TITLE = `Khu nuôi trồng thử nghiệm ${suffix}`;
const CODE = `WS-E2E-${suffix}`;
const COMMENT = 'Bổ sung tóm tắt: nêu rõ diện tích và nguồn nước.';

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  if (!page.url().includes('/workspace/sign-in')) await page.goto(browser.stack.url + '/workspace/sign-in');
  if (await page.evaluate(() => localStorage.getItem('invest.workspace.lang') === 'en')) {
    await page.evaluate(() => localStorage.removeItem('invest.workspace.lang'));
    await page.reload();
  }
  // Still signed in (e.g. after a failed test): sign out first.
  await page.locator('#si-email, [data-sign-out]').first().waitFor();
  if (await page.locator('[data-sign-out]').count()) await signOut(page);
  await page.locator('#si-email').fill(who.email);
  await page.locator('#si-password').fill(who.password);
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-user]');
}

async function signOut(page: Page): Promise<void> {
  await page.click('[data-sign-out]');
  await page.waitForURL(/\/workspace\/sign-in/);
}

async function noViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

describe('sign-in', () => {
  it('sends signed-out visitors to sign-in and back; explains wrong credentials and lockout', async () => {
    const page = await browser.open('/workspace/projects');
    await page.waitForURL(/\/workspace\/sign-in\?next=%2Fworkspace%2Fprojects/);
    expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.title()).toMatch(/^Đăng nhập \|/);

    await page.click('form button[type=submit]');
    await page.locator('.error-summary', { hasText: 'Nhập địa chỉ thư điện tử' }).waitFor();

    // A separate account, so the lock does not affect the journey below.
    await page.locator('#si-email').fill('officer.kcn@demo.invest-portal.vn');
    for (let i = 0; i < 6; i++) {
      await page.locator('#si-password').fill('wrong-password');
      await page.click('form button[type=submit]');
      await page.waitForFunction(() => !document.querySelector('form button[type=submit]')?.hasAttribute('disabled'));
    }
    await page.locator('.error-summary', { hasText: 'tạm khóa' }).waitFor();

    // Language toggle: English, remembered, html lang follows.
    await page.click('[data-lang-toggle]');
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.title()).toMatch(/^Sign in \| Department workspace \|/);
    await page.reload();
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    await page.click('[data-lang-toggle]');
    await page.locator('h1', { hasText: 'Đăng nhập' }).waitFor();

    await signIn(page, OFFICER);
    await page.waitForURL(/\/workspace\/projects$/);
    await signOut(page);
    await page.close();
  });

  it.each([1280, 360])('sign-in page has no axe violations at %i px', async (width) => {
    const page = await browser.open('/workspace/sign-in', width);
    await page.locator('#si-email').waitFor();
    await noViolations(page);
    await page.close();
  });
});

describe('the editorial journey', () => {
  let projectUrl = '';

  it('an officer drafts a project with a map point and a PDF, then submits it', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, OFFICER);
    await page.waitForURL(/\/workspace\/projects$/);
    await page.locator('[data-items]').waitFor();
    await page.click('[data-new]');
    await page.locator('#pe-code').waitFor();
    await page.locator('#pe-sectors-first').waitFor();

    await page.fill('#pe-code', CODE);
    await page.fill('#pe-titleVi', TITLE);
    await page.fill('#pe-titleEn', `Pilot aquaculture area ${suffix}`);
    await page.fill('#pe-summaryVi', 'Khu đất ven biển dành cho nuôi trồng thủy sản công nghệ cao.');
    await page.fill('#pe-descriptionVi', 'Mô tả chi tiết dự án nuôi trồng thủy sản thử nghiệm.');
    await page.locator('[data-completeness] label', { hasText: 'Tiếng Anh: 1/3 nội dung' }).waitFor();
    await page.check('#pe-sectors-first');
    await page.selectOption('#pe-unitId', { index: 1 });

    // A click on the map sets the point (tiles never load here: the map still takes clicks).
    const map = page.locator('app-map.picker');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2 + 20, y: box.height / 2 + 10 } });
    await page.waitForFunction(() => (document.querySelector('#pe-lat') as HTMLInputElement).value !== '');
    expect(Number(await page.inputValue('#pe-lat'))).toBeGreaterThan(8);
    expect(await map.locator('.leaflet-marker-icon').count()).toBe(1);

    await page.click('[data-save]');
    await page.waitForURL(/\/workspace\/projects\/[0-9a-f-]{36}$/);
    projectUrl = new URL(page.url()).pathname;
    await page.locator('[data-notice]', { hasText: 'Đã lưu.' }).waitFor();

    await page.setInputFiles('#doc-file', { name: 'ho-so-du-an.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.click('[data-upload]');
    await page.locator('[data-documents] li').waitFor();
    expect(await page.locator('[data-documents]').innerText()).toContain('ho-so-du-an.pdf');

    await page.click('[data-submit]');
    await page.locator('[data-status][data-value=submitted]').waitFor();
    await signOut(page);
    await page.close();
  });

  it('the editor returns it with a comment', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, EDITOR);
    await page.waitForURL(/\/workspace\/review$/);
    await page.click(`text=${TITLE}`);
    await page.locator('[data-reject]').waitFor();
    // Never published: nothing to compare with.
    await page.locator('[data-changes] p').first().waitFor();
    expect(await page.locator('[data-changes]').innerText()).toMatch(/chưa đăng lần nào/);
    await page.click('[data-reject]');
    await page.locator('#ri-comment-error').waitFor();
    await page.fill('#ri-comment', COMMENT);
    await page.click('[data-reject]');
    await page.locator('[data-status][data-value=rejected]').waitFor();
    await signOut(page);
    await page.close();
  });

  it('the officer sees the comment, fixes the summary and resubmits', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, OFFICER);
    await page.goto(browser.stack.url + projectUrl);
    await page.locator('[data-review-comment]').waitFor();
    expect(await page.locator('[data-review-comment]').innerText()).toContain(COMMENT);
    await page.fill('#pe-summaryVi', 'Khu đất ven biển 25 ha, có nguồn nước mặn và ngọt, dành cho nuôi trồng thủy sản.');
    await page.click('[data-submit]');
    await page.locator('[data-status][data-value=submitted]').waitFor();
    await signOut(page);
    await page.close();
  });

  it('the editor publishes it and it appears in public search', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, EDITOR);
    await page.click(`text=${TITLE}`);
    await page.locator('[data-approve]').waitFor();
    await page.click('[data-approve]');
    await page.locator('[data-status][data-value=published]').waitFor();
    await signOut(page);

    // The search index syncs asynchronously.
    let found = false;
    for (let i = 0; i < 15 && !found; i++) {
      await page.goto(`${browser.stack.url}/vi/projects?q=${encodeURIComponent(TITLE)}`);
      await page.waitForLoadState('networkidle');
      found = (await page.locator(`main :text("${TITLE}")`).count()) > 0;
      if (!found) await page.waitForTimeout(1000);
    }
    expect(found).toBe(true);
    await page.close();
  });
});

describe('review of an update', () => {
  it('shows what the update changes against the published version', async () => {
    // A published demo project of STC, taken back to draft, edited and resubmitted through the API.
    const { Client } = await import('../harness/session.js');
    const officer = new Client(browser.stack.url);
    const editor = new Client(browser.stack.url);
    await officer.signIn(OFFICER.email, OFFICER.password);
    await editor.signIn(EDITOR.email, EDITOR.password);
    const [row] = await browser.stack.db.query(
      `SELECT p.id, p.capital_vnd FROM projects p JOIN departments d ON d.id = p.department_id WHERE d.code = 'STC' AND p.status = 'published' AND p.capital_vnd IS NOT NULL ORDER BY p.code LIMIT 1`,
    );
    await editor.post(`/api/v1/workspace/projects/${row.id}/unpublish`);
    const draft = (await officer.get(`/api/v1/workspace/projects/${row.id}`)).body;
    await officer.patch(`/api/v1/workspace/projects/${row.id}`, { version: draft.version, capitalVnd: '987000000000' });
    expect((await officer.post(`/api/v1/workspace/projects/${row.id}/submit`)).status).toBe(200);

    const page = await browser.open('/workspace/sign-in');
    await signIn(page, EDITOR);
    await page.goto(`${browser.stack.url}/workspace/review/projects/${row.id}`);
    const changed = page.locator('[data-changes] tbody tr');
    await changed.first().waitFor();
    expect(await changed.count()).toBe(1);
    const cells = await changed.first().locator('th, td').allInnerTexts();
    expect(cells[1]).toBe(row.capital_vnd);
    expect(cells[2]).toBe('987000000000');
    await noViolations(page);
    await signOut(page);
    await page.close();
  });
});

describe('editor pages', () => {
  it('warns before leaving with unsaved changes', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, OFFICER);
    await page.goto(browser.stack.url + '/workspace/projects/new');
    await page.locator('#pe-code').waitFor();
    await page.fill('#pe-titleVi', 'Chưa lưu');
    const dialogs: string[] = [];
    page.once('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.click('.ws-nav a[href="/workspace/policies"]');
    await page.waitForTimeout(300);
    expect(dialogs[0]).toContain('chưa lưu');
    expect(page.url()).toContain('/workspace/projects/new');
    await page.close();
  });

  it.each([1280, 360])('list, editor and review pages have no axe violations at %i px', async (width) => {
    const page = await browser.open('/workspace/sign-in', width);
    await signIn(page, OFFICER);
    await page.waitForURL(/\/workspace\/projects$/);
    await page.locator('[data-items]').waitFor();
    await noViolations(page);
    await page.goto(browser.stack.url + '/workspace/projects/new');
    await page.locator('#pe-sectors-first').waitFor();
    await page.locator('app-map .leaflet-container, app-map.leaflet-container').first().waitFor();
    await noViolations(page);
    await page.click('[data-save]');
    await page.locator('.error-summary').waitFor();
    await noViolations(page);
    page.once('dialog', (d) => void d.accept());
    await signOut(page);
    await signIn(page, EDITOR);
    await page.waitForURL(/\/workspace\/review$/);
    await noViolations(page);
    await page.goto(browser.stack.url + '/workspace/projects');
    await page.locator('[data-items] a').first().click();
    await page.locator('.facts').waitFor();
    await noViolations(page);
    await signOut(page);
    await page.close();
  });
});
