import type { Schemas } from '../core/api/api';
import { isDegraded, isEmpty, parseSiteQuery, siteSearchGroups } from './site-search-state';

type Result = Schemas['SiteSearchResultDto'];

const projectHit = (slug: string, over: Partial<Schemas['ProjectHitDto']> = {}): Schemas['ProjectHitDto'] => ({
  slug,
  code: slug.toUpperCase(),
  status: 'published',
  title: `Title ${slug}`,
  summary: `Summary ${slug}`,
  titleHighlighted: `<mark>Title</mark> ${slug}`,
  snippet: '',
  sectors: ['Energy', 'Industry'],
  unit: 'Vinh Chau',
  department: 'DPI',
  lat: 9.3,
  lng: 106,
  capitalVnd: null,
  areaHa: null,
  distanceM: null,
  translated: true,
  ...over,
});

function result(over: { projects?: Partial<Result['projects']>; policies?: Partial<Result['policies']>; news?: Partial<Result['news']> } = {}): Result {
  return {
    projects: { q: 'x', lang: 'en', hits: [], total: 0, page: 1, pageSize: 10, facets: {} as Result['projects']['facets'], degraded: false, ...over.projects },
    policies: { q: 'x', lang: 'en', hits: [], total: 0, page: 1, pageSize: 10, facets: {} as Result['policies']['facets'], degraded: false, ...over.policies },
    news: { q: 'x', lang: 'en', hits: [], total: 0, degraded: false, ...over.news },
  };
}

describe('parseSiteQuery', () => {
  it('trims, caps at 200 characters and treats a missing query as empty', () => {
    expect(parseSiteQuery('  điện gió ')).toBe('điện gió');
    expect(parseSiteQuery(null)).toBe('');
    expect(parseSiteQuery(undefined)).toBe('');
    expect(parseSiteQuery('a'.repeat(300))).toHaveLength(200);
  });
});

describe('siteSearchGroups', () => {
  it('gives three groups in order with totals, the first five project hits and a link to the full search', () => {
    const hits = Array.from({ length: 7 }, (_, i) => projectHit(`p${i}`));
    const [projects, policies, news] = siteSearchGroups(result({ projects: { hits, total: 12 } }), 'gió', 'en');
    expect([projects.kind, policies.kind, news.kind]).toEqual(['projects', 'policies', 'news']);
    expect(projects.total).toBe(12);
    expect(projects.hits.map((h) => h.key)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(projects.hits[0].route).toEqual(['/', 'en', 'projects', 'p0']);
    expect(projects.hits[0].href).toBeNull();
    expect(projects.hits[0].meta).toBe('Vinh Chau · Energy, Industry');
    expect(projects.all).toEqual({ route: ['/', 'en', 'projects'], q: 'gió' });
    expect(policies.all).toEqual({ route: ['/', 'en', 'policies'], q: 'gió' });
    expect(news.all).toBeNull();
  });

  it('renders highlights as parts and falls back to the summary without a snippet', () => {
    const [projects] = siteSearchGroups(result({ projects: { hits: [projectHit('a', { titleHighlighted: 'A &amp; <mark>B</mark>' })], total: 1 } }), 'b', 'vi');
    expect(projects.hits[0].title).toEqual([
      { text: 'A & ', mark: false },
      { text: 'B', mark: true },
    ]);
    expect(projects.hits[0].text).toEqual([{ text: 'Summary a', mark: false }]);
    const [withSnippet] = siteSearchGroups(result({ projects: { hits: [projectHit('a', { snippet: '…<mark>gió</mark> biển' })], total: 1 } }), 'b', 'vi');
    expect(withSnippet.hits[0].text.map((p) => p.mark)).toEqual([false, true, false]);
  });

  it('marks Vietnamese-only texts on the English page', () => {
    const [projects] = siteSearchGroups(result({ projects: { hits: [projectHit('a', { translated: false })], total: 1 } }), 'x', 'en');
    expect(projects.hits[0].lang).toBe('vi');
    const [vi] = siteSearchGroups(result({ projects: { hits: [projectHit('a', { translated: false })], total: 1 } }), 'x', 'vi');
    expect(vi.hits[0].lang).toBeNull();
  });

  it('links news to the provincial portal, with its language and date, never to an unsafe URL', () => {
    const base = { titleHighlighted: '', snippet: '', source: 'Cổng TTĐT tỉnh', imageUrl: null, publishedAt: '2026-11-02T20:30:00Z' } as const;
    const groups = siteSearchGroups(
      result({
        news: {
          total: 14,
          hits: [
            { ...base, id: 'n1', title: 'Điện gió', link: 'https://www.soctrang.gov.vn/tin-tuc/a', language: 'vi' },
            { ...base, id: 'n2', title: 'Wind', link: 'javascript:alert(1)', language: 'en' },
          ],
        },
      }),
      'gió',
      'en',
    );
    const news = groups[2];
    expect(news.total).toBe(14);
    expect(news.hits.map((h) => [h.key, h.href, h.lang, h.route])).toEqual([
      ['n1', 'https://www.soctrang.gov.vn/tin-tuc/a', 'vi', null],
      ['n2', null, null, null],
    ]);
    expect(news.hits[0].title).toEqual([{ text: 'Điện gió', mark: false }]);
    expect(news.hits[0].date).toBe('3 November 2026');
    expect(news.hits[0].meta).toBe('Cổng TTĐT tỉnh');
    expect(news.hits[0].text).toEqual([]);
  });
});

describe('isDegraded / isEmpty', () => {
  it('is degraded when any group is', () => {
    expect(isDegraded(result())).toBe(false);
    expect(isDegraded(result({ news: { degraded: true } }))).toBe(true);
    expect(isDegraded(result({ policies: { degraded: true } }))).toBe(true);
  });

  it('is empty only when no group has a match', () => {
    expect(isEmpty(result())).toBe(true);
    expect(isEmpty(result({ news: { total: 1 } }))).toBe(false);
  });
});
