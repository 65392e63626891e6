import { buildProjectSearch, projectFilter, QueryError, searchText, type ProjectQuery } from './query.js';

const base: ProjectQuery = { q: '', lang: 'vi', filters: {}, sort: 'relevance', page: 1, pageSize: 20 };

describe('projectFilter', () => {
  it('quotes codes and combines facets, ranges and geo', () => {
    expect(
      projectFilter({
        ...base,
        filters: { sector: ['wind-power', 'solar-power'], unit: ['xa-tran-de'] },
        capital: { min: 1e9 },
        area: { max: 50 },
        bbox: [105.5, 9.2, 106.3, 9.9],
      }),
    ).toEqual([
      'sector_codes IN ["wind-power", "solar-power"]',
      'unit_code IN ["xa-tran-de"]',
      'capital_vnd >= 1000000000',
      'area_ha <= 50',
      '_geoBoundingBox([9.9, 106.3], [9.2, 105.5])',
    ]);
  });

  it.each([
    ['wind-power"] OR status = "draft'],
    ['a) OR (1=1'],
    ['x, y'],
    [''],
  ])('refuses a code that could escape its quotes: %j', (evil) => {
    expect(() => projectFilter({ ...base, filters: { sector: [evil] } })).toThrow(QueryError);
  });

  it('refuses swapped or impossible boxes and radii', () => {
    expect(() => projectFilter({ ...base, bbox: [106.3, 9.2, 105.5, 9.9] })).toThrow(/west < east/);
    expect(() => projectFilter({ ...base, near: { lat: 95, lng: 106, km: 5 } })).toThrow(/near/);
    expect(() => projectFilter({ ...base, near: { lat: 9.5, lng: 106, km: 0 } })).toThrow(/near/);
    expect(() => projectFilter({ ...base, capital: { min: Number.NaN } })).toThrow(/capitalMin/);
  });

  it('leaves out one facet for its own counts', () => {
    const q = { ...base, filters: { sector: ['a'], unit: ['b'] } };
    expect(projectFilter(q, 'sector')).toEqual(['unit_code IN ["b"]']);
  });
});

describe('searchText', () => {
  it('adds the tone spelling only to queries with diacritics', () => {
    expect(searchText('đất')).toBe('đất ddaats');
    expect(searchText('dat')).toBe('dat');
    expect(searchText('  điện   gió ')).toBe('điện gió ddieenj gios');
  });
});

describe('buildProjectSearch', () => {
  it('asks the other facets in the main query and each selected facet separately', () => {
    const built = buildProjectSearch('projects', { ...base, filters: { sector: ['wind-power'] } });
    expect(built.main.facets).toEqual(['unit_code', 'department_code', 'investment_form_code', 'land_status', 'capital_band', 'area_band', 'status']);
    expect(built.facetQueries).toHaveLength(1);
    expect(built.facetQueries[0]!.query).toMatchObject({ facets: ['sector_codes'], limit: 0, filter: [] });
  });

  it('sorts by distance from the radius centre', () => {
    const built = buildProjectSearch('projects', { ...base, sort: 'distance', near: { lat: 9.5, lng: 106.2, km: 10 } });
    expect(built.main.sort).toEqual(['_geoPoint(9.5, 106.2):asc']);
    expect(() => buildProjectSearch('projects', { ...base, sort: 'distance' })).toThrow(/needs near or bbox/);
  });
});

describe('policyFilter', () => {
  it('lets province-wide policies match any unit, and refuses unsafe codes', async () => {
    const { policyFilter } = await import('./query.js');
    const q = { q: '', lang: 'vi' as const, filters: { unit: ['xa-tran-de'], incentive: ['land_rent'] }, sort: 'relevance' as const, page: 1, pageSize: 20 };
    expect(policyFilter(q)).toEqual(['(unit_codes IN ["xa-tran-de"] OR unit_codes IS EMPTY)', 'incentive_types IN ["land_rent"]']);
    expect(() => policyFilter({ ...q, filters: { sector: ['x" OR 1'] } })).toThrow(/codes/);
  });
});
