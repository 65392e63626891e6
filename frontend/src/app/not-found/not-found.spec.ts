import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideAppRouting } from '../app.config';

describe('NotFound', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideAppRouting(), provideHttpClient(), provideHttpClientTesting()],
    });
    harness = await RouterTestingHarness.create();
  });

  it('shows a Vietnamese 404 heading and a link home', async () => {
    await harness.navigateByUrl('/vi/khong-co/trang-nay');
    const el = harness.routeNativeElement!;
    const h1 = el.querySelector('h1.not-found')!;
    expect(h1.textContent).toContain('404');
    expect(h1.textContent).toContain('Không tìm thấy trang');
    const home = el.querySelector<HTMLAnchorElement>('main a[href="/vi"]');
    expect(home?.textContent?.trim()).toBe('Về trang chủ');
  });

  it('shows an English 404 heading and a link home', async () => {
    await harness.navigateByUrl('/en/no/such/page');
    const el = harness.routeNativeElement!;
    expect(el.querySelector('h1.not-found')!.textContent).toContain('Page not found');
    expect(el.querySelector('main a[href="/en"]')?.textContent?.trim()).toBe(
      'Go to the home page',
    );
  });
});
