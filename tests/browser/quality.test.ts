import type { Page } from 'playwright-core';
import type { components } from '../../frontend/src/app/core/api/schema.js';
import { Client, DEMO } from '../harness/session.js';
import { axeViolations, horizontalOverflow, signInAs, startBrowserStack, type BrowserStack } from './browser.js';

// Information quality (issue 8) in the browser, on the real stack with demo data: the project
// editor's quality panel (completeness and missing fields as the API counts them, freshness with
// the "still current" action a reminder mail links to, the editorial board's English
// confirmation), the incentive check with one-click linking, and on the public project page the
// completeness, the "may be out of date" notice and the incentives that may apply.

type Schemas = components['schemas'];
type Quality = Schemas['ProjectQualityDto'];
type WorkspaceProject = Schemas['ProjectDto'];
type PublicProject = Schemas['PublicProjectDto'];
type PublicIncentives = Schemas['PublicIncentiveCheckDto'];
type Incentives = Schemas['IncentiveCheckDto'];

/** The order the panel lists missing fields in (the editor's form order). */
const FIELD_ORDER = ['location', 'area', 'capital', 'landStatus', 'infrastructure', 'incentives', 'documents', 'contact', 'english'];
const FIELD_VI: Record<string, string> = {
  location: 'Vị trí',
  area: 'Diện tích',
  capital: 'Vốn đầu tư',
  landStatus: 'Tình trạng đất',
  infrastructure: 'Hạ tầng',
  incentives: 'Ưu đãi (chính sách gắn với dự án)',
  documents: 'Tài liệu',
  contact: 'Liên hệ (tên và điện thoại hoặc thư điện tử)',
  english: 'Tiếng Anh (bản dịch các nội dung)',
};

let browser: BrowserStack;
let base: string;
let officer: Client;
let editor: Client;
/** Officer A's (STC) published projects, by code. */
let stc: Map<string, WorkspaceProject>;

beforeAll(async () => {
  browser = await startBrowserStack();
  base = browser.stack.url;
  officer = new Client(base);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  editor = new Client(base);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  const list = (await officer.get('/api/v1/workspace/projects?pageSize=100')).body as { items: WorkspaceProject[] };
  stc = new Map(list.items.map((p) => [p.code, p]));
}, 120_000);

afterAll(async () => {
  await browser?.stop();
});

async function json<T>(client: Client, path: string): Promise<T> {
  const res = await client.get(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return res.body as T;
}

async function publicJson<T>(path: string): Promise<T> {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** A published project of officer A's department (never the same one twice in this file). */
const used = new Set<string>();
function stcProject(status: WorkspaceProject['status'] = 'published'): WorkspaceProject {
  const p = [...stc.values()].find((x) => x.status === status && !used.has(x.id));
  if (!p) throw new Error(`no unused ${status} STC project in the demo data`);
  used.add(p.id);
  return p;
}

async function noViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

/** `dd/mm/yyyy` of an instant in Vietnam, as the Vietnamese UI writes dates. */
function viDate(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));
}

