import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideAppRouting } from '../app.config';
import type { Schemas } from '../core/api/api';

type Result = Schemas['SiteSearchResultDto'];

function result(degraded = false): Result {
  const facets = {} as Result['projects']['facets'];
  return {
    projects: {
      q: 'gió',
      lang: 'en',
      total: 7,
      page: 1,
      pageSize: 10,
      facets,
      degraded,
      hits: [
        {
          slug: 'dien-gio-vinh-chau',
          code: 'P1',
          status: 'published',
          title: 'Vinh Chau wind farm',
          summary: 'Wind power.',
          titleHighlighted: 'Vinh Chau <mark>wind</mark> farm',
          snippet: '',
          sectors: ['Energy'],
          unit: 'Vinh Chau',
          department: 'DPI',
          lat: 9.3,
          lng: 106,
          capitalVnd: null,
          areaHa: null,
          distanceM: null,
          translated: true,
        },
      ],
    },
    policies: { q: 'gió', lang: 'en', total: 0, page: 1, pageSize: 10, facets: {} as Result['policies']['facets'], degraded: false, hits: [] },
    news: {
      q: 'gió',
      lang: 'en',
      total: 1,
      degraded: false,
      hits: [
        {
          id: '6f1c8a52-5b0e-4a57-9d43-0c8a4b3f2e11',
          title: 'Thúc đẩy điện gió',
          titleHighlighted: 'Thúc đẩy điện <mark>gió</mark>',
          snippet: 'Các dự án điện <mark>gió</mark> &lt;ven biển&gt;',
          link: 'https://www.soctrang.gov.vn/tin-tuc/dien-gio',
          source: 'Cổng TTĐT tỉnh',
          imageUrl: null,
          language: 'vi',
          publishedAt: '2026-11-20T03:00:00Z',
        },
      ],
    },
  };
}

describe('SiteSearch', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const el = () => harness.routeNativeElement!;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideAppRouting(), provideHttpClient(), provideHttpClientTesting()] });
    harness = await RouterTestingHarness.create();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => document.head.querySelector('meta[name="robots"]')?.remove());

  async function answer(body: Result): Promise<void> {
    await new Promise((r) => setTimeout(r, 10));
    const [req] = http.match((r) => r.url === '/api/v1/search');
    req.flush(body);
    http.match(() => true).forEach((r) => r.flush(null, { status: 500, statusText: 'Error' }));
    await harness.fixture.whenStable();
  }

  it('shows only the form without a query, and asks nothing', async () => {
    await harness.navigateByUrl('/en/search');
    await new Promise((r) => setTimeout(r, 10));
    expect(http.match((r) => r.url === '/api/v1/search')).toEqual([]);
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Search');
    expect(el().querySelector('label[for="site-q"]')).not.toBeNull();
    expect(el().querySelector('[data-group]')).toBeNull();
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('lists the three groups with counts, highlights, in-app and external links', async () => {
    await harness.navigateByUrl('/en/search?q=gi%C3%B3');
    await answer(result());
    expect(TestBed.inject(Router).url).toBe('/en/search?q=gi%C3%B3');
    expect(el().querySelector<HTMLInputElement>('#site-q')?.value).toBe('gió');
    expect(el().querySelector('[data-summary]')?.textContent).toContain('Results for “gió”: 7 calls for investment, 0 policies, 1 news items.');

    const projects = el().querySelector('[data-group="projects"]')!;
    expect(projects.querySelector('h2')?.textContent).toContain('(7)');
    expect(projects.querySelector('h3 a')?.getAttribute('href')).toBe('/en/projects/dien-gio-vinh-chau');
    expect(projects.querySelector('h3 mark')?.textContent).toBe('wind');
    expect(projects.querySelector('[data-all="projects"]')?.getAttribute('href')).toBe('/en/projects?q=gi%C3%B3');

    const policies = el().querySelector('[data-group="policies"]')!;
    expect(policies.textContent).toContain('No matching policies.');
    expect(policies.querySelector('[data-all]')).toBeNull();

    const news = el().querySelector('[data-group="news"]')!;
    const link = news.querySelector<HTMLAnchorElement>('a[data-news-link]')!;
    expect(link.getAttribute('href')).toBe('https://www.soctrang.gov.vn/tin-tuc/dien-gio');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.querySelector('[data-title]')?.getAttribute('lang')).toBe('vi');
    expect(link.textContent).toContain('(on the provincial portal)');
    // Escaped text stays text: no element is created from the API's markup.
    expect(news.querySelector('.hit__text')?.textContent).toBe('Các dự án điện gió <ven biển>');
    expect(news.querySelector('.hit__text ven')).toBeNull();
    expect(el().querySelector('[data-degraded]')).toBeNull();
  });

  it('says when the search runs degraded, and when nothing matches', async () => {
    await harness.navigateByUrl('/vi/search?q=abc');
    const degraded = result(true);
    await answer(degraded);
    expect(el().querySelector('[data-degraded]')?.textContent).toContain('chế độ rút gọn');

    await harness.navigateByUrl('/vi/search?q=khongco');
    const none = result();
    none.projects = { ...none.projects, hits: [], total: 0 };
    none.news = { ...none.news, hits: [], total: 0 };
    await answer(none);
    expect(el().querySelector('[data-empty]')?.textContent).toContain('Không tìm thấy kết quả nào cho “khongco”');
    expect(el().querySelector('[data-group]')).toBeNull();
  });

  it('a search is a navigation: the query goes into the URL', async () => {
    await harness.navigateByUrl('/vi/search');
    const input = el().querySelector<HTMLInputElement>('#site-q')!;
    input.value = '  điện gió ';
    input.dispatchEvent(new Event('input'));
    el().querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(TestBed.inject(Router).url).toBe('/vi/search?q=%C4%91i%E1%BB%87n%20gi%C3%B3');
    const [req] = http.match((r) => r.url === '/api/v1/search');
    expect(req.request.params.get('q')).toBe('điện gió');
    expect(req.request.params.get('lang')).toBe('vi');
  });
});
