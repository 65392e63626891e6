import type { Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, startBrowserStack, type BrowserStack, signInAs, xsrfToken } from './browser.js';

// The inquiry inbox on the real stack with demo data: an investor asks about a published STC
// project through its public page, the STC officer answers in the inbox (the KCN officer cannot
// see it), the investor reads the answer on the tracking page and rates it, the rating shows in
// the inbox; the mails land in the development mailbox; overdue highlighting; the admin pages.

let browser: BrowserStack;

const STC = { email: 'officer.stc@demo.invest-portal.vn', password: 'Demo-Officer-2026!' };
const KCN = { email: 'officer.kcn@demo.invest-portal.vn', password: 'Demo-Officer-2026!' };
const ADMIN = { email: 'admin@demo.invest-portal.vn', password: 'Demo-Admin-2026!' };

const suffix = String(Date.now() % 100000);
const INVESTOR = { name: 'Kim Min-jun', email: `minjun.kim.${suffix}@example.kr` };
const LATE = { name: 'Tanaka Haruto', email: `haruto.tanaka.${suffix}@example.jp` };
const MESSAGE = 'Hello,\nWhat is the expected land lease term for the terminal, and who builds the access road?';
const REPLY = `Dear Mr Kim,\nThe lease runs for 50 years; the province builds the access road (ref ${suffix}).`;

let project: { slug: string; title: string };
let reference = '';
let trackingUrl = '';
let inquiryId = '';
let lateReference = '';

beforeAll(async () => {
  browser = await startBrowserStack();
  const [row] = await sql<{ slug: string; title: string }>(
    `SELECT p.slug, p.title->>'en' AS title FROM projects p JOIN departments d ON d.id = p.department_id
      WHERE d.code = 'STC' AND p.status = 'published' AND p.title->>'en' IS NOT NULL ORDER BY p.slug LIMIT 1`,
  );
  project = row!;
});

afterAll(async () => {
  await browser?.stop();
});

function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return browser.stack.db.query(text, params);
}

/** Signs in through the workspace sign-in page (signing out whoever was signed in first). */
function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  return signInAs(browser, page, who);
}

function xsrf(): Promise<string> {
  return xsrfToken(browser);
}

async function openInbox(page: Page, query = ''): Promise<void> {
  await page.goto(`${browser.stack.url}/workspace/inbox${query}`);
  await page.locator('[data-count]').waitFor();
}

async function noViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

