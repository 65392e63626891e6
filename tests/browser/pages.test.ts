import type { Page } from 'playwright-core';
import { DEMO_POLICIES, DEMO_PROJECTS } from '@invest-portal/backend/database/seed/demo-data.js';
import { axeViolations, horizontalOverflow, searchIndexCaughtUp, startBrowserStack, type BrowserStack } from './browser.js';

// The project page, the policy list and the policy page against the real stack with demo data.
let browser: BrowserStack;

const project = DEMO_PROJECTS.find((p) => p.code === 'ST-IP-01')!;
const untranslatedProject = DEMO_PROJECTS.find((p) => p.status === 'published' && p.title.en === null)!;
const projectUrl = `/vi/projects/${project.slug}`;
const policyBySlug = new Map(DEMO_POLICIES.map((p) => [p.slug, p]));
const projectPolicies = project.policyCodes.map((code) => DEMO_POLICIES.find((p) => p.code === code)!);
const publishedPolicies = DEMO_POLICIES.filter((p) => p.status === 'published');
const lawOnInvestment = DEMO_POLICIES.find((p) => p.code === 'POL-LDT-2020')!;
const citLaw = DEMO_POLICIES.find((p) => p.code === 'POL-LTNDN-2008')!;
const DOCUMENT = { vi: 'Bản đồ quy hoạch phân khu khu công nghiệp Trần Đề', en: 'Tran De Industrial Park zoning map' };
let documentId = '';

beforeAll(async () => {
  browser = await startBrowserStack();
  // Demo data has no files: attach one straight in the database (the page only lists it).
  const [row] = await browser.stack.db.query(
    `INSERT INTO documents (owner_type, owner_id, kind, title, file_name, mime_type, size_bytes, storage_key, sha256)
     SELECT 'project', id, 'document', $2::jsonb, 'ban-do-quy-hoach.pdf', 'application/pdf', 1572864, 'project/test', repeat('0', 64)
     FROM projects WHERE slug = $1 RETURNING id`,
    [project.slug, JSON.stringify(DOCUMENT)],
  );
  documentId = row.id;
  // Related projects come from the search index, which the outbox fills a moment after start.
  await searchIndexCaughtUp(browser.stack);
}, 90_000);

afterAll(async () => {
  await browser?.stop();
});

function open(url: string, width = 1280): Promise<Page> {
  return browser.open(url, width);
}

/** The project page with everything that loads after the project itself. */
async function openProject(url: string, width = 1280): Promise<Page> {
  const page = await open(url, width);
  await page.locator('article.project h1').waitFor();
  await page.locator('.invest-map .leaflet-marker-icon').first().waitFor();
  await page.locator('.policies__legal').first().waitFor();
  return page;
}

