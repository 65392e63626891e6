import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import type { Schemas } from '../core/api/api';
import { ProjectCompleteness } from './completeness';
import { IncentiveCheck } from './incentive-check';

@Component({ template: '' })
class Blank {}

@Component({
  imports: [ProjectCompleteness, IncentiveCheck],
  template: `
    <app-project-completeness [score]="score()" [outdated]="outdated()" [lastConfirmed]="confirmed()" />
    <app-incentive-check [slug]="slug()" />
  `,
})
class Host {
  readonly score = signal(78);
  readonly outdated = signal(false);
  readonly confirmed = signal<string | null>('2026-03-01T03:00:00Z');
  readonly slug = signal('kcn-tran-de');
}

const match = (over: Partial<Schemas['PublicIncentiveMatchDto']>): Schemas['PublicIncentiveMatchDto'] => ({
  id: '7f0c1a2e-0000-4000-8000-000000000001',
  slug: 'uu-dai-kcn',
  code: 'POL-1',
  title: 'Incentives for industrial parks',
  legalNumber: '31/2021/NĐ-CP',
  validFrom: '2021-03-26',
  validTo: '2030-12-31',
  validity: 'valid',
  matchedBy: { sectors: ['industrial-park'], units: 'province' },
  linked: false,
  ...over,
});

async function settle(): Promise<void> {
  TestBed.tick();
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
}

describe('project page quality parts', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let el: HTMLElement;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: Blank }])],
    });
    await TestBed.inject(Router).navigateByUrl(url);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    el = fixture.nativeElement;
    await settle();
  }

  afterEach(() => http.verify());

  it('shows the completeness as text and as a meter, and the calm notice only when outdated', async () => {
    await open('/en/projects/kcn-tran-de');
    http.expectOne((r) => r.url === '/api/v1/projects/kcn-tran-de/incentives').flush({ lang: 'en', today: '2026-11-26', items: [] });
    await settle();

    const box = el.querySelector('[data-completeness]')!;
    expect(box.textContent).toContain('Information completeness:');
    expect(box.querySelector('[data-completeness-value]')?.textContent).toBe('78%');
    const meter = box.querySelector('meter')!;
    expect(meter.getAttribute('value') ?? String((meter as HTMLMeterElement).value)).toBe('78');
    expect(el.querySelector(`label[for="${meter.id}"]`)).not.toBeNull();
    expect(el.querySelector('[data-outdated]')).toBeNull();

    fixture.componentInstance.outdated.set(true);
    await settle();
    const notice = el.querySelector('[data-outdated]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('This information may be out of date — last confirmed 1 March 2026');

    fixture.componentInstance.confirmed.set(null);
    await settle();
    expect(el.querySelector('[data-outdated]')?.textContent).toContain('This information may be out of date.');
  });

  it('lists the incentives that may apply with legal number and validity, in the page language', async () => {
    await open('/vi/projects/kcn-tran-de');
    const req = http.expectOne((r) => r.url === '/api/v1/projects/kcn-tran-de/incentives');
    expect(req.request.params.get('lang')).toBe('vi');
    req.flush({
      lang: 'vi',
      today: '2026-11-26',
      items: [
        match({ title: 'Ưu đãi khu công nghiệp', linked: true }),
        match({ id: 'b', slug: 'sap-co', title: 'Sắp có hiệu lực', validity: 'not-yet', validFrom: '2027-01-01', validTo: null }),
        match({ id: 'c', slug: 'het-han', title: 'Đã hết hạn', validity: 'expired', validTo: '2024-12-31' }),
      ],
    });
    await settle();

    expect(el.querySelector('[data-completeness-value]')?.textContent).toBe('78%');
    const section = el.querySelector('[data-incentives]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Chính sách ưu đãi có thể áp dụng');
    const items = [...section.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-validity'))).toEqual(['valid', 'not-yet', 'expired']);
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('/vi/policies/uu-dai-kcn');
    expect(items[0].textContent).toContain('Số hiệu: 31/2021/NĐ-CP');
    expect(items[0].querySelector('[data-incentive-validity]')?.textContent).toBe('Đang có hiệu lực');
    expect(items[0].textContent).toContain('hiệu lực đến 31/12/2030');
    expect(items[0].querySelector('[data-incentive-linked]')).not.toBeNull();
    expect(items[1].querySelector('[data-incentive-validity]')?.textContent).toBe('Chưa có hiệu lực');
    expect(items[1].textContent).toContain('có hiệu lực từ 01/01/2027');
    expect(items[1].querySelector('[data-incentive-linked]')).toBeNull();
    expect(items[2].querySelector('[data-incentive-validity]')?.textContent).toBe('Hết hiệu lực');
  });

  it('leaves the incentives out, quietly, when none match or the request fails', async () => {
    await open('/en/projects/kcn-tran-de');
    http.expectOne((r) => r.url === '/api/v1/projects/kcn-tran-de/incentives').flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el.querySelector('[data-incentives]')).toBeNull();
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(el.querySelector('[data-completeness]')).not.toBeNull();
  });
});