/** Sends an inquiry through the public API from the page (the XSRF cookie exists once a page loaded). */
async function sendInquiry(page: Page, who: { name: string; email: string }, slug: string): Promise<string> {
  const form = await (await page.request.get(browser.stack.url + '/api/v1/inquiries/form')).json();
  const response = await page.request.post(browser.stack.url + '/api/v1/inquiries', {
    headers: { 'x-xsrf-token': await xsrf() },
    data: {
      subject: { type: 'project', slug },
      name: who.name,
      country: 'JP',
      email: who.email,
      preferredLang: 'en',
      message: 'Is the logistics area available for a cold storage operator?',
      consent: true,
      consentVersion: form.consentVersion,
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).reference;
}

describe('the journey: ask, answer, read, rate', () => {
  it('an investor asks about a published STC project on its public page', async () => {
    const page = await browser.open(`/en/projects/${project.slug}`);
    await page.locator('#inq-name').waitFor();
    await page.fill('#inq-name', INVESTOR.name);
    await page.fill('#inq-organisation', 'Hanbit Port Logistics');
    await page.selectOption('#inq-country', 'KR');
    await page.fill('#inq-email', INVESTOR.email);
    await page.fill('#inq-message', MESSAGE);
    await page.check('#inq-consent');
    await page.click('form button[type=submit]');
    const done = page.locator('.done');
    await done.waitFor();
    reference = await done.locator('[data-reference]').innerText();
    trackingUrl = (await done.locator('[data-tracking-link]').getAttribute('href'))!;
    expect(reference).toMatch(/^YC-\d{4}-\d{6}$/);
    const [row] = await sql<{ id: string; code: string }>(
      'SELECT i.id, d.code FROM inquiries i JOIN departments d ON d.id = i.department_id WHERE i.reference = $1',
      [reference],
    );
    expect(row?.code).toBe('STC');
    inquiryId = row!.id;
    await page.close();
  });

  it('the STC officer sees it in the inbox, due in the future, not overdue', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, STC);
    await openInbox(page);
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(INVESTOR.name);
    expect(await row.innerText()).toContain('Hanbit Port Logistics');
    expect(await row.locator('[data-inquiry-status]').innerText()).toBe('Mới');
    expect(await row.locator('[data-due]').innerText()).toContain('GMT+7');
    expect(await row.locator('[data-overdue]').count()).toBe(0);
    // Officers see only their department: no department column or filter.
    expect(await page.locator('#inbox-department').count()).toBe(0);
    await page.close();
  });

  it('the KCN officer does not see it, nor open it by its address', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, KCN);
    await openInbox(page);
    expect(await page.locator(`tr[data-reference="${reference}"]`).count()).toBe(0);
    await page.goto(`${browser.stack.url}/workspace/inbox/${inquiryId}`);
    await page.locator('[data-not-found]').waitFor();
    await page.close();
  });

  it('the STC officer opens it, reads the sender and message, and replies (the investor is mailed)', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, STC);
    await openInbox(page);
    await page.locator(`tr[data-reference="${reference}"] a`).click();
    await page.locator('[data-message]').waitFor();
    expect(await page.locator('main h1').innerText()).toBe(`Câu hỏi ${reference}`);
    expect(await page.locator('[data-message]').innerText()).toBe(MESSAGE);
    expect(await page.locator('[data-message]').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
    expect(await page.locator('[data-sender]').innerText()).toContain(INVESTOR.email);
    expect(await page.locator('[data-consent]').innerText()).toMatch(/^Thông báo phiên bản \d{4}-\d{2}-v\d+, đồng ý lúc .*GMT\+7$/);
    expect(await page.locator('[data-subject] a').getAttribute('href')).toBe(`/vi/projects/${project.slug}`);
    expect(await page.locator('#reply-body-hint').innerText()).toContain(INVESTOR.email);
    expect(await page.locator('[data-notes]').innerText()).toContain('nhà đầu tư không nhìn thấy');

    // An empty reply is refused in the page, GOV.UK style.
    await page.click('app-inquiry-page form:has(#reply-body) button[type=submit]');
    const summary = page.locator('#reply-summary-title');
    await summary.waitFor();
    expect(await page.getAttribute('#reply-body', 'aria-invalid')).toBe('true');
    expect(await page.locator('#reply-body-error').innerText()).toContain('Nhập nội dung trả lời');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);

    // Acknowledge, add an internal note, assign to oneself.
    await page.click('[data-action="acknowledged"]');
    await page.locator('[data-inquiry-status][data-value="acknowledged"]').first().waitFor();
    expect(await page.locator('[data-action="acknowledged"]').count()).toBe(0);
    await page.fill('#note-body', 'Ask the port authority about the lease term.');
    await page.click('app-inquiry-page form:has(#note-body) button[type=submit]');
    await page.locator('[data-note]').waitFor();
    const options = await page.locator('#inq-assignee option').allInnerTexts();
    expect(options.length).toBeGreaterThan(1);
    await page.selectOption('#inq-assignee', { index: 1 });
    await page.click('app-inquiry-page form:has(#inq-assignee) button[type=submit]');
    await page.locator('[data-done]', { hasText: 'Đã lưu người phụ trách.' }).waitFor();

    await page.fill('#reply-body', REPLY);
    await page.click('app-inquiry-page form:has(#reply-body) button[type=submit]');
    await page.locator('[data-reply-sent]').waitFor();
    expect(await page.locator('[data-reply-sent]').innerText()).toContain('thư điện tử');
    expect(await page.locator('[data-reply]').innerText()).toBe(REPLY);
    expect(await page.locator('[data-inquiry-status]').first().getAttribute('data-value')).toBe('answered');
    expect(await page.inputValue('#reply-body')).toBe('');
    const [row] = await sql<{ status: string; assignee_id: string | null }>('SELECT status, assignee_id FROM inquiries WHERE id = $1', [inquiryId]);
    expect(row?.status).toBe('answered');
    expect(row?.assignee_id).not.toBeNull();
    await page.close();
  });

  it('a status change the server refuses (409) is explained and the inquiry reloaded', async () => {
    const page = await browser.open(`/workspace/inbox/${inquiryId}`);
    await page.locator('[data-action="closed"]').waitFor();
    // Someone else marks it as spam behind the page's back: "close" is then refused (spam → closed).
    await sql(`UPDATE inquiries SET status = 'spam' WHERE id = $1`, [inquiryId]);
    await page.click('[data-action="closed"]');
    await page.locator('[data-action-alert]').waitFor();
    expect(await page.locator('[data-action-alert]').innerText()).toContain('đã được tải lại');
    await page.locator('[data-action="new"]').waitFor();
    await sql(`UPDATE inquiries SET status = 'answered' WHERE id = $1`, [inquiryId]);
    await page.close();
  });

  it('the investor opens the tracking link, reads the answer and rates it', async () => {
    const page = await browser.open(trackingUrl.slice(browser.stack.url.length));
    await page.locator('[data-reply]').waitFor();
    expect(await page.locator('[data-reply]').innerText()).toBe(REPLY);
    await page.check('#rating-score-5');
    await page.fill('#rating-comment', 'Very clear, thank you.');
    await page.click('app-rating-form button[type=submit]');
    await page.locator('[data-rating]').waitFor();
    await page.close();
  });

  it('the rating shows in the officer’s view', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, STC);
    await page.goto(`${browser.stack.url}/workspace/inbox/${inquiryId}`);
    await page.locator('[data-rating]').waitFor();
    expect(await page.locator('[data-rating]').innerText()).toBe('5/5 điểm');
    expect(await page.locator('[data-rating-comment]').innerText()).toBe('Very clear, thank you.');
    await page.close();
  });
});

