import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { doNotTrack, ViewBeacon, viewedItem } from './view-beacon';

describe('viewedItem', () => {
  it('recognises public project and policy pages in either language', () => {
    expect(viewedItem('/vi/projects/dien-gio-vinh-chau-st-2026-001')).toEqual({ kind: 'project', slug: 'dien-gio-vinh-chau-st-2026-001' });
    expect(viewedItem('/en/policies/uu-dai-thue?x=1#legal')).toEqual({ kind: 'policy', slug: 'uu-dai-thue' });
    expect(viewedItem('/en/projects/kcn-an-nghiep/')).toEqual({ kind: 'project', slug: 'kcn-an-nghiep' });
  });

  it('ignores lists, other pages, the workspace, unknown languages and slugs the API would refuse', () => {
    for (const url of [
      '/vi/projects',
      '/vi/projects?q=dien',
      '/vi/policies/',
      '/vi',
      '/vi/search?q=x',
      '/vi/contact',
      '/vi/projects/a/b',
      '/workspace/projects/3f1c',
      '/workspace/analytics',
      '/fr/projects/dien-gio',
      '/vi/projects/Dien-Gio',
      '/vi/projects/dien--gio',
      '/vi/projects/%C4%91i%E1%BB%87n',
      `/vi/projects/${'a'.repeat(121)}`,
    ]) {
      expect(viewedItem(url)).toBeNull();
    }
  });
});

describe('doNotTrack', () => {
  it('is on only when the browser says "1"', () => {
    const win = (dnt: string | null, legacy?: string) => ({ navigator: { doNotTrack: dnt }, doNotTrack: legacy }) as unknown as Window;
    expect(doNotTrack(win('1'))).toBe(true);
    expect(doNotTrack(win(null, '1'))).toBe(true);
    expect(doNotTrack(win('0'))).toBe(false);
    expect(doNotTrack(win(null))).toBe(false);
    expect(doNotTrack(null)).toBe(false);
  });
});

@Component({ template: '' })
class Blank {}

describe('ViewBeacon', () => {
  let router: Router;
  let http: HttpTestingController;

  function setUp(dnt: string | null = null): void {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: Blank }]), provideHttpClient(), provideHttpClientTesting()],
    });
    Object.defineProperty(TestBed.inject(DOCUMENT).defaultView!.navigator, 'doNotTrack', { value: dnt, configurable: true });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(ViewBeacon).start();
  }

  afterEach(() => {
    Object.defineProperty(TestBed.inject(DOCUMENT).defaultView!.navigator, 'doNotTrack', { value: null, configurable: true });
  });

  it('posts one view per navigation to an item page, and nothing for other pages', async () => {
    setUp();
    await router.navigateByUrl('/vi/projects');
    http.expectNone('/api/v1/analytics/views');

    await router.navigateByUrl('/vi/projects/dien-gio');
    const first = http.expectOne('/api/v1/analytics/views');
    expect(first.request.method).toBe('POST');
    expect(first.request.body).toEqual({ kind: 'project', slug: 'dien-gio' });
    expect(first.request.keepalive).toBe(true);
    first.flush(null, { status: 204, statusText: 'No Content' });

    // Same item with another query, fragment or language: the same view.
    await router.navigateByUrl('/vi/projects/dien-gio?tab=map');
    await router.navigateByUrl('/en/projects/dien-gio#legal');
    http.expectNone('/api/v1/analytics/views');

    await router.navigateByUrl('/en/policies/uu-dai-thue');
    expect(http.expectOne('/api/v1/analytics/views').request.body).toEqual({ kind: 'policy', slug: 'uu-dai-thue' });

    // Back to the first project after another page: a new view (the API drops repeats itself).
    await router.navigateByUrl('/en/projects/dien-gio');
    http.expectOne('/api/v1/analytics/views').flush(null, { status: 204, statusText: 'No Content' });

    await router.navigateByUrl('/workspace/projects/abc');
    await router.navigateByUrl('/workspace/analytics');
    http.verify();
  });

  it('ignores failures: the next page is still reported', async () => {
    setUp();
    await router.navigateByUrl('/vi/projects/khong-con');
    http.expectOne('/api/v1/analytics/views').flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    await router.navigateByUrl('/vi/projects/dien-gio');
    http.expectOne('/api/v1/analytics/views').error(new ProgressEvent('error'));
    await router.navigateByUrl('/vi/policies/uu-dai-thue');
    expect(http.expectOne('/api/v1/analytics/views').request.body).toEqual({ kind: 'policy', slug: 'uu-dai-thue' });
    http.verify();
  });

  it('sends nothing when the browser asks not to be tracked', async () => {
    setUp('1');
    await router.navigateByUrl('/vi/projects/dien-gio');
    await router.navigateByUrl('/en/policies/uu-dai-thue');
    http.expectNone('/api/v1/analytics/views');
    http.verify();
  });
});
