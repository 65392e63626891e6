import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideAppRouting } from '../app.config';
import type { DepartmentListDto } from '../core/api/api';

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
      office: { lat: 9.59, lng: 105.98 },
      address: null,
      contacts: [],
    },
    {
      id: 'd3',
      code: 'XA-TD',
      kind: 'commune',
      name: { vi: 'Ủy ban nhân dân xã Trần Đề', en: 'Tran De Commune People’s Committee' },
      office: null,
      address: null,
      contacts: [],
    },
  ],
};

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

  async function open(url: string) {
    await harness.navigateByUrl(url);
    return http.expectOne({ method: 'GET', url: '/api/v1/departments' });
  }

  it('shows the portal name, a loading status, then the Vietnamese department list', async () => {
    const req = await open('/vi');
    expect(el().querySelector('h1')?.textContent).toContain(
      'Cổng Xúc tiến Đầu tư tỉnh Sóc Trăng',
    );
    expect(el().querySelector('[role="status"]')?.textContent).toContain(
      'Đang tải danh sách đơn vị',
    );

    req.flush(departments);
    await harness.fixture.whenStable();

    expect(el().querySelector('#departments-heading')?.textContent).toBe(
      'Đơn vị cung cấp thông tin',
    );
    const items = el().querySelectorAll('ul.department-list > li');
    expect(items).toHaveLength(3);
    expect(items[1].textContent).toContain('Ban Quản lý các khu công nghiệp');
    expect(el().textContent).not.toContain('chưa có bản tiếng Anh');
    expect(el().querySelector('[lang="vi"]')).toBeNull();
  });

  it('in English shows the Vietnamese name, marked and tagged lang="vi", when no translation exists', async () => {
    (await open('/en')).flush(departments);
    await harness.fixture.whenStable();

    expect(el().querySelector('h1')?.textContent).toContain(
      'Soc Trang Investment Promotion Portal',
    );
    expect(el().querySelector('#departments-heading')?.textContent).toBe('Contributing units');
    const items = el().querySelectorAll('ul.department-list > li');
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain('Department of Science and Technology');
    expect(items[0].textContent).not.toContain('not yet translated');

    const fallback = items[1].querySelector('[lang="vi"]');
    expect(fallback?.textContent?.trim()).toBe('Ban Quản lý các khu công nghiệp');
    expect(items[1].textContent).toContain('(not yet translated)');
    expect(items[1].textContent).toContain('Industrial zone management board');
  });

  it('puts one map marker per department that has an office', async () => {
    (await open('/vi')).flush(departments);
    await harness.fixture.whenStable();

    const map = el().querySelector('.invest-map')!;
    expect(map.getAttribute('role')).toBe('region');
    expect(map.getAttribute('aria-label')).toBe('Bản đồ trụ sở các đơn vị');
    const markers = map.querySelectorAll<HTMLImageElement>('.leaflet-marker-icon');
    expect(markers).toHaveLength(2);
    expect(markers[0].getAttribute('alt')).toBe('Vị trí: Sở Khoa học và Công nghệ');
    expect(markers[0].getAttribute('title')).toBe('Sở Khoa học và Công nghệ');
    expect(markers[0].getAttribute('src')).toMatch(/marker-icon.*\.png$/);
  });

  it('switching language re-renders in place without fetching again', async () => {
    (await open('/vi?q=1')).flush(departments);
    await harness.fixture.whenStable();
    expect(el().querySelector('.leaflet-control-zoom-in')?.getAttribute('title')).toBe('Phóng to');

    el().querySelector<HTMLAnchorElement>('a.lang-switch')!.click();
    await harness.fixture.whenStable();

    expect(el().querySelector('#departments-heading')?.textContent).toBe('Contributing units');
    expect(el().querySelector('ul.department-list > li')?.textContent).toContain(
      'Department of Science and Technology',
    );
    const marker = el().querySelector('.invest-map .leaflet-marker-icon');
    expect(marker?.getAttribute('alt')).toBe('Location: Department of Science and Technology');
    expect(el().querySelector('.leaflet-control-zoom-in')?.getAttribute('title')).toBe('Zoom in');
    expect(el().querySelectorAll('.leaflet-control-zoom')).toHaveLength(1);
  });

  it('shows an alert and retries when loading fails', async () => {
    (await open('/en')).flush(null, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();

    const alert = el().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Could not load the contributing units');
    expect(el().querySelector('ul.department-list')).toBeNull();

    alert.querySelector('button')!.click();
    await harness.fixture.whenStable();
    http.expectOne('/api/v1/departments').flush({ items: [] });
    await harness.fixture.whenStable();
    expect(el().querySelector('[role="status"]')?.textContent).toContain(
      'No contributing units yet.',
    );
  });
});
