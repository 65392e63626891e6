import { define, type State } from './base';
import './index';
import { loadMapApi } from './map-loader';
import type { MapApi, MapOptions } from './map-types';
import { InvestProjects } from './projects';
import { CARD, POINTS, POLICY_CARD, SETTINGS } from './testing/fixtures';

const PORTAL = 'https://portal.test';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch stub: answers by URL (an object is a 200 JSON body; a number an HTTP error; an Error a network failure). */
function stubFetch(answer: (url: string) => unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      const value = await answer(url);
      if (value instanceof Error) throw value;
      if (typeof value === 'number') return { ok: false, status: value, json: async () => ({ statusCode: value }) };
      return { ok: true, status: 200, json: async () => value };
    }),
  );
  return calls;
}

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
}

function wrapper(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector('.invest') as HTMLElement;
}

function stateOf(el: Element): State | undefined {
  return wrapper(el).dataset['state'] as State | undefined;
}

/** Waits until the element has rendered something other than its loading state. */
async function settled(el: Element): Promise<State> {
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const state = stateOf(el);
    if (state && state !== 'loading') return state;
  }
  throw new Error(`<${el.localName}> still loading`);
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('widget elements', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('data-invest-embed');
    delete window.InvestPortalMap;
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  describe('<invest-projects>', () => {
    it('shows the newest calls as cards in an isolated shadow root, linked to the portal', async () => {
      const calls = stubFetch(() => ({ items: [CARD, { ...CARD, slug: 'khu-b', title: 'B', status: 'awarded', capital: null }], page: 1, pageSize: 5, total: 2 }));
      const head = document.head.innerHTML;
      const el = mount(`<invest-projects portal="${PORTAL}"></invest-projects>`);
      expect(el.shadowRoot).not.toBeNull();
      expect(await settled(el)).toBe('ready');

      expect(calls.map((c) => c.url)).toEqual([`${PORTAL}/api/v1/projects?lang=vi&pageSize=5`]);
      expect(calls[0]!.init).toMatchObject({ credentials: 'omit', mode: 'cors' });
      expect(calls[0]!.init?.headers).toBeUndefined();

      const w = wrapper(el);
      expect(w.getAttribute('lang')).toBe('vi');
      expect(w.getAttribute('aria-busy')).toBe('false');
      expect($(el, 'h2.invest-heading')?.textContent).toBe('Dự án mới đăng');
      const cards = $$(el, 'ul.invest-list > li > article.invest-card');
      expect(cards).toHaveLength(2);
      const link = cards[0]!.querySelector('h3.invest-card-title a')!;
      expect(link.getAttribute('href')).toBe(`${PORTAL}/vi/projects/cang-tran-de`);
      expect(link.textContent).toBe('Tran De deep-water port');
      expect(link.hasAttribute('target')).toBe(false);
      const facts = cards[0]!.querySelector('dl.invest-card-facts')!.textContent;
      for (const text of ['Logistics, Energy', 'Tran De commune', '1.250 tỷ đồng', '140 ha', 'Department of Finance']) expect(facts).toContain(text);
      expect(cards[1]!.querySelector('.invest-badge')?.textContent).toBe('Đã lựa chọn nhà đầu tư');
      expect(cards[1]!.textContent).toContain('Chưa xác định');
      expect($(el, 'a.invest-more-link')?.getAttribute('href')).toBe(`${PORTAL}/vi/projects?sort=newest`);
      expect($(el, 'a.invest-more-link')?.textContent).toBe('Xem tất cả dự án kêu gọi đầu tư');

      // Nothing leaks out: no light-DOM children, nothing added to the document head.
      expect(el.children).toHaveLength(0);
      expect(document.head.innerHTML).toBe(head);
    });

    it('resets inherited styles on its wrapper and styles only its shadow root', () => {
      stubFetch(() => new Promise(() => undefined));
      const el = mount(`<invest-projects portal="${PORTAL}"></invest-projects>`);
      const root = el.shadowRoot!;
      const css = [...(root.adoptedStyleSheets ?? []).flatMap((s) => [...s.cssRules].map((r) => r.cssText)), ...[...root.querySelectorAll('style')].map((s) => s.textContent)].join('\n');
      expect(css).toMatch(/\.invest\s*\{[^}]*all:\s*initial/);
      expect(css).toMatch(/font-size:\s*medium/);
      expect(css).toContain(':focus-visible');
    });

    it('shows a loading state with aria-busy, then re-renders once when attributes change', async () => {
      let release: (v: unknown) => void = () => undefined;
      const calls = stubFetch((url) => (url.includes('lang=vi') ? new Promise((resolve) => (release = resolve)) : { items: [CARD] }));
      const el = mount(`<invest-projects portal="${PORTAL}"></invest-projects>`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(stateOf(el)).toBe('loading');
      expect(wrapper(el).getAttribute('aria-busy')).toBe('true');
      const first = calls[0]!.init!.signal!;

      el.setAttribute('lang', 'en');
      el.setAttribute('limit', '3');
      el.setAttribute('sector', 'energy');
      el.setAttribute('featured', '');
      expect(await settled(el)).toBe('ready');
      expect(first.aborted).toBe(true);
      release({ items: [] });
      expect(calls.map((c) => c.url)).toEqual([
        `${PORTAL}/api/v1/projects?lang=vi&pageSize=5`,
        `${PORTAL}/api/v1/projects?lang=en&pageSize=3&sector=energy&featured=true`,
      ]);
      expect(wrapper(el).getAttribute('lang')).toBe('en');
      expect($(el, '.invest-heading')?.textContent).toBe('Featured projects');
      expect($(el, '.invest-card')?.textContent).toContain('VND 1,250 billion');
      expect($(el, '.invest-card-title a')?.getAttribute('href')).toBe(`${PORTAL}/en/projects/cang-tran-de`);
      expect($(el, '.invest-more-link')?.getAttribute('href')).toBe(`${PORTAL}/en/projects?sector=energy&sort=newest`);
    });

    it('falls back to defaults for invalid attributes', async () => {
      const calls = stubFetch(() => ({ items: [] }));
      const el = mount(`<invest-projects portal="javascript:alert(1)" lang="fr" limit="500" sector="bad code" project="../x"></invest-projects>`);
      expect(await settled(el)).toBe('empty');
      expect(calls[0]!.url).toBe(`${location.origin}/api/v1/projects?lang=vi&pageSize=5`);
      expect($(el, '.invest-message')?.textContent).toBe('Chưa có dự án nào.');
      expect($(el, '.invest-more-link')).not.toBeNull();
    });

    it('shows one project for project="slug", with its title as the heading', async () => {
      const calls = stubFetch(() => ({ ...CARD, description: '…', policies: [], documents: [] }));
      const el = mount(`<invest-projects portal="${PORTAL}" lang="en" project="cang-tran-de"></invest-projects>`);
      expect(await settled(el)).toBe('ready');
      expect(calls[0]!.url).toBe(`${PORTAL}/api/v1/projects/cang-tran-de?lang=en`);
      expect($$(el, '.invest-card')).toHaveLength(1);
      expect($(el, 'h2.invest-card-title a')?.getAttribute('href')).toBe(`${PORTAL}/en/projects/cang-tran-de`);
      expect($(el, '.invest-heading')).toBeNull();
    });

    it('filters featured calls here when several codes are asked for', async () => {
      const other = { ...CARD, slug: 'other', title: 'Other', sectors: [{ code: 'tourism', name: 'Tourism' }] };
      const third = { ...CARD, slug: 'third', title: 'Third', sectors: [{ code: 'agriculture', name: 'Agriculture' }] };
      const calls = stubFetch(() => ({ items: [CARD, other, third] }));
      const el = mount(`<invest-projects portal="${PORTAL}" featured sector="energy,tourism" limit="1"></invest-projects>`);
      expect(await settled(el)).toBe('ready');
      expect(calls[0]!.url).toBe(`${PORTAL}/api/v1/projects?lang=vi&pageSize=100&featured=true`);
      expect($$(el, '.invest-card').map((c) => c.dataset['slug'])).toEqual(['cang-tran-de']);
    });

    it('uses the search API (newest first) for several codes', async () => {
      const calls = stubFetch(() => ({
        hits: [{ slug: 'h', title: 'Hit', status: 'published', sectors: ['Năng lượng'], unit: 'U', department: 'D', capitalVnd: 2e12, areaHa: 3, translated: true }],
      }));
      const el = mount(`<invest-projects portal="${PORTAL}" unit="a,b"></invest-projects>`);
      expect(await settled(el)).toBe('ready');
      expect(calls[0]!.url).toBe(`${PORTAL}/api/v1/search/projects?lang=vi&pageSize=5&sort=newest&unit=a%2Cb`);
      expect($(el, '.invest-card')?.textContent).toContain('2.000 tỷ đồng');
    });

    it.each([
      ['an HTTP error', 500],
      ['a missing project', 404],
      ['a network or CORS failure', new TypeError('Failed to fetch')],
      ['an unexpected body', '<html>proxy error</html>'],
    ])('shows the bilingual error for %s, and never throws', async (_what, answer) => {
      stubFetch(() => answer);
      const el = mount(`<invest-projects portal="${PORTAL}" lang="en" project="cang-tran-de"></invest-projects>`);
      expect(await settled(el)).toBe('error');
      expect($(el, '.invest-message')?.textContent).toBe('Không tải được dữ liệu / Could not load data');
      expect($(el, '.invest-message [lang="vi"]')?.textContent).toBe('Không tải được dữ liệu');
      expect(wrapper(el).getAttribute('aria-busy')).toBe('false');
      expect($(el, '.invest-more-link')?.getAttribute('href')).toBe(`${PORTAL}/en/projects?sort=newest`);
    });

    it('cancels its request when removed', async () => {
      const calls = stubFetch(() => new Promise(() => undefined));
      const el = mount(`<invest-projects portal="${PORTAL}"></invest-projects>`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      el.remove();
      expect(calls[0]!.init!.signal!.aborted).toBe(true);
    });

    it('opens portal links in a new tab inside an iframe (data-invest-embed)', async () => {
      document.documentElement.setAttribute('data-invest-embed', '');
      stubFetch(() => ({ items: [CARD] }));
      const el = mount(`<invest-projects portal="${PORTAL}"></invest-projects>`);
      await settled(el);
      const link = $(el, '.invest-card-title a')!;
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener');
      expect(link.querySelector('.vh')?.textContent).toBe(' (mở trong thẻ mới)');
    });

    it('marks an English page’s untranslated title as Vietnamese', async () => {
      stubFetch(() => ({ items: [{ ...CARD, title: 'Cảng Trần Đề', untranslated: ['title'] }] }));
      const el = mount(`<invest-projects portal="${PORTAL}" lang="en"></invest-projects>`);
      await settled(el);
      expect($(el, '.invest-card-title a')?.getAttribute('lang')).toBe('vi');
    });

    it('can be defined twice (the script included twice)', () => {
      expect(() => define('invest-projects', class extends InvestProjects {})).not.toThrow();
      expect(customElements.get('invest-projects')).toBe(InvestProjects);
    });
  });

  describe('<invest-policies>', () => {
    it('lists the newest policies with document number and validity', async () => {
      const calls = stubFetch(() => ({ items: [POLICY_CARD, { ...POLICY_CARD, slug: 'p2', title: 'P2', validFrom: null, validTo: null }] }));
      const el = mount(`<invest-policies portal="${PORTAL}" limit="2" department="sokhdt"></invest-policies>`);
      expect(await settled(el)).toBe('ready');
      expect(calls[0]!.url).toBe(`${PORTAL}/api/v1/policies?lang=vi&pageSize=2&department=sokhdt`);
      expect($(el, 'h2.invest-heading')?.textContent).toBe('Chính sách ưu đãi mới');
      const rows = $$(el, 'ul.invest-rows > li.invest-policy');
      expect(rows).toHaveLength(2);
      expect(rows[0]!.querySelector('h3.invest-policy-title a')?.getAttribute('href')).toBe(`${PORTAL}/vi/policies/uu-dai-thue-tndn`);
      expect(rows[0]!.querySelector('.invest-policy-number')?.textContent).toBe('Số văn bản: 31/2021/NĐ-CP');
      expect(rows[0]!.querySelector('.invest-policy-validity')?.textContent).toBe('Hiệu lực: từ 26/03/2021 · Đang có hiệu lực');
      expect(rows[1]!.querySelector('.invest-policy-validity')).toBeNull();
      expect($(el, '.invest-more-link')?.getAttribute('href')).toBe(`${PORTAL}/vi/policies?department=sokhdt&sort=newest`);
    });

    it('uses the policy search (newest) for several codes, and shows errors and emptiness', async () => {
      const calls = stubFetch((url) => (url.includes('/search/') ? { hits: [{ slug: 's', title: 'Search hit', legalNumber: '12/2020/QĐ-UBND', translated: true }] } : 503));
      const el = mount(`<invest-policies portal="${PORTAL}" lang="en" sector="a,b"></invest-policies>`);
      expect(await settled(el)).toBe('ready');
      expect(calls[0]!.url).toBe(`${PORTAL}/api/v1/search/policies?lang=en&pageSize=5&sector=a%2Cb&sort=newest`);
      expect($(el, '.invest-policy-number')?.textContent).toBe('Document number: 12/2020/QĐ-UBND');

      el.setAttribute('sector', 'a');
      expect(await settled(el)).toBe('error');

      stubFetch(() => ({ items: [] }));
      el.setAttribute('sector', 'c');
      expect(await settled(el)).toBe('empty');
      expect($(el, '.invest-message')?.textContent).toBe('No policies yet.');
    });
  });

  describe('<invest-search>', () => {
    it('renders a labelled GET form to the portal search, opening a new tab by default', async () => {
      const calls = stubFetch(() => 500);
      const el = mount(`<invest-search portal="${PORTAL}"></invest-search>`);
      expect(await settled(el)).toBe('ready');
      expect(calls).toHaveLength(0);
      const form = $(el, 'form.invest-search-form') as HTMLFormElement;
      expect(form.getAttribute('method')).toBe('get');
      expect(form.getAttribute('action')).toBe(`${PORTAL}/vi/projects`);
      expect(form.getAttribute('target')).toBe('_blank');
      expect(form.getAttribute('role')).toBe('search');
      const input = $(el, 'input.invest-search-input') as HTMLInputElement;
      expect(input.name).toBe('q');
      expect(input.type).toBe('search');
      const label = $(el, 'label.invest-search-label')!;
      expect(label.getAttribute('for')).toBe(input.id);
      expect(label.textContent).toBe('Tìm dự án kêu gọi đầu tư (mở trong thẻ mới)');
      expect($(el, 'button.invest-search-button')?.getAttribute('type')).toBe('submit');
    });

    it('follows lang and target, and ignores an invalid target', async () => {
      const el = mount(`<invest-search portal="${PORTAL}" lang="en" target="_self"></invest-search>`);
      await settled(el);
      expect($(el, 'form')?.getAttribute('action')).toBe(`${PORTAL}/en/projects`);
      expect($(el, 'form')?.getAttribute('target')).toBe('_self');
      expect($(el, 'button')?.textContent).toBe('Search');
      el.setAttribute('target', 'javascript:void(0)');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect($(el, 'form')?.getAttribute('target')).toBe('_blank');
    });
  });

  describe('<invest-map>', () => {
    function fakeMapApi() {
      const rendered: { container: HTMLElement; options: MapOptions }[] = [];
      const destroy = vi.fn();
      const api: MapApi = {
        version: 1,
        render: (container, options) => {
          rendered.push({ container, options });
          return { destroy };
        },
      };
      window.InvestPortalMap = api;
      return { rendered, destroy };
    }

    it('hands the settings and points to the map chunk once its container is in place', async () => {
      const { rendered, destroy } = fakeMapApi();
      const calls = stubFetch((url) => (url.endsWith('/settings/public') ? SETTINGS : POINTS));
      const el = mount(`<invest-map portal="${PORTAL}" lang="en" sector="energy" height="300"></invest-map>`);
      expect(await settled(el)).toBe('ready');
      expect(calls.map((c) => c.url).sort()).toEqual([`${PORTAL}/api/v1/search/projects/map?lang=en&sector=energy`, `${PORTAL}/api/v1/settings/public`]);
      expect(rendered).toHaveLength(1);
      const { container, options } = rendered[0]!;
      expect(container.isConnected).toBe(true);
      expect(container.getRootNode()).toBe(el.shadowRoot);
      expect(container.style.height).toBe('300px');
      expect(options.settings).toEqual(SETTINGS.map);
      expect(options.points).toEqual(POINTS.points);
      expect(options.href('cang-tran-de')).toBe(`${PORTAL}/en/projects/cang-tran-de`);
      expect(options.label).toBe('Map of calls for investment');
      expect($(el, '.invest-map-note')?.textContent).toBe('2 projects on the map. See the list of projects');
      expect($(el, '.invest-more-link')?.getAttribute('href')).toBe(`${PORTAL}/en/projects?sector=energy&sort=newest`);
      // No script injected: the chunk was already there.
      expect(document.head.querySelector('script[data-invest-portal]')).toBeNull();

      el.setAttribute('height', '500');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settled(el);
      expect(destroy).toHaveBeenCalledTimes(1);
      expect(rendered[1]!.container.style.height).toBe('500px');
      el.remove();
      expect(destroy).toHaveBeenCalledTimes(2);
    });

    it('says when the points are capped, and is "empty" without points', async () => {
      fakeMapApi();
      stubFetch((url) => (url.endsWith('/settings/public') ? SETTINGS : { points: POINTS.points, total: 6200 }));
      const el = mount(`<invest-map portal="${PORTAL}"></invest-map>`);
      await settled(el);
      expect($(el, '.invest-map-note')?.textContent).toContain('Bản đồ hiển thị 2 trên 6.200 dự án');

      stubFetch((url) => (url.endsWith('/settings/public') ? SETTINGS : { points: [], total: 0 }));
      el.setAttribute('unit', 'nowhere');
      expect(await settled(el)).toBe('empty');
    });

    it('shows the error when the settings cannot be loaded', async () => {
      const { rendered } = fakeMapApi();
      stubFetch((url) => (url.endsWith('/settings/public') ? new TypeError('Failed to fetch') : POINTS));
      const el = mount(`<invest-map portal="${PORTAL}"></invest-map>`);
      expect(await settled(el)).toBe('error');
      expect(rendered).toHaveLength(0);
      expect($(el, '.invest-message')?.textContent).toBe('Không tải được dữ liệu / Could not load data');
    });

    it('loads widgets-map.js with one script tag for all maps, and reports a chunk that fails', async () => {
      stubFetch((url) => (url.endsWith('/settings/public') ? SETTINGS : POINTS));
      const a = mount(`<invest-map portal="${PORTAL}"></invest-map>`);
      const b = mount(`<invest-map portal="${PORTAL}"></invest-map>`);
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      const scripts = [...document.head.querySelectorAll<HTMLScriptElement>('script[data-invest-portal]')];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.src).toMatch(/\/widgets-map\.js$/);
      scripts[0]!.dispatchEvent(new Event('error'));
      expect(await settled(a)).toBe('error');
      expect(await settled(b)).toBe('error');
      expect(document.head.querySelector('script[data-invest-portal]')).toBeNull();
    });

    it('resolves the loader once the chunk registers itself', async () => {
      const loading = loadMapApi('https://portal.test/widgets-map.js');
      const script = document.head.querySelector<HTMLScriptElement>('script[data-invest-portal]')!;
      const api: MapApi = { version: 1, render: () => ({ destroy: () => undefined }) };
      window.InvestPortalMap = api;
      script.dispatchEvent(new Event('load'));
      await expect(loading).resolves.toBe(api);
      script.remove();
    });
  });
});
