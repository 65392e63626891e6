import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideAppRouting } from '../app.config';
import type { Schemas } from '../core/api/api';

function project(overrides: Partial<Schemas['PublicProjectDto']> = {}): Schemas['PublicProjectDto'] {
  return {
    slug: 'kcn-tran-de',
    code: 'ST-IP-01',
    lang: 'en',
    status: 'published',
    title: 'Tran De Industrial Park',
    summary: 'Seeking an infrastructure investor.',
    sectors: [{ code: 'industrial-park', name: 'Industrial parks' }],
    unit: { code: 'xa-tran-de', name: 'Tran De Commune' },
    department: { code: 'BQLKCN', name: 'Industrial Zones Authority' },
    location: { lat: 9.5, lng: 106.1 },
    areaHa: 140,
    capital: { vnd: '1900000000000', usd: 74803149, vndPerUsd: 25400, rateDate: '2026-11-02' },
    landStatusKind: 'clearing',
    featured: false,
    lastVerifiedAt: '2026-10-01T03:00:00Z',
    publishedAt: '2026-01-15T03:00:00Z',
    untranslated: ['description', 'contact.position'],
    description: 'Khu công nghiệp ven biển.',
    landStatus: null,
    infrastructure: 'Road 91B',
    timeline: null,
    objectives: null,
    investmentForm: { code: 'direct', name: 'Direct investment' },
    unitLegacyName: 'huyện Trần Đề',
    landPlot: {
      type: 'Polygon',
      coordinates: [
        [
          [106.1, 9.5],
          [106.11, 9.5],
          [106.11, 9.51],
          [106.1, 9.5],
        ],
      ],
    },
    contact: { name: 'Lý Quốc Thịnh', position: 'Phó Trưởng ban', phone: '0299 3611 210', email: 'a@b.vn' },
    policies: [{ slug: 'luat-dau-tu-2020', title: 'Law on Investment' }],
    documents: [
      {
        id: 'd1',
        kind: 'document',
        title: 'Site plan',
        fileName: 'plan.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 1572864,
        url: '/api/v1/documents/d1',
      },
    ],
    updatedAt: '2026-10-01T03:00:00Z',
    completeness: 78,
    outdated: false,
    ...overrides,
  };
}