describe('overdue inquiries', () => {
  it('are highlighted with an "Overdue" badge and found with the overdue filter', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, STC);
    lateReference = await sendInquiry(page, LATE, project.slug);
    await sql(`UPDATE inquiries SET due_at = now() - interval '3 days' WHERE reference = $1`, [lateReference]);

    await openInbox(page);
    const late = page.locator(`tr[data-reference="${lateReference}"]`);
    await late.waitFor();
    expect(await late.locator('[data-overdue]').innerText()).toBe('Quá hạn');
    expect(await late.locator('[data-due]').innerText()).toContain('3 ngày trước');
    expect(await page.locator(`tr[data-reference="${reference}"] [data-overdue]`).count()).toBe(0);
    // Most urgent first.
    expect(await page.locator('tbody tr').first().getAttribute('data-reference')).toBe(lateReference);

    await page.check('#inbox-overdue');
    await page.waitForURL(/overdue=1/);
    await page.locator('[data-count]', { hasText: /^1 câu hỏi$/ }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator(`tr[data-reference="${lateReference}"]`).count()).toBe(1);
    expect(await page.isChecked('#inbox-overdue')).toBe(true);

    await page.locator(`tr[data-reference="${lateReference}"] a`).click();
    await page.locator('[data-message]').waitFor();
    expect(await page.locator('.head [data-overdue]').innerText()).toBe('Quá hạn');
    await page.close();
  });

  it.each([1280, 360])('inbox list and inquiry page have no axe violations at %i px', async (width) => {
    const page = await browser.open('/workspace/inbox', width);
    await page.locator(`tr[data-reference="${lateReference}"]`).waitFor();
    await noViolations(page);
    await page.goto(`${browser.stack.url}/workspace/inbox/${inquiryId}`);
    await page.locator('[data-rating]').waitFor();
    await noViolations(page);
    await page.close();
  });
});

