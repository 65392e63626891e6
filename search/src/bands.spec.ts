import { AREA_BANDS, bandOf, CAPITAL_BANDS } from './bands.js';
import { toProjectDocument, type ProjectSource } from './documents.js';

describe('bands', () => {
  it('lower bounds are inclusive, upper bounds exclusive, and every positive value has a band', () => {
    expect(bandOf(CAPITAL_BANDS, 499_999_999_999)).toBe('lt-500b');
    expect(bandOf(CAPITAL_BANDS, 500_000_000_000)).toBe('500b-2000b');
    expect(bandOf(CAPITAL_BANDS, 5_000_000_000_000)).toBe('gte-5000b');
    expect(bandOf(AREA_BANDS, 9.99)).toBe('lt-10');
    expect(bandOf(AREA_BANDS, 10)).toBe('10-50');
    expect(bandOf(AREA_BANDS, 200)).toBe('gte-200');
    expect(bandOf(AREA_BANDS, null)).toBeNull();
    expect(bandOf(AREA_BANDS, Number.NaN)).toBeNull();
  });

  it('bands tile the number line: each one starts where the previous ended', () => {
    for (const bands of [CAPITAL_BANDS, AREA_BANDS]) {
      expect(bands[0]!.min).toBeNull();
      expect(bands.at(-1)!.max).toBeNull();
      for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBe(bands[i - 1]!.max);
      expect(new Set(bands.map((b) => b.code)).size).toBe(bands.length);
    }
  });

  it('project documents carry the bands, land status and featured flag', () => {
    const source: ProjectSource = {
      id: '00000000-0000-4000-8000-000000000001',
      code: 'P-1',
      slug: 'p-1',
      status: 'published',
      version: 1,
      title: { vi: 'Dự án', en: null },
      summary: { vi: 'Tóm tắt', en: null },
      description: { vi: 'Mô tả', en: null },
      sectors: [],
      unit: { code: 'u', name: { vi: 'U', en: null } },
      department: { code: 'd', name: { vi: 'D', en: null } },
      investmentForm: null,
      lat: 9.6,
      lng: 105.9,
      areaHa: 75.5,
      // Above 2^53: bands are computed from the decimal string without losing the order of magnitude.
      capitalVnd: '12000000000000000',
      landStatusKind: 'clearing',
      featured: true,
      publishedAt: null,
      lastVerifiedAt: null,
    };
    expect(toProjectDocument(source)).toMatchObject({ capital_band: 'gte-5000b', area_band: '50-200', land_status: 'clearing', featured: true });
    expect(toProjectDocument({ ...source, capitalVnd: null, areaHa: null, landStatusKind: null })).toMatchObject({ capital_band: null, area_band: null, land_status: null });
  });
});
