import type { Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, startBrowserStack, type BrowserStack } from './browser.js';

// Administrators maintain the shared lists (sectors, investment forms, administrative areas).
let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack();
});

afterAll(async () => {
  await browser?.stop();
});

/** The page, signing in first when the browser context has no session yet (the guard sends us back). */
async function openAsAdmin(width = 1280): Promise<Page> {
  const page = await browser.open('/workspace/taxonomies', width);
  await page.locator('#si-email, [data-list=sectors] tbody tr').first().waitFor();
  if (await page.locator('#si-email').count()) {
    await page.locator('#si-email').fill('admin@demo.invest-portal.vn');
    await page.locator('#si-password').fill('Demo-Admin-2026!');
    await page.click('form button[type=submit]');
  }
  await page.locator('[data-list=sectors] tbody tr').first().waitFor();
  return page;
}

it('adds a sector, gives it an English name, and refuses a duplicate code with the reason', async () => {
  const page = await openAsAdmin();
  await page.fill('#add-code-sectors', 'hydrogen');
  await page.fill('#add-vi-sectors', 'Hydro xanh');
  await page.click('[data-add=sectors]');
  await page.locator('[data-list=sectors] tr[data-code=hydrogen]').waitFor();
  expect(await page.locator('[data-tax-saved]').innerText()).toContain('Hydro xanh');
  const [stored] = await browser.stack.db.query(`SELECT name_vi, name_en FROM sectors WHERE code = 'hydrogen'`);
  expect(stored).toEqual({ name_vi: 'Hydro xanh', name_en: null });

  await page.click('[data-list=sectors] tr[data-code=hydrogen] [data-edit]');
  await page.fill('[data-editing] [data-edit-name-en]', 'Green hydrogen');
  await page.click('[data-editing] [data-save]');
  await page.locator('[data-list=sectors] tr[data-code=hydrogen] >> text=Green hydrogen').waitFor();
  expect((await browser.stack.db.query(`SELECT name_en FROM sectors WHERE code = 'hydrogen'`))[0].name_en).toBe('Green hydrogen');

  await page.fill('#add-code-sectors', 'hydrogen');
  await page.fill('#add-vi-sectors', 'Trùng mã');
  await page.click('[data-add=sectors]');
  await page.locator('[data-list=sectors] [data-tax-problem]').waitFor();
  expect(await page.locator('[data-list=sectors] [data-tax-problem]').innerText()).toMatch(/Chưa lưu được/);
  expect((await browser.stack.db.query(`SELECT count(*)::int AS n FROM sectors WHERE code = 'hydrogen'`))[0].n).toBe(1);
  await page.close();
});

it.each([1280, 360])('the page has no axe violations and no horizontal scrolling at %i px', async (width) => {
  const page = await openAsAdmin(width);
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.close();
});
