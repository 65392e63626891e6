import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideAppRouting } from '../app.config';

describe('Header (inside the shell)', () => {
  let harness: RouterTestingHarness;
  const $ = <T extends Element>(selector: string) =>
    harness.routeNativeElement!.querySelector<T>(selector)!;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideAppRouting(), provideHttpClient(), provideHttpClientTesting()],
    });
    harness = await RouterTestingHarness.create();
  });

  it('renders the landmarks and the skip link targeting main', async () => {
    await harness.navigateByUrl('/vi/anything?q=1#x');

    const skip = $<HTMLAnchorElement>('a.skip-link');
    expect(skip.textContent?.trim()).toBe('Bỏ qua đến nội dung chính');
    expect(skip.getAttribute('href')).toBe('/vi/anything?q=1#main-content');
    expect($('header')).toBeTruthy();
    expect($('nav').getAttribute('aria-label')).toBe('Điều hướng chính');
    expect($('main#main-content').getAttribute('tabindex')).toBe('-1');
    expect($('footer').textContent).toContain('Ủy ban nhân dân tỉnh Sóc Trăng');
    expect($('footer').textContent).toContain('Sở Khoa học và Công nghệ');
    expect($('footer').textContent).toContain(
      'Ghi rõ nguồn khi phát hành lại thông tin từ cổng này',
    );
  });

  it('skip link moves focus to main without leaving the page', async () => {
    await harness.navigateByUrl('/vi/anything');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    $<HTMLAnchorElement>('a.skip-link').dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe($('main#main-content'));
  });

  it('language switch keeps path, query and fragment (vi → en)', async () => {
    await harness.navigateByUrl('/vi/anything?q=1#x');
    const link = $<HTMLAnchorElement>('a.lang-switch');
    expect(link.getAttribute('href')).toBe('/en/anything?q=1#x');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(link.getAttribute('lang')).toBe('en');
    expect(link.textContent?.trim()).toBe('English');
  });

  it('language switch keeps path, query and fragment (en → vi) and the header is English', async () => {
    await harness.navigateByUrl('/en/anything?q=1#x');
    const link = $<HTMLAnchorElement>('a.lang-switch');
    expect(link.getAttribute('href')).toBe('/vi/anything?q=1#x');
    expect(link.getAttribute('hreflang')).toBe('vi');
    expect(link.textContent?.trim()).toBe('Tiếng Việt');
    expect($('a.skip-link').textContent?.trim()).toBe('Skip to main content');
    expect($('footer').textContent).toContain("Soc Trang Provincial People's Committee");
    expect($('footer').textContent).toContain('Department of Science and Technology');
    expect($('footer').textContent).toContain(
      'Please cite this portal as the source when republishing its content',
    );
  });

  it('following the switch changes the language of the page', async () => {
    await harness.navigateByUrl('/vi/anything?q=1');
    $<HTMLAnchorElement>('a.lang-switch').click();
    await harness.fixture.whenStable();
    expect($('a.skip-link').textContent?.trim()).toBe('Skip to main content');
    expect($<HTMLAnchorElement>('a.lang-switch').getAttribute('href')).toBe('/vi/anything?q=1');
  });

  it('nav links to the public pages in the current language and marks the current one', async () => {
    await harness.navigateByUrl('/en');
    const links = harness.routeNativeElement!.querySelectorAll<HTMLAnchorElement>('nav a');
    expect([...links].map((a) => a.getAttribute('href'))).toEqual(['/en', '/en/projects', '/en/policies', '/en/contact']);
    expect([...links].map((a) => a.getAttribute('aria-current'))).toEqual(['page', null, null, null]);
  });

  it('links to the site search in the current language, outside the collapsible menu', async () => {
    await harness.navigateByUrl('/en/projects');
    const link = $<HTMLAnchorElement>('a[data-site-search-link]');
    expect(link.getAttribute('href')).toBe('/en/search');
    expect(link.textContent?.trim()).toBe('Search');
    expect(link.closest('#primary-nav')).toBeNull();
    expect(link.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    await harness.navigateByUrl('/vi');
    expect($<HTMLAnchorElement>('a[data-site-search-link]').getAttribute('href')).toBe('/vi/search');
    expect($<HTMLAnchorElement>('a[data-site-search-link]').textContent?.trim()).toBe('Tìm kiếm');
  });

  it('mobile menu button toggles aria-expanded and closes with Escape', async () => {
    await harness.navigateByUrl('/vi');
    const button = $<HTMLButtonElement>('button.menu-toggle');
    expect(button.getAttribute('aria-controls')).toBe('primary-nav');
    expect(button.getAttribute('aria-expanded')).toBe('false');

    button.click();
    await harness.fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect($('#primary-nav').classList).toContain('primary-nav--open');

    $('#primary-nav a').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await harness.fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});
