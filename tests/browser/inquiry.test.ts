import type { Page, Request } from 'playwright-core';
import { DEMO_PROJECTS } from '@invest-portal/backend/database/seed/demo-data.js';
import { axeViolations, horizontalOverflow, startBrowserStack, type BrowserStack } from './browser.js';

// The inquiry form (contact page and project page), the confirmation, the private tracking page
// and the rating, on the real stack with demo data.

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack();
});

afterAll(async () => {
  await browser?.stop();
});

const project = DEMO_PROJECTS.find((p) => p.status === 'published' && p.title.en)!;
const MESSAGE = 'Xin chào,\nChúng tôi muốn biết điều kiện thuê đất tại khu công nghiệp An Nghiệp.';

async function openForm(url: string, width = 1280): Promise<Page> {
  const page = await browser.open(url, width);
  await page.locator('#inq-name').waitFor();
  return page;
}

/** POSTs to the inquiries endpoint made by the page from now on. */
function inquiryPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/v1/inquiries')) posts.push(r);
  });
  return posts;
}

async function activeId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
}

async function fillValid(page: Page, values: { name: string; email: string; lang?: 'vi' | 'en' }): Promise<void> {
  await page.fill('#inq-name', values.name);
  await page.fill('#inq-organisation', 'Hanbit Logistics Co., Ltd.');
  await page.selectOption('#inq-country', 'KR');
  await page.fill('#inq-email', values.email);
  await page.fill('#inq-phone', '+82 2 1234 5678');
  if (values.lang) await page.check(`#inq-preferredLang-${values.lang}`);
  await page.fill('#inq-message', MESSAGE);
  await page.check('#inq-consent');
}

async function submit(page: Page): Promise<void> {
  await page.click('form button[type=submit]');
}

function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return browser.stack.db.query(text, params);
}

