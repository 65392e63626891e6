import fs from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, signInAs, startBrowserStack, type BrowserStack, xsrfToken } from './browser.js';

// The department scoreboard (/workspace/scoreboard) on the real stack with demo data: the editorial
// board opens last quarter, sees the same ranks and totals as the API, opens a department to see
// why (components and the items behind them), downloads the exports; an administrator changes a
// weight and the totals follow the API; officers cannot open it.

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack();
  await inquiriesLastQuarter();
});

afterAll(async () => {
  await browser?.stop();
});

const ADMIN = { email: 'admin@demo.invest-portal.vn', password: 'Demo-Admin-2026!' };
const EDITOR = { email: 'editor@demo.invest-portal.vn', password: 'Demo-Editor-2026!' };
const OFFICER = { email: 'officer.stc@demo.invest-portal.vn', password: 'Demo-Officer-2026!' };

interface Component {
  key: string;
  weight: number;
  value: number | null;
  included: boolean;
  effectiveWeight: number | null;
  points: number | null;
}
interface Row {
  code: string;
  name: string;
  rank: number | null;
  total: number | null;
  delta: number | null;
  components: Component[];
}
interface Board {
  period: { from: string; to: string };
  settings: { weights: Record<string, number>; replySpeedZeroHours: number };
  departments: Row[];
}
interface Drill {
  department: Row;
  projects: { id: string; title: string; completeness: number; missing: string[]; fresh: boolean | null; parity: string }[];
  policies: { id: string; title: string; parity: string }[];
  inquiries: { reference: string; withinTarget: boolean | null; replyHours: number | null; rating: number | null }[];
}

/** The last complete calendar quarter before today in Vietnam (the page's default). */
function lastQuarter(now = new Date()): { from: string; to: string } {
  const vn = new Date(now.getTime() + 7 * 3600_000);
  const quarter = Math.floor(vn.getUTCMonth() / 3);
  const start = new Date(Date.UTC(vn.getUTCFullYear(), (quarter - 1) * 3, 1));
  const end = new Date(Date.UTC(vn.getUTCFullYear(), quarter * 3, 0));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { from: day(start), to: day(end) };
}

/**
 * The demo data has no inquiries in past quarters: two investors ask STC through the public API,
 * then their questions are moved into last quarter — one answered after 30 hours and rated 4, one
 * still unanswered after its due time (late).
 */
