import type { Filters } from './attrs';
import { apiUrl, FEATURED_FETCH, mapUrls, pageUrl, planPolicies, planProjects, seeAllUrl, withQuery } from './urls';

const PORTAL = 'https://dautu.example.gov.vn';
const none: Filters = { sector: [], unit: [], department: [] };

describe('widget URLs', () => {
  it('leaves empty values out and joins lists with commas', () => {
    expect(withQuery('/x', {})).toBe('/x');
    expect(withQuery('/x', { a: '', b: null, c: undefined, d: false, e: [], f: 0 })).toBe('/x?f=0');
    expect(withQuery('/x', { sector: ['a', 'b'], featured: true, q: 'đầu tư & more' })).toBe(
      '/x?sector=a%2Cb&featured=true&q=%C4%91%E1%BA%A7u+t%C6%B0+%26+more',
    );
    expect(apiUrl(PORTAL, '/settings/public')).toBe(`${PORTAL}/api/v1/settings/public`);
  });

  it('links portal pages in the widget language', () => {
    expect(pageUrl(PORTAL, 'vi', 'projects')).toBe(`${PORTAL}/vi/projects`);
    expect(pageUrl(PORTAL, 'en', 'projects', 'cang-tran-de')).toBe(`${PORTAL}/en/projects/cang-tran-de`);
    expect(pageUrl(PORTAL, 'en', 'policies', 'uu-dai')).toBe(`${PORTAL}/en/policies/uu-dai`);
  });

  it('"see all" opens the portal list with the same filters, newest first', () => {
    expect(seeAllUrl(PORTAL, 'vi', 'projects', none)).toBe(`${PORTAL}/vi/projects?sort=newest`);
    expect(seeAllUrl(PORTAL, 'en', 'projects', { sector: ['energy', 'tourism'], unit: ['u1'], department: [] })).toBe(
      `${PORTAL}/en/projects?sector=energy%2Ctourism&unit=u1&sort=newest`,
    );
    expect(seeAllUrl(PORTAL, 'vi', 'policies', { sector: [], unit: [], department: ['sokhdt'] })).toBe(
      `${PORTAL}/vi/policies?department=sokhdt&sort=newest`,
    );
  });

  it('projects: the public list for one code per filter (newest first, featured)', () => {
    expect(planProjects(PORTAL, { lang: 'vi', limit: 5, filters: none, featured: false, project: null })).toEqual({
      url: `${PORTAL}/api/v1/projects?lang=vi&pageSize=5`,
      kind: 'list',
      filterHere: false,
    });
    expect(
      planProjects(PORTAL, { lang: 'en', limit: 3, filters: { sector: ['energy'], unit: ['u1'], department: ['d1'] }, featured: true, project: null }).url,
    ).toBe(`${PORTAL}/api/v1/projects?lang=en&pageSize=3&sector=energy&unit=u1&department=d1&featured=true`);
  });

  it('projects: the search API (newest) for several codes; featured ones are then filtered here', () => {
    const filters: Filters = { sector: ['energy', 'tourism'], unit: [], department: [] };
    expect(planProjects(PORTAL, { lang: 'vi', limit: 4, filters, featured: false, project: null })).toEqual({
      url: `${PORTAL}/api/v1/search/projects?lang=vi&pageSize=4&sort=newest&sector=energy%2Ctourism`,
      kind: 'search',
      filterHere: false,
    });
    expect(planProjects(PORTAL, { lang: 'vi', limit: 4, filters, featured: true, project: null })).toEqual({
      url: `${PORTAL}/api/v1/projects?lang=vi&pageSize=${FEATURED_FETCH}&featured=true`,
      kind: 'list',
      filterHere: true,
    });
  });

  it('one project by slug ignores the other attributes', () => {
    expect(planProjects(PORTAL, { lang: 'en', limit: 9, filters: { sector: ['a', 'b'], unit: [], department: [] }, featured: true, project: 'cang-tran-de' })).toEqual({
      url: `${PORTAL}/api/v1/projects/cang-tran-de?lang=en`,
      kind: 'one',
      filterHere: false,
    });
  });

  it('policies: the public list (with validity), the search API for several codes', () => {
    expect(planPolicies(PORTAL, { lang: 'vi', limit: 5, filters: { sector: [], unit: ['u1'], department: [] } })).toEqual({
      url: `${PORTAL}/api/v1/policies?lang=vi&pageSize=5&unit=u1`,
      kind: 'list',
      filterHere: false,
    });
    expect(planPolicies(PORTAL, { lang: 'en', limit: 2, filters: { sector: [], unit: ['u1', 'u2'], department: [] } }).url).toBe(
      `${PORTAL}/api/v1/search/policies?lang=en&pageSize=2&unit=u1%2Cu2&sort=newest`,
    );
  });

  it('map: points with the filters, and the public settings', () => {
    expect(mapUrls(PORTAL, 'en', { sector: ['energy'], unit: [], department: ['a', 'b'] })).toEqual({
      points: `${PORTAL}/api/v1/search/projects/map?lang=en&sector=energy&department=a%2Cb`,
      settings: `${PORTAL}/api/v1/settings/public`,
    });
  });
});
