import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideAppRouting } from './app.config';

describe('app routes', () => {
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideAppRouting(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    harness = await RouterTestingHarness.create();
    router = TestBed.inject(Router);
  });

  it('redirects the root to /vi', async () => {
    await harness.navigateByUrl('/');
    expect(router.url).toBe('/vi');
  });

  it.each([
    ['/en-US/x?q=1#f', '/en/x?q=1#f'],
    ['/EN', '/en'],
    ['/fr/x', '/vi/fr/x'],
    ['/du-an/abc?page=2', '/vi/du-an/abc?page=2'],
    ['/vi/?q=1', '/vi?q=1'],
    ['/en/', '/en'],
  ])('sends %s to %s', async (from, to) => {
    await harness.navigateByUrl(from);
    expect(router.url).toBe(to);
  });

  it('sets <html lang> and the title in the language of the URL', async () => {
    const document = TestBed.inject(DOCUMENT);
    const title = TestBed.inject(Title);

    await harness.navigateByUrl('/en/missing');
    expect(document.documentElement.lang).toBe('en');
    expect(title.getTitle()).toBe('Page not found | Soc Trang Investment Promotion Portal');

    await harness.navigateByUrl('/vi/missing');
    expect(document.documentElement.lang).toBe('vi');
    expect(title.getTitle()).toBe(
      'Không tìm thấy trang | Cổng Xúc tiến Đầu tư tỉnh Sóc Trăng',
    );

    await harness.navigateByUrl('/en/');
    expect(title.getTitle()).toBe('Soc Trang Investment Promotion Portal');
    expect(harness.routeNativeElement?.querySelector('h1.not-found')).toBeNull();
  });
});