describe('administration', () => {
  it('the acknowledgement and the reply mails are in the development mailbox', async () => {
    const page = await browser.open('/workspace/sign-in');
    await signIn(page, ADMIN);
    await page.goto(`${browser.stack.url}/workspace/dev-mail`);
    await page.locator('[data-mails]').waitFor();
    expect(await page.locator('[data-dev-only]').innerText()).toContain('MAIL_TRANSPORT=dev');
    const mine = page.locator('li.mail', { has: page.locator('[data-to]', { hasText: INVESTOR.email }) });
    const ack = mine.and(page.locator('[data-kind="inquiry.ack"]'));
    const reply = mine.and(page.locator('[data-kind="inquiry.reply"]'));
    expect(await ack.count()).toBe(1);
    expect(await reply.count()).toBe(1);
    expect(await reply.locator('[data-subject]').innerText()).toContain(reference);
    await reply.locator('summary').click();
    expect(await reply.locator('[data-text]').innerText()).toContain('The lease runs for 50 years');
    await noViolations(page);
    await page.setViewportSize({ width: 360, height: 900 });
    await noViolations(page);
    await page.close();
  });

  it('the development mailbox explains when it is not available (404)', async () => {
    const page = await browser.open('/workspace/sign-in');
    await page.route('**/api/v1/workspace/mail/dev', (route) =>
      route.fulfill({ status: 404, json: { statusCode: 404, error: 'Not Found', message: 'Not found', requestId: 'x' } }),
    );
    await page.goto(`${browser.stack.url}/workspace/dev-mail`);
    await page.locator('[data-problem]').waitFor();
    expect(await page.locator('[data-problem]').innerText()).toContain('không bật');
    await page.close();
  });

  it('inquiry settings: add and remove holidays (kept sorted), change the target, save', async () => {
    const page = await browser.open('/workspace/admin');
    await page.locator('#set-days').waitFor();
    await page.fill('#set-days', '7');
    for (const date of ['2027-09-02', '2027-01-01']) {
      await page.fill('#set-holiday', date);
      await page.click('[data-add-holiday]');
    }
    await page.fill('#set-holiday', '2027-01-01');
    await page.click('[data-add-holiday]');
    expect(await page.locator('#set-holiday-error').innerText()).toContain('đã có trong danh sách');
    const dates = await page.locator('[data-holidays] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2027-01-01', '2027-09-02']));
    await page.locator('[data-holidays] li[data-date="2027-09-02"] button').click();
    await page.locator('[data-holidays] li[data-date="2027-09-02"]').waitFor({ state: 'detached' });
    // Focus stays in the holiday field, not lost with the removed button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('set-holiday');
    await page.click('[data-settings] form button[type=submit]');
    await page.locator('[data-settings] [data-status]', { hasText: 'Đã lưu cài đặt.' }).waitFor();

    await page.reload();
    await page.locator('[data-holidays] li[data-date="2027-01-01"]').waitFor();
    expect(await page.inputValue('#set-days')).toBe('7');
    expect(await page.locator('[data-holidays] li[data-date="2027-09-02"]').count()).toBe(0);
    await noViolations(page);
    await page.close();
  });

  it('personal data: export shows the JSON and offers a download; erase asks first', async () => {
    const page = await browser.open('/workspace/admin');
    await page.locator('#pd-email').waitFor();
    await page.fill('#pd-email', INVESTOR.email);
    await page.click('[data-export]');
    await page.locator('[data-json]').waitFor();
    expect(await page.locator('[data-exported]').innerText()).toContain('1');
    expect(JSON.parse(await page.locator('[data-json]').innerText()).inquiries[0].reference).toBe(reference);
    const download = page.waitForEvent('download');
    await page.click('[data-download]');
    expect((await download).suggestedFilename()).toMatch(/^personal-data-.*\.json$/);
    await noViolations(page);

    await page.fill('#pd-email', LATE.email);
    await page.click('[data-erase]');
    await page.locator('[data-confirm]').waitFor();
    expect(await page.locator('[data-confirm]').innerText()).toContain(LATE.email);
    await noViolations(page);
    await page.click('[data-confirm-erase]');
    await page.locator('[data-erased]').waitFor();
    const [row] = await sql<{ anonymised_at: Date | null }>('SELECT anonymised_at FROM inquiries WHERE reference = $1', [lateReference]);
    expect(row?.anonymised_at).not.toBeNull();
    await page.setViewportSize({ width: 360, height: 900 });
    await noViolations(page);
    await page.close();
  });

  it('accounts: invite an officer (department required), then disable the account', async () => {
    const page = await browser.open('/workspace/admin');
    await page.locator('[data-invite]').waitFor();
    const email = `new.officer.${suffix}@demo.invest-portal.vn`;
    await page.fill('#inv-email', email);
    await page.fill('#inv-displayName', 'Trần Thị Mai');
    await page.selectOption('#inv-role', 'officer');
    await page.click('[data-invite] button[type=submit]');
    await page.locator('#inv-departmentId-error').waitFor();
    expect(await page.getAttribute('#inv-departmentId', 'aria-invalid')).toBe('true');
    await page.selectOption('#inv-departmentId', { label: 'Sở Tài chính' });
    await page.click('[data-invite] button[type=submit]');
    const row = page.locator(`tr[data-email="${email}"]`);
    await row.waitFor();
    expect(await row.locator('[data-state]').innerText()).toContain('Đã mời');
    await row.locator('[data-toggle]').click();
    await row.locator('[data-state]', { hasText: 'Đã khóa' }).waitFor();
    const [user] = await sql<{ disabled: boolean; role: string }>(
      'SELECT disabled_at IS NOT NULL AS disabled, role FROM users WHERE email = $1',
      [email],
    );
    expect(user).toEqual({ disabled: true, role: 'officer' });
    await noViolations(page);
    await page.setViewportSize({ width: 360, height: 900 });
    await noViolations(page);
    await page.close();
  });
});
