import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideAppRouting } from '../app.config';
import type { DepartmentListDto, Schemas } from '../core/api/api';

const departments: DepartmentListDto = {
  items: [
    {
      id: 'd1',
      code: 'SKHCN',
      kind: 'department',
      name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
      office: { lat: 9.6025, lng: 105.9739 },
      address: null,
      contacts: [],
    },
    {
      id: 'd2',
      code: 'BQLKCN',
      kind: 'industrial_zone_board',
      name: { vi: 'Ban Quản lý các khu công nghiệp', en: null },
      office: null,
      address: null,
      contacts: [],
    },
  ],
};

const stats: Schemas['PublicStatsDto'] = {
  openProjects: 34,
  publicProjects: 36,
  capital: { vnd: '60440000000000', usd: 2379527559, vndPerUsd: 25400, rateDate: '2026-11-02' },
  sectors: 12,
  policies: 13,
  departments: 8,
};

function card(slug: string, title: string, untranslated: string[] = []): Schemas['PublicProjectCardDto'] {
  return {
    slug,
    code: slug.toUpperCase(),
    lang: 'vi',
    status: 'published',
    title,
    summary: `Tóm tắt ${title}`,
    sectors: [{ code: 'wind-power', name: 'Điện gió' }],
    unit: { code: 'xa-tran-de', name: 'xã Trần Đề' },
    department: { code: 'SCT', name: 'Sở Công Thương' },
    location: { lat: 9.5, lng: 106.1 },
    areaHa: 140,
    capital: { vnd: '1900000000000', usd: 74803149, vndPerUsd: 25400, rateDate: '2026-11-02' },
    lastVerifiedAt: null,
    publishedAt: null,
    untranslated,
    featured: false,
  } as Schemas['PublicProjectCardDto'];
}