/** Today in Vietnam, as the page computes validity. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

it('a published project shows its real facts, contact, policies with legal basis, documents and map plot', async () => {
  expect(project.landPlot).not.toBeNull();
  const page = await openProject(projectUrl);
  expect((await page.locator('h1').innerText()).trim()).toBe(project.title.vi);
  expect(await page.locator('.badge').getAttribute('data-status')).toBe('published');
  // 1 900 000 000 000 VND in billions, Vietnamese style.
  expect(project.capitalVnd).toBe('1900000000000');
  expect(await page.locator('.facts__capital').innerText()).toBe('1.900 tỷ đồng');
  expect(await page.locator('.facts').innerText()).toMatch(/Quy đổi theo tỷ giá [\d.]+ đồng\/USD ngày \d{2}\/\d{2}\/\d{4}/);

  const contact = page.locator('section.contact');
  expect(await contact.innerText()).toContain(project.contact!.name);
  const phone = project.contact!.phone!;
  expect(await contact.locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:' + phone.replace(/\s/g, ''));
  expect(await contact.locator('a[href^="mailto:"]').getAttribute('href')).toBe('mailto:' + project.contact!.email);

  const links = page.locator('[data-policy] > a');
  expect(await links.count()).toBe(projectPolicies.length);
  for (const policy of projectPolicies) {
    const item = page.locator(`[data-policy="${policy.slug}"]`);
    expect(await item.locator('a').getAttribute('href')).toBe(`/vi/policies/${policy.slug}`);
    await item.locator('.policies__legal').waitFor();
    expect(await item.locator('.policies__legal').innerText()).toContain(policy.legalBasis.number);
  }

  const doc = page.locator(`app-document-list a[href="/api/v1/documents/${documentId}"]`);
  expect(await doc.innerText()).toBe(DOCUMENT.vi);
  expect(await page.locator('app-document-list li').innerText()).toContain('(PDF, 1,5 MB)');

  expect(await page.locator('.invest-map .leaflet-marker-icon').count()).toBe(1);
  expect(await page.locator('.invest-map path.invest-map__plot').count()).toBe(1);
  expect(await page.locator('app-inquiry-form').count()).toBe(1);
  expect(await page.locator('app-share a[data-share="zalo"]').getAttribute('href')).toBe(
    'https://zalo.me/share?url=' + encodeURIComponent(browser.stack.url + projectUrl),
  );

  // Related: other published projects of the first sector, never this one.
  const sector = project.sectorCodes[0];
  const sameSector = DEMO_PROJECTS.filter(
    (p) => p.status === 'published' && p.slug !== project.slug && p.sectorCodes.includes(sector),
  ).map((p) => `/vi/projects/${p.slug}`);
  await page.locator('.related app-project-card').first().waitFor();
  const related = await page.locator('.related app-project-card h3 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(related.length).toBe(Math.min(3, sameSector.length));
  for (const href of related) expect(sameSector).toContain(href);

  // SEO from the project, not from the route.
  await page.waitForFunction((t) => document.title.startsWith(t), project.title.vi);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  // The summary, cut on a word boundary at about 160 characters.
  expect(description!.length).toBeGreaterThan(80);
  expect(project.summary.vi.startsWith(description!.replace(/…$/, ''))).toBe(true);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(browser.stack.url + projectUrl);
  await page.close();
});

it('prints without site chrome, map controls, sharing or the form', async () => {
  const page = await openProject(projectUrl);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['app-header', 'app-footer', 'app-share', 'app-inquiry-form', '.leaflet-control-container']) {
    expect(await page.locator(selector).first().isVisible()).toBe(false);
  }
  expect(await page.locator('article.project h1').isVisible()).toBe(true);
  const after = await page
    .locator(`[data-policy="${projectPolicies[0].slug}"] a`)
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(`/vi/policies/${projectPolicies[0].slug}`);
  await page.close();
});

it('the language switch on a project shows it in English; missing English is announced and marked', async () => {
  const page = await openProject(projectUrl);
  await page.locator('a.lang-switch').click();
  await page.waitForURL(new RegExp(`/en/projects/${project.slug}$`));
  await page.locator('h1', { hasText: project.title.en! }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.locator('app-untranslated-notice').count()).toBe(0);
  expect(await page.locator('[data-policy] > a').first().getAttribute('href')).toMatch(/^\/en\/policies\//);
  await page.close();

  const other = await open(`/en/projects/${untranslatedProject.slug}`);
  await other.locator('article.project h1').waitFor();
  expect(await other.locator('app-untranslated-notice').innerText()).toContain('Not yet translated — Vietnamese below');
  expect(await other.locator('article.project h1').getAttribute('lang')).toBe('vi');
  expect((await other.locator('article.project h1').innerText()).trim()).toBe(untranslatedProject.title.vi);
  expect(await other.locator('.project__summary').getAttribute('lang')).toBe('vi');
  await other.close();
});

it('an unknown project slug shows a not-found page with a way back to the search', async () => {
  const page = await open('/vi/projects/khong-co-du-an-nay');
  await page.locator('.not-found h1').waitFor();
  expect(await page.locator('.not-found h1').innerText()).toBe('Không tìm thấy dự án');
  expect(await page.locator('.not-found a').getAttribute('href')).toBe('/vi/projects');
  await page.waitForFunction(() => document.title.startsWith('Không tìm thấy dự án'));
  await page.close();
});

it('the policy list filters by incentive type and the announced count follows', async () => {
  const page = await open('/vi/policies');
  const count = page.locator('p.count[role="status"]');
  await page.locator('li.hit').first().waitFor();
  expect(await count.innerText()).toBe(`Tìm thấy ${publishedPolicies.length} chính sách`);

  const withImportDuty = publishedPolicies.filter((p) => p.incentiveTypes.includes('import_duty'));
  expect(withImportDuty.length).toBeLessThan(publishedPolicies.length);
  const box = page.locator('fieldset[data-facet="incentive"] input[data-code="import_duty"]');
  expect(await page.locator(`label[for="${await box.getAttribute('id')}"]`).innerText()).toContain(
    `Thuế nhập khẩu (${withImportDuty.length})`,
  );
  await box.check();
  await page.waitForURL(/\/vi\/policies\?incentive=import_duty$/);
  await page.locator('p.count', { hasText: `Tìm thấy ${withImportDuty.length} chính sách` }).waitFor();
  const slugs = await page.locator('li.hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
  expect(slugs.sort()).toEqual(withImportDuty.map((p) => p.slug).sort());
  const first = page.locator('li.hit').first();
  const hitPolicy = policyBySlug.get((await first.getAttribute('data-slug'))!)!;
  expect(await first.locator('.hit__legal').innerText()).toBe(hitPolicy.legalBasis.number);
  await page.close();
});

it('a policy page shows its legal basis and validity computed against today', async () => {
  const page = await open(`/vi/policies/${lawOnInvestment.slug}`);
  await page.locator('article.policy h1').waitFor();
  expect((await page.locator('article.policy h1').innerText()).trim()).toBe(lawOnInvestment.title.vi);
  const legal = await page.locator('.facts__legal dd').innerText();
  expect(legal).toBe(`Số ${lawOnInvestment.legalBasis.number}, ${lawOnInvestment.legalBasis.issuer.vi} ban hành ngày 17/06/2020`);
  expect(await page.locator('.facts__validity').innerText()).toContain('Đang có hiệu lực');
  expect(await page.locator('.facts__validity').innerText()).toContain('Từ ngày 01/01/2021');
  expect(await page.locator('.body h3').first().innerText()).toBe('Hình thức ưu đãi đầu tư (Điều 15)');
  expect(await page.locator('app-inquiry-form').count()).toBe(1);
  await page.close();

  const expired = await open(`/en/policies/${citLaw.slug}`);
  await expired.locator('article.policy h1').waitFor();
  const validity = await expired.locator('.facts__validity').innerText();
  expect(validity).toContain(today > citLaw.validTo! ? 'Expired' : 'In force');
  expect(validity).toContain('Until 30 September 2025');
  expect(await expired.locator('.facts__legal dd').innerText()).toContain(citLaw.legalBasis.number);
  await expired.close();
});

it.each([
  [projectUrl, 1280],
  [projectUrl, 360],
  [`/en/projects/${untranslatedProject.slug}`, 360],
  ['/vi/policies', 1280],
  ['/vi/policies', 360],
  [`/en/policies/${lawOnInvestment.slug}`, 1280],
  [`/vi/policies/${lawOnInvestment.slug}`, 360],
])('%s at %ipx has no axe violations and no horizontal scrolling', async (url, width) => {
  const page = url.includes('/projects/') ? await openProject(url, width) : await open(url, width);
  if (url.endsWith('/policies')) await page.locator('li.hit').first().waitFor();
  else if (url.includes('/policies/')) await page.locator('article.policy h1').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.close();
});