async function inquiriesLastQuarter(): Promise<void> {
  const page = await browser.open('/vi');
  const [project] = await browser.stack.db.query(
    `SELECT p.slug FROM projects p JOIN departments d ON d.id = p.department_id
      WHERE d.code = 'STC' AND p.status = 'published' ORDER BY p.slug LIMIT 1`,
  );
  const form = await (await page.request.get(browser.stack.url + '/api/v1/inquiries/form')).json();
  const references: string[] = [];
  for (const name of ['Nguyen Van A', 'Tran Thi B']) {
    const res = await page.request.post(browser.stack.url + '/api/v1/inquiries', {
      headers: { 'x-xsrf-token': await xsrfToken(browser) },
      data: {
        subject: { type: 'project', slug: project.slug },
        name,
        country: 'VN',
        email: `${name.replace(/ /g, '.').toLowerCase()}@example.com`,
        preferredLang: 'vi',
        message: 'Xin cho biết tình trạng giải phóng mặt bằng của dự án.',
        consent: true,
        consentVersion: form.consentVersion,
      },
    });
    if (res.status() !== 201) throw new Error(`inquiry refused: ${res.status()} ${await res.text()}`);
    references.push((await res.json()).reference);
  }
  const received = (days: number) => `(DATE '${lastQuarter().from}' + ${days}) + TIME '09:00' AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
  await browser.stack.db.query(
    `UPDATE inquiries SET created_at = ${received(9)}, due_at = ${received(14)}, answered_at = ${received(9)} + INTERVAL '30 hours',
            status = 'answered', rating = 4, rated_at = ${received(12)} WHERE reference = $1`,
    [references[0]],
  );
  await browser.stack.db.query(`UPDATE inquiries SET created_at = ${received(20)}, due_at = ${received(25)} WHERE reference = $1`, [
    references[1],
  ]);
  await page.close();
}

const LOCALE = { vi: 'vi-VN', en: 'en-GB' } as const;
/** A total as the page writes it: one decimal, the language's separators, a dash for none. */
function score(value: number | null, lang: 'vi' | 'en' = 'vi'): string {
  return value === null ? '—' : new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
function decimal(value: number | null, lang: 'vi' | 'en' = 'vi'): string {
  return value === null ? '—' : new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

async function api<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(browser.stack.url + path);
  if (!res.ok()) throw new Error(`${path}: ${res.status()}`);
  return (await res.json()) as T;
}

function boardPath(p: { from: string; to: string }, lang = 'vi'): string {
  return `/api/v1/scoring/departments?from=${p.from}&to=${p.to}&lang=${lang}`;
}

/** Waits until the table shows exactly the API's rows, then returns them as the page shows them. */
async function tableRows(page: Page, expected: Row[], lang: 'vi' | 'en' = 'vi') {
  const want = expected.map((r) => `${r.code}|${score(r.total, lang)}`).join(',');
  await page
    .waitForFunction(
      (w) =>
        [...document.querySelectorAll('[data-board] tbody tr')]
          .map((tr) => `${tr.getAttribute('data-code')}|${tr.querySelector('[data-total] span')?.textContent?.trim()}`)
          .join(',') === w,
      want,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  return page.$$eval('[data-board] tbody tr', (trs) =>
    trs.map((tr) => ({
      code: tr.getAttribute('data-code'),
      rank: tr.querySelector('[data-rank] span')?.textContent?.trim(),
      name: tr.querySelector('[data-department]')?.textContent?.trim(),
      total: tr.querySelector('[data-total] span')?.textContent?.trim(),
      trend: tr.querySelector('[data-trend]')?.getAttribute('data-trend'),
      trendText: tr.querySelector('[data-trend] .visually-hidden')?.textContent?.trim(),
    })),
  );
}

function expectTableMatches(shown: Awaited<ReturnType<typeof tableRows>>, rows: Row[], lang: 'vi' | 'en' = 'vi'): void {
  expect(shown.map((r) => r.code)).toEqual(rows.map((r) => r.code));
  rows.forEach((row, i) => {
    expect(shown[i]).toMatchObject({
      rank: row.rank === null ? '—' : String(row.rank),
      name: row.name,
      total: score(row.total, lang),
      trend: row.delta === null ? 'none' : row.delta > 0 ? 'up' : row.delta < 0 ? 'down' : 'same',
    });
    expect(shown[i]!.trendText).toBeTruthy();
  });
}

async function openScoreboard(page: Page): Promise<void> {
  await page.click('.ws-nav a[href="/workspace/scoreboard"]');
  await page.waitForURL(/\/workspace\/scoreboard$/);
  await page.locator('[data-board] tbody tr').first().waitFor();
}

describe('department scoreboard', () => {
  it('an editor opens last quarter from the menu: every department with the API’s ranks and totals; presets and Back', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, EDITOR);
    await openScoreboard(page);
    expect(await page.title()).toMatch(/^Bảng xếp hạng đơn vị \|/);
    expect(await page.getAttribute('[data-preset=lastQuarter]', 'aria-pressed')).toBe('true');
    expect(await page.inputValue('#sb-from')).toBe(lastQuarter().from);
    expect(await page.inputValue('#sb-to')).toBe(lastQuarter().to);

    const board = await api<Board>(page, boardPath(lastQuarter()));
    const [{ n }] = await browser.stack.db.query(`SELECT count(*)::int AS n FROM departments`);
    expect(board.departments).toHaveLength(n);
    expectTableMatches(await tableRows(page, board.departments), board.departments);
    expect(await page.locator('[data-board] caption').innerText()).toMatch(/^Xếp hạng đơn vị từ /);
    expect(await page.locator('[data-board] thead th[scope=col]').count()).toBe(14);
    expect(await page.locator('[data-board] tbody th[scope=row]').count()).toBe(n);

    // Last year: the period goes into the URL and the table follows the API for it.
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear() - 1;
    const lastYear = { from: `${year}-01-01`, to: `${year}-12-31` };
    await page.click('[data-preset=lastYear]');
    await page.waitForURL((u) => u.searchParams.get('from') !== null);
    const url = new URL(page.url());
    expect({ from: url.searchParams.get('from'), to: url.searchParams.get('to') }).toEqual(lastYear);
    expect(await page.getAttribute('[data-preset=lastYear]', 'aria-pressed')).toBe('true');
    const yearBoard = await api<Board>(page, boardPath(lastYear));
    expectTableMatches(await tableRows(page, yearBoard.departments), yearBoard.departments);

    // A custom period that the API would refuse is explained, not sent.
    await page.fill('#sb-from', '2026-05-01');
    await page.fill('#sb-to', '2026-04-01');
    await page.click('[data-apply]');
    expect(await page.locator('[data-period-problem]').innerText()).toContain('Ngày kết thúc không được trước ngày bắt đầu');
    expect(await page.getAttribute('#sb-to', 'aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('from')).toBe(lastYear.from);

    // Back returns to last quarter.
    await page.goBack();
    await page.waitForURL(/\/workspace\/scoreboard$/);
    await page.waitForFunction(() => document.querySelector('[data-preset=lastQuarter]')?.getAttribute('aria-pressed') === 'true');
    expectTableMatches(await tableRows(page, board.departments), board.departments);

    // In English: names, numbers and the download language follow.
    await page.click('[data-lang-toggle]');
    const enBoard = await api<Board>(page, boardPath(lastQuarter(), 'en'));
    expectTableMatches(await tableRows(page, enBoard.departments, 'en'), enBoard.departments, 'en');
    expect(await page.locator('h1').innerText()).toBe('Department scoreboard');
    expect(await page.getAttribute('[data-export=csv]', 'href')).toContain('lang=en');
    await page.click('[data-lang-toggle]');
    await page.locator('h1', { hasText: 'Bảng xếp hạng đơn vị' }).waitFor();
    await page.close();
  });

  it('opening a department shows why: its components and the projects, policies and inquiries of the API', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, EDITOR);
    await openScoreboard(page);
    const period = lastQuarter();
    const board = await api<Board>(page, boardPath(period));
    // The department with the most behind its score, and one with components left out (if any).
    const drills = await Promise.all(board.departments.map((d) => api<Drill>(page, `/api/v1/scoring/departments/${d.code}?from=${period.from}&to=${period.to}&lang=vi`)));
    const richest = [...drills].sort(
      (a, b) => b.projects.length + b.policies.length + b.inquiries.length - (a.projects.length + a.policies.length + a.inquiries.length),
    )[0]!;
    expect(richest.department.code).toBe('STC');
    expect(richest.inquiries).toHaveLength(2);
    expect(richest.department.components.every((c) => c.included)).toBe(true);
    expect(richest.inquiries.map((q) => [q.replyHours, q.withinTarget, q.rating])).toEqual([
      [30, true, 4],
      [null, false, null],
    ]);
    // Departments without inquiries have the reply components left out.
    const partial = drills.find((d) => d !== richest && d.department.components.some((c) => !c.included));
    expect(partial).toBeDefined();
    const checked = [richest, partial!];

    for (const drill of checked) {
      const code = drill.department.code;
      if (!page.url().endsWith('/workspace/scoreboard')) {
        await page.goBack();
        await page.locator('[data-board] tbody tr').first().waitFor();
      }
      await page.click(`[data-board] tr[data-code="${code}"] [data-department]`);
      await page.waitForURL((u) => u.pathname === `/workspace/scoreboard/${code}`);
      const u = new URL(page.url());
      expect({ from: u.searchParams.get('from'), to: u.searchParams.get('to') }).toEqual(period);
      await page.locator('[data-components] tbody tr').first().waitFor();
      expect(await page.locator('h1').innerText()).toBe(drill.department.name);
      expect(await page.locator('[data-summary] [data-total]').innerText()).toBe(
        drill.department.total === null ? 'Không có số liệu để tính điểm' : score(drill.department.total),
      );

      // Components: value, weight, effective weight and points as the API has them; left-out ones say why.
      const comps = await page.$$eval('[data-components] tbody tr', (trs) =>
        trs.map((tr) => ({
          key: tr.getAttribute('data-component'),
          included: tr.getAttribute('data-included'),
          weight: tr.querySelector('[data-weight]')?.textContent?.trim(),
          points: tr.querySelector('[data-points]')?.textContent?.trim(),
          note: tr.querySelector('[data-note]')?.textContent?.trim() ?? null,
        })),
      );
      expect(comps.map((c) => c.key)).toEqual(drill.department.components.map((c) => c.key));
      drill.department.components.forEach((c, i) => {
        expect(comps[i]).toMatchObject({ included: String(c.included), weight: String(c.weight), points: decimal(c.points) });
        if (!c.included) expect(comps[i]!.note).toMatch(/^Không tính: /);
      });
      expect(await page.locator('[data-components-total]').innerText()).toBe(score(drill.department.total));

      // Projects: completeness, missing fields in words, freshness and English; each links to its editor.
      if (drill.projects.length === 0) {
        expect(await page.locator('[data-section=projects] [data-empty]').count()).toBe(1);
      } else {
        const projects = await page.$$eval('[data-projects] tbody tr', (trs) =>
          trs.map((tr) => ({
            id: tr.getAttribute('data-project'),
            href: tr.querySelector('[data-item-link]')?.getAttribute('href'),
            title: tr.querySelector('[data-item-link]')?.textContent?.trim(),
            completeness: tr.querySelector('[data-completeness]')?.textContent?.trim(),
            missing: [...tr.querySelectorAll('[data-missing] li')].map((li) => li.textContent?.trim()),
            fresh: tr.querySelector('[data-fresh]')?.getAttribute('data-fresh'),
          })),
        );
        expect(projects.map((p) => p.id)).toEqual(drill.projects.map((p) => p.id));
        drill.projects.forEach((p, i) => {
          expect(projects[i]).toMatchObject({
            href: `/workspace/projects/${p.id}`,
            title: p.title,
            completeness: `${p.completeness}\u00a0%`,
            fresh: p.fresh === null ? 'none' : p.fresh ? 'yes' : 'no',
          });
          expect(projects[i]!.missing).toHaveLength(p.missing.length);
          // Field names are words, not the API's codes.
          for (const m of projects[i]!.missing) expect(p.missing).not.toContain(m);
        });
      }
      if (drill.policies.length === 0) {
        expect(await page.locator('[data-section=policies] [data-empty]').count()).toBe(1);
      } else {
        const policies = await page.$$eval('[data-policies] tbody tr', (trs) =>
          trs.map((tr) => ({ id: tr.getAttribute('data-policy'), href: tr.querySelector('[data-item-link]')?.getAttribute('href') })),
        );
        expect(policies).toEqual(drill.policies.map((p) => ({ id: p.id, href: `/workspace/policies/${p.id}` })));
      }
      if (drill.inquiries.length === 0) {
        expect(await page.locator('[data-section=inquiries] [data-empty]').count()).toBe(1);
      } else {
        const inquiries = await page.$$eval('[data-inquiries] tbody tr', (trs) =>
          trs.map((tr) => ({
            reference: tr.getAttribute('data-inquiry'),
            hours: tr.querySelector('[data-hours]')?.textContent?.trim(),
            within: tr.querySelector('[data-within]')?.getAttribute('data-within'),
            rating: tr.querySelector('[data-rating]')?.textContent?.trim(),
          })),
        );
        expect(inquiries).toEqual(
          drill.inquiries.map((q) => ({
            reference: q.reference,
            hours: decimal(q.replyHours),
            within: q.withinTarget === null ? 'none' : q.withinTarget ? 'yes' : 'no',
            rating: q.rating === null ? 'Chưa đánh giá' : `${q.rating}/5`,
          })),
        );
        await page.locator('[data-inbox-link]').waitFor();
        expect(await page.getAttribute('[data-inbox-link]', 'href')).toMatch(/^\/workspace\/inbox\?department=[0-9a-f-]{36}$/);
      }
    }

    // An item link opens the workspace editor.
    const first = page.locator('[data-projects] [data-item-link], [data-policies] [data-item-link]').first();
    if ((await first.count()) > 0) {
      const href = (await first.getAttribute('href'))!;
      await first.click();
      await page.waitForURL((u) => u.pathname === href);
      await page.goBack();
    }
    // The back link keeps the period.
    await page.click('[data-back]');
    await page.waitForURL((u) => u.pathname === '/workspace/scoreboard' && u.searchParams.get('from') === period.from);
    await page.locator('[data-board] tbody tr').first().waitFor();
    await page.close();
  });

  it('downloads the scoreboard as CSV (parsed) and XLSX for the same period and language', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, EDITOR);
    await openScoreboard(page);
    const period = lastQuarter();
    const board = await api<Board>(page, boardPath(period));

    const csvLink = page.locator('[data-export=csv]');
    expect(await csvLink.getAttribute('download')).not.toBeNull();
    const csvHref = (await csvLink.getAttribute('href'))!;
    expect(Object.fromEntries(new URL(csvHref, browser.stack.url).searchParams)).toEqual({ ...period, lang: 'vi', format: 'csv' });

    // A real click downloads the file the browser saves.
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toBe(`scoreboard-${period.from}_${period.to}.csv`);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r['Mã đơn vị'])).toEqual(board.departments.map((d) => d.code));
    expect(records.map((r) => r['Tổng điểm (0–100)'])).toEqual(board.departments.map((d) => (d.total === null ? '' : String(d.total))));

    const xlsxLink = page.locator('[data-export=xlsx]');
    expect(await xlsxLink.getAttribute('download')).not.toBeNull();
    const xlsxHref = (await xlsxLink.getAttribute('href'))!;
    expect(Object.fromEntries(new URL(xlsxHref, browser.stack.url).searchParams)).toEqual({ ...period, lang: 'vi', format: 'xlsx' });
    const xlsx = await page.request.get(browser.stack.url + xlsxHref);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.close();
  });

  it('an administrator changes a weight: errors are shown inline, and the totals change as the API says', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, ADMIN);
    await openScoreboard(page);
    const period = lastQuarter();
    const before = await api<Board>(page, boardPath(period));
    const original = before.settings;
    try {
      expect(await page.locator('[data-weight=completeness] [data-value]').innerText()).toBe(String(original.weights.completeness));
      await page.click('[data-edit-weights]');
      await page.locator('[data-weight-input=completeness]').waitFor();
      expect(await page.getAttribute('[data-edit-weights]', 'aria-expanded')).toBe('true');

      // Refused before sending: shown on the field, which gets the focus.
      await page.fill('[data-weight-input=rating]', '101');
      await page.click('[data-save-weights]');
      await page.locator('#sb-weight-rating-error').waitFor();
      expect(await page.locator('#sb-weight-rating-error').innerText()).toBe('Nhập số nguyên từ 0 đến 100');
      expect(await page.getAttribute('[data-weight-input=rating]', 'aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('sb-weight-rating');

      // Only completeness counts: each ranked total becomes its completeness value.
      for (const key of ['freshness', 'english', 'replyWithinTarget', 'replySpeed', 'rating']) {
        await page.fill(`[data-weight-input=${key}]`, '0');
      }
      await page.fill('[data-weight-input=completeness]', '100');
      await page.click('[data-save-weights]');
      await page.locator('[data-weights-status]', { hasText: 'Đã lưu trọng số' }).waitFor();

      const after = await api<Board>(page, boardPath(period));
      expect(after.settings.weights).toEqual({ completeness: 100, freshness: 0, english: 0, replyWithinTarget: 0, replySpeed: 0, rating: 0 });
      expectTableMatches(await tableRows(page, after.departments), after.departments);
      expect(after.departments.map((d) => d.total)).not.toEqual(before.departments.map((d) => d.total));
      expect(await page.locator('[data-weight=rating] [data-value]').innerText()).toBe('0');
      expect(await page.locator('[data-weight=completeness] [data-value]').innerText()).toBe('100');
    } finally {
      const res = await page.request.put(browser.stack.url + '/api/v1/workspace/settings/scoring', {
        data: original,
        headers: { 'x-xsrf-token': await xsrfToken(browser) },
      });
      expect(res.status()).toBe(200);
      await page.close();
    }
  });

  it('an officer has no scoreboard: no menu entry, and the address leads back to their projects', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, OFFICER);
    expect(await page.locator('.ws-nav a[href="/workspace/scoreboard"]').count()).toBe(0);
    await page.goto(browser.stack.url + '/workspace/scoreboard');
    await page.waitForURL(/\/workspace\/projects$/);
    expect(await page.locator('[data-board]').count()).toBe(0);
    expect((await page.request.get(browser.stack.url + boardPath(lastQuarter()))).status()).toBe(403);
    await page.close();
  });

  it.each([1280, 360])('no axe violations and no sideways page scrolling at %i px (board, weights form, department)', async (width) => {
    const page = await browser.open('/workspace/sign-in', width);
    await signInAs(browser, page, ADMIN);
    await page.goto(browser.stack.url + '/workspace/scoreboard');
    await page.locator('[data-board] tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.click('[data-edit-weights]');
    await page.fill('[data-weight-input=completeness]', '2.5');
    await page.click('[data-save-weights]');
    await page.locator('#sb-weight-completeness-error').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const period = lastQuarter();
    const board = await api<Board>(page, boardPath(period));
    // STC has every kind of item (projects, policies, inquiries) behind its score.
    expect(board.departments.map((d) => d.code)).toContain('STC');
    await page.goto(`${browser.stack.url}/workspace/scoreboard/STC?from=${period.from}&to=${period.to}`);
    await page.locator('[data-inquiries] tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