describe('the project editor', () => {
  it('shows officer A the score and the missing fields exactly as GET …/quality counts them, each leading to its field', async () => {
    const p = stcProject();
    // Take a few facts away so several fields are missing (the demo projects lack only documents).
    await browser.stack.db.query(`UPDATE projects SET area_ha = NULL, capital_vnd = NULL, infrastructure = NULL WHERE id = $1`, [p.id]);
    const quality = await json<Quality>(officer, `/api/v1/workspace/projects/${p.id}/quality`);
    expect(quality.completeness.missing).toEqual(expect.arrayContaining(['area', 'capital', 'infrastructure']));

    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.officerA);
    await page.goto(`${base}/workspace/projects/${p.id}`);
    await page.locator('[data-quality-score]').waitFor();

    expect(await page.locator('[data-quality-score]').innerText()).toBe(`${quality.completeness.score}%`);
    expect(await page.locator('#pe-quality-meter').getAttribute('value')).toBe(String(quality.completeness.score));
    expect(await page.locator('label[for=pe-quality-meter]').innerText()).toBe('Mức đầy đủ thông tin:');
    const expected = FIELD_ORDER.filter((f) => quality.completeness.missing.includes(f as never));
    expect(expected.length).toBe(quality.completeness.missing.length);
    const rows = page.locator('[data-quality-missing] li');
    expect(await rows.evaluateAll((li) => li.map((x) => x.getAttribute('data-field')))).toEqual(expected);
    expect(await rows.allInnerTexts()).toEqual(expected.map((f) => FIELD_VI[f]));
    expect(await page.locator('#pe-quality-missing').innerText()).toBe(`Còn thiếu (${expected.length}):`);

    // A published project is read-only for its officer: the link still brings the field into view and focus to it.
    await page.locator('[data-quality-missing] li[data-field=capital] a').click();
    expect(await page.evaluate(() => !!document.activeElement?.closest('.field')?.querySelector('#pe-capitalVnd'))).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/workspace/projects/${p.id}`);

    // English parity as the API says; officers see no confirmation button.
    expect(await page.locator('[data-english]').getAttribute('data-parity')).toBe(quality.englishParity);
    expect(await page.locator('[data-english-confirm]').count()).toBe(0);

    // The incentive check lists what the API matched, in its order, with validity and link state.
    const incentives = await json<Incentives>(officer, `/api/v1/workspace/projects/${p.id}/incentives`);
    const items = page.locator('[data-incentive-check] li');
    await items.first().waitFor();
    expect(await items.evaluateAll((li) => li.map((x) => [x.getAttribute('data-incentive'), x.getAttribute('data-validity')]))).toEqual(
      incentives.items.map((i) => [i.id, i.validity]),
    );
    expect(await items.evaluateAll((li) => li.map((x) => x.getAttribute('data-link-state')))).toEqual(
      incentives.items.map((i) => (i.linked ? 'linked' : 'unlinked')),
    );
    // Not editable: no link buttons.
    expect(await page.locator('[data-incentive-link]').count()).toBe(0);

    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await noViolations(page);
    }
    await page.close();
  });

  it('opened from a reminder (?action=verify), highlights "still current"; confirming makes the project fresh again', async () => {
    const p = stcProject();
    await browser.stack.db.query(`UPDATE projects SET last_verified_at = now() - interval '100 days' WHERE id = $1`, [p.id]);
    const before = await json<Quality>(officer, `/api/v1/workspace/projects/${p.id}/quality`);
    expect(before.freshness.state).toBe('remind');

    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.officerA);
    await page.goto(`${base}/workspace/projects/${p.id}?action=verify`);
    const button = page.locator('[data-quality-verify]');
    await page.locator('[data-quality-verify][data-highlighted]').waitFor();
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-quality-verify') === true);
    expect(await button.innerText()).toBe('Xác nhận thông tin vẫn đúng');
    const box = (await button.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await page.locator('[data-freshness-state]').innerText()).toBe('Cần xác nhận lại');
    expect(await page.locator('[data-freshness-age]').innerText()).toBe(`${before.freshness.ageDays} ngày`);
    expect(await page.locator('[data-freshness-verified]').innerText()).toBe(viDate(before.freshness.lastVerifiedAt!));
    expect(await page.locator('[data-freshness-message]').innerText()).toContain(`Đã hơn ${before.freshness.remindDays} ngày chưa xác nhận`);
    expect(await button.getAttribute('aria-describedby')).toBe('pe-verify-prompt');
    await noViolations(page);

    await button.click();
    await page.locator('[data-freshness][data-state=fresh]').waitFor();
    await page.locator('[data-notice]', { hasText: 'Đã xác nhận thông tin vẫn đúng đến hôm nay.' }).waitFor();
    const after = await json<Quality>(officer, `/api/v1/workspace/projects/${p.id}/quality`);
    expect(after.freshness.state).toBe('fresh');
    expect(after.freshness.ageDays).toBe(0);
    expect(await page.locator('[data-freshness-state]').innerText()).toBe('Còn mới');
    expect(await page.locator('[data-freshness-age]').innerText()).toBe('0 ngày');
    expect(await page.locator('[data-freshness-verified]').innerText()).toBe(viDate(after.freshness.lastVerifiedAt!));
    expect(await page.locator('[data-quality-verify][data-highlighted]').count()).toBe(0);
    await page.close();
  });

  it('the editor confirms the English of a project and of a policy whose English is present', async () => {
    const p = stcProject();
    expect((await json<Quality>(editor, `/api/v1/workspace/projects/${p.id}/quality`)).englishParity).toBe('present');
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.editor);
    await page.goto(`${base}/workspace/projects/${p.id}`);
    await page.locator('[data-english][data-parity=present]').waitFor();
    expect(await page.locator('[data-english-state]').innerText()).toBe('Đã có tiếng Anh, chưa được Ban biên tập xác nhận');
    await noViolations(page);
    await page.locator('[data-english-confirm]').click();
    await page.locator('[data-english][data-parity=reviewed]').waitFor();
    expect(await page.locator('[data-english-state]').innerText()).toBe('Ban biên tập đã xác nhận bản tiếng Anh');
    expect(await page.locator('[data-english-confirm]').count()).toBe(0);
    const quality = await json<Quality>(editor, `/api/v1/workspace/projects/${p.id}/quality`);
    expect(quality.englishParity).toBe('reviewed');
    expect(quality.englishReviewedVersion).toBe(quality.version);

    // A policy the same way.
    const policies = (await json<{ items: Schemas['PolicyDto'][] }>(editor, '/api/v1/workspace/policies?pageSize=100')).items;
    const policy = policies.find((x) => x.status === 'published' && x.englishParity === 'present')!;
    expect(policy).toBeDefined();
    await page.goto(`${base}/workspace/policies/${policy.id}`);
    await page.locator('[data-english][data-parity=present]').waitFor();
    expect(await page.locator('[data-english-state]').innerText()).toBe('Đã có tiếng Anh, chưa được Ban biên tập xác nhận');
    await noViolations(page);
    await page.locator('[data-english-confirm]').click();
    await page.locator('[data-english][data-parity=reviewed]').waitFor();
    await page.locator('[data-english] [role=status]', { hasText: 'Đã xác nhận bản tiếng Anh.' }).waitFor();
    expect((await json<Schemas['PolicyDto']>(editor, `/api/v1/workspace/policies/${policy.id}`)).englishParity).toBe('reviewed');
    await page.close();
  });

  it('a stale version is not confirmed: the 409 is explained and the reload shows the latest version', async () => {
    const p = stcProject();
    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.editor);
    await page.goto(`${base}/workspace/projects/${p.id}`);
    await page.locator('[data-english][data-parity=present]').waitFor();
    // Someone confirms it is still current meanwhile: a new version.
    const verified = await officer.post(`/api/v1/workspace/projects/${p.id}/verify`);
    expect(verified.status).toBe(200);
    const newVersion = (verified.body as WorkspaceProject).version;
    expect(await page.locator('#pe-english-help').innerText()).not.toContain(`phiên bản ${newVersion} và`);
    await page.locator('[data-english-confirm]').click();
    const alert = page.locator('[data-english-error]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('nội dung đã thay đổi sau khi bạn mở trang');
    await alert.locator('button').click();
    await page.locator('[data-english-error]').waitFor({ state: 'detached' });
    // The reloaded project: the button now confirms the new version.
    await page.locator('#pe-english-help', { hasText: `phiên bản ${newVersion} và` }).waitFor();
    await page.locator('[data-english-confirm]').click();
    await page.locator('[data-english][data-parity=reviewed]').waitFor();
    expect((await json<Quality>(editor, `/api/v1/workspace/projects/${p.id}/quality`)).englishParity).toBe('reviewed');
    await page.close();
  });

  it('links a matching policy in one click through the form, then saving links it', async () => {
    const p = stcProject('submitted');
    const before = await json<Incentives>(officer, `/api/v1/workspace/projects/${p.id}/incentives`);
    const target = before.items.find((i) => !i.linked && i.validity === 'valid');
    expect(target).toBeDefined();

    const page = await browser.open('/workspace/sign-in');
    await signInAs(browser, page, DEMO.officerA);
    await page.goto(`${base}/workspace/projects/${p.id}`);
    const row = page.locator(`[data-incentive-check] li[data-incentive="${target!.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-link-state')).toBe('unlinked');
    await row.locator('[data-incentive-link]').click();
    // The view updates after the click has been handled: wait for it, then look.
    await page.locator(`[data-incentive-check] li[data-incentive="${target!.id}"][data-link-state=pending]`).waitFor();
    expect(await row.locator('[data-incentive-state]').innerText()).toBe('Đã chọn — lưu để gắn');
    expect(await row.locator('[data-incentive-link]').count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-incentive-state') === true);
    // The same control as the policy list: its checkbox is ticked.
    expect(await page.isChecked(`#pe-policy-${target!.id}`)).toBe(true);

    await page.click('[data-save]');
    await page.locator('[data-notice]', { hasText: 'Đã lưu.' }).waitFor();
    await page.locator(`[data-incentive-check] li[data-incentive="${target!.id}"][data-link-state=linked]`).waitFor();
    const after = await json<Incentives>(officer, `/api/v1/workspace/projects/${p.id}/incentives`);
    expect(after.items.find((i) => i.id === target!.id)?.linked).toBe(true);
    await page.close();
  });
});

describe('the public project page', () => {
  it('shows the completeness, the outdated notice once the project is stale, and the incentives that may apply', async () => {
    const p = stcProject();
    const slug = p.slug;
    const project = await publicJson<PublicProject>(`/api/v1/projects/${slug}?lang=vi`);
    expect(project.outdated).toBe(false);

    const page = await browser.open(`/vi/projects/${slug}`);
    await page.locator('[data-completeness-value]').waitFor();
    expect(await page.locator('[data-completeness-value]').innerText()).toBe(`${project.completeness}%`);
    expect(await page.locator('[data-completeness] meter').getAttribute('value')).toBe(String(project.completeness));
    expect(await page.locator('[data-completeness] label').innerText()).toBe('Mức đầy đủ thông tin:');
    expect(await page.locator('[data-outdated]').count()).toBe(0);

    const incentives = await publicJson<PublicIncentives>(`/api/v1/projects/${slug}/incentives?lang=vi`);
    expect(incentives.items.length).toBeGreaterThan(0);
    const items = page.locator('[data-incentives] li');
    await items.first().waitFor();
    expect(await page.locator('#incentives-heading').innerText()).toBe('Chính sách ưu đãi có thể áp dụng');
    expect(
      await items.evaluateAll((li) =>
        li.map((x) => ({
          slug: x.getAttribute('data-incentive'),
          href: x.querySelector('a')?.getAttribute('href'),
          title: x.querySelector('a')?.textContent?.trim(),
          legal: x.querySelector('[data-incentive-legal]')?.textContent?.trim(),
          validity: x.getAttribute('data-validity'),
          badge: x.querySelector('[data-incentive-validity]')?.textContent?.trim(),
        })),
      ),
    ).toEqual(
      incentives.items.map((i) => ({
        slug: i.slug,
        href: `/vi/policies/${i.slug}`,
        title: i.title,
        legal: `Số hiệu: ${i.legalNumber}`,
        validity: i.validity,
        badge: { valid: 'Đang có hiệu lực', 'not-yet': 'Chưa có hiệu lực', expired: 'Hết hiệu lực' }[i.validity],
      })),
    );

    // Not confirmed for longer than the stale threshold: the page says so, calmly, with the date.
    await browser.stack.db.query(`UPDATE projects SET last_verified_at = now() - interval '200 days' WHERE id = $1`, [p.id]);
    const stale = await publicJson<PublicProject>(`/api/v1/projects/${slug}?lang=vi`);
    expect(stale.outdated).toBe(true);
    await page.reload();
    const notice = page.locator('[data-outdated]');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.innerText()).toBe(
      `Thông tin có thể đã cũ — cập nhật lần cuối ${viDate(stale.lastVerifiedAt!)}. Vui lòng liên hệ cơ quan phụ trách để xác nhận.`,
    );
    expect(await page.locator('[data-completeness-value]').innerText()).toBe(`${stale.completeness}%`);

    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await noViolations(page);
    }
    await page.close();

    // The English page: same figures, English words.
    const en = await browser.open(`/en/projects/${slug}`);
    await en.locator('[data-outdated]').waitFor();
    expect(await en.locator('[data-outdated]').innerText()).toContain('This information may be out of date — last confirmed');
    expect(await en.locator('[data-completeness] label').innerText()).toBe('Information completeness:');
    await en.locator('[data-incentives] li').first().waitFor();
    expect(await en.locator('#incentives-heading').innerText()).toBe('Incentives that may apply');
    const enItems = await publicJson<PublicIncentives>(`/api/v1/projects/${slug}/incentives?lang=en`);
    expect(await en.locator('[data-incentives] li a').allInnerTexts()).toEqual(enItems.items.map((i) => i.title));
    await en.close();
  });
});