describe('Home', () => {
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

  afterEach(() => http.verify());

  const req = (path: string, test?: (r: TestRequest) => boolean): TestRequest[] =>
    http.match((r) => r.url === path).filter((r) => !test || test(r));

  async function open(url: string, fail: string[] = []) {
    await harness.navigateByUrl(url);
    const respond = (r: TestRequest, body: object) =>
      fail.includes(r.request.url) ? r.flush(null, { status: 500, statusText: 'Error' }) : r.flush(body);
    for (const r of req('/api/v1/stats')) respond(r, stats);
    for (const r of req('/api/v1/projects')) {
      const featured = r.request.params.get('featured') === 'true';
      respond(r, {
        page: 1,
        pageSize: 6,
        total: 2,
        items: featured
          ? [card('cang-tran-de', 'Cảng nước sâu Trần Đề')]
          : [card('kcn-tran-de', 'Khu công nghiệp Trần Đề', ['title']), card('cang-tran-de', 'Cảng nước sâu Trần Đề')],
      });
    }
    for (const r of req('/api/v1/search/projects')) {
      respond(r, {
        q: '', lang: 'vi', hits: [], total: 36, page: 1, pageSize: 1, degraded: false,
        facets: {
          sector: [
            { code: 'tourism', label: 'Du lịch', count: 6 },
            { code: 'agriculture', label: 'Nông nghiệp', count: 9 },
          ],
          unit: [], department: [], form: [], land: [], capital: [], area: [], status: [],
        },
      });
    }
    for (const r of req('/api/v1/search/projects/map')) {
      respond(r, {
        points: [
          { slug: 'a', title: 'Dự án A', lat: 9.5, lng: 106.1 },
          { slug: 'b', title: 'Dự án B', lat: 9.6, lng: 105.9 },
        ],
        total: 2,
        degraded: false,
      });
    }
    for (const r of req('/api/v1/policies')) {
      respond(r, { page: 1, pageSize: 4, total: 0, items: [] });
    }
    for (const r of req('/api/v1/departments')) respond(r, departments);
    await harness.fixture.whenStable();
  }

  it('shows the portal name, headline figures, featured and newest projects, sectors and units in Vietnamese', async () => {
    await open('/vi');
    expect(el().querySelector('h1')?.textContent).toContain('Cổng Xúc tiến Đầu tư tỉnh Sóc Trăng');

    const figures = [...el().querySelectorAll('.figure')].map((f) =>
      [...f.children].map((c) => c.textContent?.trim()).join(' '),
    );
    expect(figures).toEqual([
      'Dự án đang kêu gọi đầu tư 34',
      'Tổng vốn kêu gọi 60.440 tỷ đồng khoảng 2,38 tỷ USD',
      'Lĩnh vực 12',
      'Chính sách ưu đãi 13',
    ]);

    const featured = el().querySelectorAll('.featured app-project-card');
    expect(featured).toHaveLength(1);
    expect(featured[0].querySelector('a')?.getAttribute('href')).toBe('/vi/projects/cang-tran-de');
    expect(featured[0].textContent).toContain('1.900 tỷ đồng');
    expect(featured[0].textContent).toContain('140 ha');
    expect(el().querySelectorAll('.newest app-project-card')).toHaveLength(2);
    // Untranslated titles are only marked in English.
    expect(el().querySelector('.newest [lang="vi"]')).toBeNull();

    // Sectors, most projects first, each linking to the filtered search.
    const sectors = el().querySelectorAll<HTMLAnchorElement>('.sector-list a');
    expect(sectors[0].textContent).toContain('Nông nghiệp');
    expect(sectors[0].textContent).toContain('9 dự án');
    expect(sectors[0].getAttribute('href')).toBe('/vi/projects?sector=agriculture');

    expect(el().textContent).toContain('Chưa có chính sách nào.');
    expect(el().querySelectorAll('ul.department-list > li')).toHaveLength(2);
  });

  it('in English marks Vietnamese-only texts with lang="vi"', async () => {
    await open('/en');
    expect(el().querySelector('.figure[data-figure="capital"]')?.textContent).toContain('VND 60,440 billion');
    expect(el().querySelector('.figure[data-figure="capital"]')?.textContent).toContain('about US$2.38 billion');
    const first = el().querySelectorAll('.newest app-project-card')[0];
    expect(first.querySelector('a[lang="vi"]')?.textContent?.trim()).toBe('Khu công nghiệp Trần Đề');
    expect(first.textContent).toContain('(not yet translated)');
    const unit = el().querySelectorAll('ul.department-list > li')[1];
    expect(unit.querySelector('[lang="vi"]')?.textContent?.trim()).toBe('Ban Quản lý các khu công nghiệp');
  });

  it('puts every project point on the map, with links in the popups', async () => {
    await open('/vi');
    const map = el().querySelector('.invest-map')!;
    expect(map.getAttribute('aria-label')).toBe('Bản đồ dự án kêu gọi đầu tư');
    const markers = map.querySelectorAll<HTMLElement>('.leaflet-marker-icon');
    expect(markers).toHaveLength(2);
    expect(markers[0].getAttribute('alt')).toBe('Vị trí: Dự án A');
    markers[0].click();
    expect(map.querySelector('.leaflet-popup-content a')?.getAttribute('href')).toBe('/vi/projects/a');
  });

  it('the search box opens the project search with the query', async () => {
    await open('/vi');
    const input = el().querySelector<HTMLInputElement>('#home-q')!;
    input.value = 'khu cong nghiep';
    input.dispatchEvent(new Event('input'));
    input.form!.requestSubmit();
    // Not whenStable: the lazy search page loads and its requests stay open until flushed.
    const router = TestBed.inject(Router);
    for (let i = 0; i < 50 && router.url === '/vi'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(router.url).toBe('/vi/projects?q=khu%20cong%20nghiep');
    await new Promise((r) => setTimeout(r, 20));
    // The search page's own requests are not under test here.
    http.match(() => true).forEach((r) => r.flush(null, { status: 500, statusText: 'Error' }));
  });

  it('shows an alert per block and retries when loading fails', async () => {
    await open('/en', ['/api/v1/stats']);
    const alert = el().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('This content could not be loaded');
    expect(el().querySelector('.figures')).toBeNull();
    // The other blocks still show.
    expect(el().querySelectorAll('.featured app-project-card')).toHaveLength(1);

    alert.querySelector('button')!.click();
    await harness.fixture.whenStable();
    http.expectOne('/api/v1/stats').flush(stats);
    await harness.fixture.whenStable();
    expect(el().querySelectorAll('.figure')).toHaveLength(4);
  });
});