describe('ProjectPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const el = () => harness.routeNativeElement!;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideAppRouting(), provideHttpClient(), provideHttpClientTesting()],
    });
    harness = await RouterTestingHarness.create();
    http = TestBed.inject(HttpTestingController);
  });

  const match = (prefix: string): TestRequest[] => http.match((r) => r.url.startsWith(prefix));
  /** How the related-news request is answered: a body, or null for a server error. */
  let news: { items: unknown[] } | null = { items: [] };
  let newsRequests = 0;
  afterEach(() => {
    news = { items: [] };
    newsRequests = 0;
  });

  async function settle(): Promise<void> {
    // Settings and other app-level requests are not under test: answer them with errors.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 10));
      for (const r of match('/api/v1/policies/')) {
        r.flush({
          slug: 'luat-dau-tu-2020',
          code: 'POL-LDT-2020',
          lang: 'en',
          title: 'Law on Investment',
          summary: '',
          legalBasis: { number: '61/2020/QH14', issuer: 'National Assembly', date: '2020-06-17' },
          validFrom: '2021-01-01',
          validTo: null,
          incentiveTypes: [],
          sectors: [],
          units: [],
          department: { code: 'STC', name: 'Finance' },
          publishedAt: null,
          untranslated: [],
          body: '',
          documents: [],
          updatedAt: '2026-01-01T00:00:00Z',
        });
      }
      for (const r of match('/api/v1/search/projects')) {
        r.flush({ q: '', lang: 'en', hits: [], total: 0, page: 1, pageSize: 4, degraded: false, facets: {} });
      }
      for (const r of http.match((r) => r.url.endsWith('/incentives'))) r.flush({ lang: 'en', today: '2026-11-26', items: [] });
      for (const r of http.match((r) => r.url.endsWith('/news'))) {
        newsRequests++;
        if (news) r.flush(news);
        else r.flush(null, { status: 500, statusText: 'Error' });
      }
      http.match((r) => !r.url.startsWith('/api/v1/projects/')).forEach((r) =>
        r.flush(null, { status: 500, statusText: 'Error' }),
      );
      await harness.fixture.whenStable();
    }
  }

  it('shows the facts, marks Vietnamese-only fields and links policies with their legal basis', async () => {
    await harness.navigateByUrl('/en/projects/kcn-tran-de');
    const [req] = match('/api/v1/projects/kcn-tran-de');
    expect(req.request.params.get('lang')).toBe('en');
    req.flush(project());
    await settle();

    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Tran De Industrial Park');
    expect(el().querySelector('h1')?.getAttribute('lang')).toBeNull();
    expect(el().textContent).toContain('Not yet translated — Vietnamese below');
    expect(el().querySelector('[data-field="description"] p')?.getAttribute('lang')).toBe('vi');
    expect(el().querySelector('[data-field="infrastructure"] p')?.getAttribute('lang')).toBeNull();

    const facts = el().querySelector('.facts')!.textContent!;
    expect(facts).toContain('VND 1,900 billion');
    expect(facts).toContain('about US$74.8 million');
    expect(facts).toContain('Converted at VND 25,400 per US dollar on 2 November 2026');
    expect(facts).toContain('formerly huyện Trần Đề');
    expect(facts).toContain('Site clearance in progress');
    expect(facts).toContain('140 ha');

    expect(el().querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:02993611210');
    expect(el().querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:a@b.vn');
    const policy = el().querySelector('[data-policy="luat-dau-tu-2020"]')!;
    expect(policy.querySelector('a')?.getAttribute('href')).toBe('/en/policies/luat-dau-tu-2020');
    expect(policy.textContent).toContain('Legal basis: 61/2020/QH14, National Assembly, 17 June 2020');
    expect(policy.textContent).toContain('In force');
    expect(el().querySelector('app-document-list')?.textContent).toContain('(PDF, 1.5 MB)');
    expect(el().querySelector('app-inquiry-form')).not.toBeNull();
    expect(document.title).toContain('Tran De Industrial Park');
    http.verify();
  });

  it('lists related news of the provincial portal: pinned mark, Vietnamese items marked, external links', async () => {
    news = {
      items: [
        { id: 'n1', title: 'Pinned news', summary: 'Short.', link: 'https://www.soctrang.gov.vn/tin-tuc/a', source: 'Portal', imageUrl: null, language: 'en', publishedAt: '2026-11-02T20:30:00Z', pinned: true, matchedBy: [], score: 0 },
        { id: 'n2', title: 'Tin tiếng Việt', summary: '', link: 'javascript:alert(1)', source: 'Cổng TTĐT tỉnh', imageUrl: null, language: 'vi', publishedAt: '2026-11-01T01:00:00Z', pinned: false, matchedBy: ['sector'], score: 2 },
      ],
    };
    await harness.navigateByUrl('/en/projects/kcn-tran-de');
    match('/api/v1/projects/kcn-tran-de')[0].flush(project());
    await settle();

    const section = el().querySelector('[data-related-news]')!;
    expect(section.querySelector('h2')?.textContent?.trim()).toBe('Related news');
    const items = section.querySelectorAll('li');
    expect(items.length).toBe(2);
    const link = items[0].querySelector<HTMLAnchorElement>('a[data-news-link]')!;
    expect(link.getAttribute('href')).toBe('https://www.soctrang.gov.vn/tin-tuc/a');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toContain('(on the provincial portal)');
    expect(items[0].querySelector('[data-news-pinned]')?.textContent).toBe('Pinned by the editors');
    expect(items[0].querySelector('time')?.textContent).toBe('3 November 2026');
    expect(items[0].querySelector('[data-news-title]')?.getAttribute('lang')).toBeNull();
    // A Vietnamese item on the English page says so; an unsafe link is not a link.
    expect(items[1].querySelector('[data-news-title]')?.getAttribute('lang')).toBe('vi');
    expect(items[1].querySelector('a')).toBeNull();
    expect(items[1].querySelector('[data-news-pinned]')).toBeNull();
  });

  it('leaves related news out, without a message, when there is none or the request fails', async () => {
    await harness.navigateByUrl('/en/projects/kcn-tran-de');
    match('/api/v1/projects/kcn-tran-de')[0].flush(project());
    await settle();
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Tran De Industrial Park');
    expect(el().querySelector('[data-related-news]')).toBeNull();

    expect(newsRequests).toBe(1);

    news = null;
    await harness.navigateByUrl('/vi/projects/kcn-tran-de');
    await new Promise((r) => setTimeout(r, 10));
    http.match((r) => r.url === '/api/v1/projects/kcn-tran-de').forEach((r) => r.flush(project()));
    await settle();
    expect(newsRequests).toBe(2);
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Tran De Industrial Park');
    expect(el().querySelector('[data-related-news]')).toBeNull();
    // The project page itself shows no error (the inquiry form's own alert is not under test here).
    expect([...el().querySelectorAll('[role="alert"]')].filter((a) => !a.closest('app-inquiry-form'))).toEqual([]);
  });

  it('says so when the project does not exist', async () => {
    await harness.navigateByUrl('/vi/projects/khong-co');
    match('/api/v1/projects/khong-co')[0].flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Không tìm thấy dự án');
    expect(el().querySelector('.not-found a')?.getAttribute('href')).toBe('/vi/projects');
    expect(document.title).toContain('Không tìm thấy dự án');
  });

  it('offers a retry for other errors', async () => {
    await harness.navigateByUrl('/en/projects/kcn-tran-de');
    match('/api/v1/projects/kcn-tran-de')[0].flush(null, { status: 503, statusText: 'Unavailable' });
    await settle();
    const alert = el().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('could not be loaded');
    alert.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 10));
    match('/api/v1/projects/kcn-tran-de')[0].flush(project({ untranslated: [] }));
    await settle();
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Tran De Industrial Park');
    expect(el().textContent).not.toContain('Not yet translated');
  });
});