describe('contact page', () => {
  it('introduces the intake office; consent unticked; Vietnam first; answer language = page language', async () => {
    const page = await openForm('/vi/contact');
    expect(await page.locator('main h1').innerText()).toBe('Liên hệ');
    expect(await page.locator('.office').innerText()).toContain('Trung tâm Xúc tiến Đầu tư');
    expect(await page.isChecked('#inq-consent')).toBe(false);
    expect(await page.isChecked('#inq-preferredLang-vi')).toBe(true);
    expect(await page.locator('#inq-consent-text').innerText()).toContain('Tôi đồng ý để cơ quan nhà nước');
    const countries = await page.locator('#inq-country option').allInnerTexts();
    expect(countries.slice(0, 2)).toEqual(['Chọn quốc gia', 'Việt Nam']);
    expect(countries).toContain('Hàn Quốc');
    expect(await page.getAttribute('#inq-name', 'autocomplete')).toBe('name');
    expect(await page.getAttribute('#inq-organisation', 'autocomplete')).toBe('organization');
    expect(await page.getAttribute('#inq-country', 'autocomplete')).toBe('country');
    expect(await page.getAttribute('#inq-email', 'autocomplete')).toBe('email');
    expect(await page.getAttribute('#inq-phone', 'autocomplete')).toBe('tel');
    expect(await page.locator('label[for=inq-name]').innerText()).toContain('(bắt buộc)');
    expect(await page.title()).toMatch(/^Liên hệ \|/);
    expect(await page.getAttribute('meta[name=description]', 'content')).toMatch(/^Gửi câu hỏi về cơ hội/);
    await page.close();
  });

  it('the honeypot is hidden from assistive tech and never reached with Tab', async () => {
    const page = await openForm('/vi/contact');
    const honeypot = page.locator('#inq-website');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    expect(await page.locator('.hp').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.hp').evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    await page.focus('#inq-consent');
    const visited: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      visited.push(await activeId(page));
    }
    expect(visited).not.toContain('inq-website');
    // From the consent box, Tab goes straight to the submit button.
    await page.focus('#inq-consent');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLButtonElement).type)).toBe('submit');
    await page.close();
  });

  it('an empty submit sends nothing and shows a focused summary with links, inline errors and aria-invalid', async () => {
    const page = await openForm('/vi/contact');
    const posts = inquiryPosts(page);
    await submit(page);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await summary.locator('h2').innerText()).toBe('Có thông tin cần sửa');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.locator('a').allInnerTexts()).toEqual([
      'Nhập họ và tên',
      'Chọn quốc gia của bạn',
      'Nhập địa chỉ thư điện tử',
      'Nhập nội dung yêu cầu',
      'Đánh dấu vào ô để đồng ý với thông báo về xử lý dữ liệu cá nhân',
    ]);
    expect(await summary.locator('a').first().getAttribute('href')).toBe('/vi/contact#inq-name');
    for (const id of ['inq-name', 'inq-country', 'inq-email', 'inq-message', 'inq-consent']) {
      expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
      expect(await page.getAttribute(`#${id}`, 'aria-describedby')).toContain(`${id}-error`);
      // "Lỗi:" is for screen readers (visually hidden), the message follows.
      expect((await page.locator(`#${id}-error`).textContent())!.replace(/\s+/g, ' ').trim()).toMatch(/^Lỗi: \S/);
    }
    expect((await page.locator('#inq-name-error').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Lỗi: Nhập họ và tên');
    expect(await page.getAttribute('#inq-phone', 'aria-invalid')).toBeNull();
    expect(await page.getAttribute('#inq-email', 'aria-describedby')).toBe('inq-email-hint inq-email-error');

    await summary.locator('a', { hasText: 'thư điện tử' }).click();
    expect(await activeId(page)).toBe('inq-email');
    expect(page.url()).toBe(`${browser.stack.url}/vi/contact`);
    expect(posts).toHaveLength(0);
    await page.close();
  });

  it('refusals from the server show as inline errors (email the API rejects)', async () => {
    const page = await openForm('/en/contact');
    const posts = inquiryPosts(page);
    await fillValid(page, { name: 'Tan Wei Ming', email: 'weiming@example.c' });
    await submit(page);
    await page.locator('.error-summary').waitFor();
    expect(posts).toHaveLength(1);
    expect(await page.locator('.error-summary a').allInnerTexts()).toEqual([
      'Enter an email address in the correct format, like name@example.com',
    ]);
    expect(await page.getAttribute('#inq-email', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#inq-name', 'aria-invalid')).toBeNull();
    expect(await page.inputValue('#inq-message')).toBe(MESSAGE);
    await page.close();
  });

  it('a network failure keeps the typed text and says to retry', async () => {
    const page = await openForm('/en/contact');
    await fillValid(page, { name: 'Tan Wei Ming', email: 'weiming@example.sg' });
    await page.route('**/api/v1/inquiries', (route) => route.abort('connectionfailed'));
    await submit(page);
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').innerText()).toContain('the connection failed');
    expect(await page.inputValue('#inq-name')).toBe('Tan Wei Ming');
    expect(await page.inputValue('#inq-message')).toBe(MESSAGE);
    expect(await page.locator('form button[type=submit]').isEnabled()).toBe(true);
    await page.close();
  });

  it('the message counter is announced politely once typing pauses', async () => {
    const page = await openForm('/vi/contact');
    await page.fill('#inq-message', 'Xin chào');
    expect(await page.locator('.count').innerText()).toBe('Bạn còn 4.992 ký tự');
    expect(await page.locator('.count').getAttribute('aria-hidden')).toBe('true');
    const live = page.locator('[data-count-live]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => document.querySelector('[data-count-live]')?.textContent?.trim() === 'Bạn còn 4.992 ký tự');
    await page.close();
  });

  it('while sending the button is disabled and says so; an outdated privacy notice (409) is shown again to agree to', async () => {
    const page = await openForm('/en/contact');
    // Form loads carry an old notice version until the inquiry is sent, as if the notice changed
    // while the visitor was reading (the contact page and the form both load it).
    let stale = true;
    await page.route('**/api/v1/inquiries/form', async (route) => {
      if (!stale) return route.continue();
      const response = await route.fetch();
      const body = await response.json();
      await route.fulfill({ response, json: { ...body, consentVersion: '2020-01-v0', consentText: { vi: 'Cũ', en: 'Old notice' } } });
    });
    await page.reload();
    await page.locator('#inq-consent-text', { hasText: 'Old notice' }).waitFor();
    await fillValid(page, { name: 'Tan Wei Ming', email: 'weiming@example.sg' });
    await page.route('**/api/v1/inquiries', async (route) => {
      stale = false;
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await submit(page);
    const button = page.locator('form button[type=submit]');
    expect(await button.innerText()).toBe('Sending…');
    expect(await button.isDisabled()).toBe(true);

    await page.locator('#inq-consent-error').waitFor();
    expect(await page.locator('#inq-consent-error').innerText()).toContain('The privacy notice has just been updated');
    await page.locator('#inq-consent-text', { hasText: 'I agree that the provincial authorities' }).waitFor();
    expect(await page.isChecked('#inq-consent')).toBe(false);
    expect(await page.inputValue('#inq-message')).toBe(MESSAGE);
    await page.check('#inq-consent');
    await submit(page);
    await page.locator('.done').waitFor();
    const reference = await page.locator('[data-reference]').innerText();
    const [row] = await sql<{ consent_version: string }>('SELECT consent_version FROM inquiries WHERE reference = $1', [reference]);
    expect(row?.consent_version).not.toBe('2020-01-v0');
    expect(row?.consent_version).toMatch(/^\d{4}-\d{2}-v\d+$/);
    await page.close();
  });
});

describe('send, track, answer, rate', () => {
  let reference = '';
  let trackingUrl = '';

  it('a valid inquiry from the contact page shows the confirmation with reference and private link', async () => {
    const page = await openForm('/vi/contact');
    await fillValid(page, { name: 'Park Ji-woo', email: 'jiwoo.park@example.kr', lang: 'en' });
    await submit(page);
    const done = page.locator('.done');
    await done.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('done'));
    reference = await done.locator('[data-reference]').innerText();
    expect(reference).toMatch(/^YC-\d{4}-\d{6}$/);
    trackingUrl = (await done.locator('[data-tracking-link]').getAttribute('href'))!;
    // The link is in the language chosen for answers, not the page language.
    expect(trackingUrl).toMatch(new RegExp(`^${browser.stack.url}/en/inquiries/track/[^/]+$`));
    expect(await done.locator('[data-tracking-link]').innerText()).toBe(trackingUrl);
    expect(await done.innerText()).toContain('GMT+7');
    expect(await done.innerText()).toContain('bất kỳ ai có đường dẫn đều đọc được');
    expect(await page.locator('form').count()).toBe(0);

    const [row] = await sql<{ status: string; country: string; preferred_lang: string; name: string; message: string; project_id: string | null }>(
      'SELECT status, country, preferred_lang, name, message, project_id FROM inquiries WHERE reference = $1',
      [reference],
    );
    expect(row).toEqual({ status: 'new', country: 'KR', preferred_lang: 'en', name: 'Park Ji-woo', message: MESSAGE, project_id: null });

    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the tracking page shows it as received, with the message and no rating form; it is noindex and no-referrer', async () => {
    const page = await browser.open(trackingUrl.slice(browser.stack.url.length));
    await page.locator('[data-message]').waitFor();
    expect(await page.locator('main h1').innerText()).toBe(`Inquiry ${reference}`);
    expect(await page.locator('[aria-current="step"]').innerText()).toBe('Received');
    expect(await page.locator('.steps li').count()).toBe(4);
    expect(await page.locator('[data-message]').innerText()).toBe(MESSAGE);
    expect(await page.locator('[data-message]').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
    expect(await page.locator('[data-subject]').innerText()).toBe('General inquiry');
    expect(await page.locator('[data-no-reply]').innerText()).toMatch(/^No answer yet\. It is due by .*GMT\+7\.$/);
    expect(await page.locator('#rating-score-1').count()).toBe(0);
    expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
    expect(await page.getAttribute('meta[name=referrer]', 'content')).toBe('no-referrer');

    // Leaving the page (in-app navigation) removes both tags.
    await page.locator('header a[href="/en/contact"]').first().click();
    await page.locator('#inq-name').waitFor();
    expect(await page.locator('meta[name=robots]').count()).toBe(0);
    expect(await page.locator('meta[name=referrer]').count()).toBe(0);
    await page.close();
  });

  it.each([1280, 360])('the tracking page at %ipx has no axe violations and no horizontal scrolling', async (width) => {
    const page = await browser.open(trackingUrl.slice(browser.stack.url.length), width);
    await page.locator('[data-message]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('once answered, the reply shows and the answer can be rated once', async () => {
    const [inquiry] = await sql<{ id: string }>('SELECT id FROM inquiries WHERE reference = $1', [reference]);
    await sql(`UPDATE inquiries SET status = 'answered', updated_at = now() WHERE id = $1`, [inquiry!.id]);
    const reply = 'Dear Mr Park,\nThe land lease in An Nghiep industrial park runs until 2058.';
    await sql('INSERT INTO inquiry_replies (inquiry_id, body) VALUES ($1, $2)', [inquiry!.id, reply]);

    const page = await browser.open(trackingUrl.slice(browser.stack.url.length));
    await page.locator('[data-reply]').waitFor();
    expect(await page.locator('[data-reply]').innerText()).toBe(reply);
    expect(await page.locator('[data-reply]').getAttribute('lang')).toBe('en');
    expect(await page.locator('[aria-current="step"]').innerText()).toBe('Answered');
    expect(await page.locator('[data-no-reply]').count()).toBe(0);

    // Same error pattern as the inquiry form.
    await page.click('app-rating-form button[type=submit]');
    const summary = page.locator('app-rating-form .error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.locator('a').allInnerTexts()).toEqual(['Choose a rating from 1 to 5']);
    expect(await page.getAttribute('#rating-score-1', 'aria-invalid')).toBe('true');
    expect(await page.locator('fieldset:has(#rating-score-1) legend').innerText()).toContain('How useful was the answer?');
    expect(await axeViolations(page)).toEqual([]);

    await page.check('#rating-score-4');
    await page.fill('#rating-comment', 'Clear and quick.');
    await page.click('app-rating-form button[type=submit]');
    await page.locator('[data-rating]').waitFor();
    expect(await page.locator('[data-rating]').innerText()).toMatch(/^4 out of 5/);
    expect(await page.locator('app-rating-form').count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.id === 'rating-result');
    const [row] = await sql<{ rating: number; rating_comment: string }>(
      'SELECT rating, rating_comment FROM inquiries WHERE reference = $1',
      [reference],
    );
    expect(row).toEqual({ rating: 4, rating_comment: 'Clear and quick.' });

    // Rated once: after a reload the rating shows and the form does not come back.
    await page.reload();
    await page.locator('[data-rating]').waitFor();
    expect(await page.locator('app-rating-form').count()).toBe(0);
    expect(await page.locator('#rating-result').innerText()).toContain('Clear and quick.');
    await page.close();
  });

  it('an unknown token shows that the link is not valid, with a way to the contact page', async () => {
    const page = await browser.open('/vi/inquiries/track/not-a-real-token-0000000000');
    await page.locator('[data-invalid]').waitFor();
    expect(await page.locator('main h1').innerText()).toBe('Đường dẫn theo dõi không hợp lệ');
    expect(await page.locator('main a', { hasText: 'Đến trang liên hệ' }).getAttribute('href')).toBe('/vi/contact');
    expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('project page', () => {
  it(`/en/projects/${project.slug}: the form sends an inquiry about the project`, async () => {
    const page = await openForm(`/en/projects/${project.slug}`);
    expect(await page.locator('#inq-heading').innerText()).toBe('Ask about this project');
    expect(await page.isChecked('#inq-preferredLang-en')).toBe(true);
    await submit(page);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.locator('a').count()).toBe(5);
    expect(await summary.locator('a').first().getAttribute('href')).toBe(`/en/projects/${project.slug}#inq-name`);
    expect(await page.getAttribute('#inq-message', 'aria-invalid')).toBe('true');

    await fillValid(page, { name: 'Lee Seo-yeon', email: 'seoyeon@example.kr' });
    await submit(page);
    await page.locator('.done').waitFor();
    const reference = await page.locator('[data-reference]').innerText();
    const [row] = await sql<{ slug: string }>(
      'SELECT p.slug FROM inquiries i JOIN projects p ON p.id = i.project_id WHERE i.reference = $1',
      [reference],
    );
    expect(row?.slug).toBe(project.slug);

    const href = (await page.locator('[data-tracking-link]').getAttribute('href'))!;
    await page.goto(href);
    const subject = page.locator('[data-subject] a');
    await subject.waitFor();
    expect(await subject.innerText()).toBe(project.title.en);
    expect(await subject.getAttribute('href')).toBe(`/en/projects/${project.slug}`);
    await page.close();
  });
});

describe('accessibility of the contact page', () => {
  it.each([1280, 360])('at %ipx: no axe violations empty, with errors and after sending; no horizontal scrolling', async (width) => {
    const page = await openForm('/en/contact', width);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await submit(page);
    await page.locator('.error-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await fillValid(page, { name: 'Nguyen Van An', email: `an.nguyen.${width}@example.vn` });
    await submit(page);
    await page.locator('.done').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
