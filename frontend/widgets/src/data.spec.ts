import {
  BadResponse,
  listOf,
  mapPoints,
  mapSettings,
  matchesFilters,
  policyFromCard,
  policyFromHit,
  projectFromCard,
  projectFromHit,
} from './data';
import { formatArea, formatVnd, t } from './i18n';
import { validityText } from './policies';
import { CARD } from './testing/fixtures';


describe('widget data', () => {
  it('formats capital and area like the site', () => {
    expect(formatVnd('1250000000000', 'vi')).toBe('1.250 tỷ đồng');
    expect(formatVnd(1_250_000_000_000, 'en')).toBe('VND 1,250 billion');
    expect(formatArea(140, 'vi')).toBe('140 ha');
    expect(formatArea(12.5, 'vi')).toBe('12,5 ha');
    expect(formatArea(12.5, 'en')).toBe('12.5 ha');
    expect(formatVnd(null, 'vi')).toBe('');
  });

  it('fills message parameters', () => {
    expect(t('vi', 'mapCapped', { count: '5.000', total: '6.200' })).toBe('Bản đồ hiển thị 5.000 trên 6.200 dự án');
    expect(t('en', 'mapCount', { count: 3 })).toBe('3 projects on the map');
  });

  it('reads a project card of the public list', () => {
    expect(projectFromCard(CARD, 'en')).toEqual({
      slug: 'cang-tran-de',
      title: 'Tran De deep-water port',
      titleLang: null,
      status: 'published',
      sectors: ['Logistics', 'Energy'],
      unit: 'Tran De commune',
      department: 'Department of Finance',
      capitalVnd: '1250000000000',
      areaHa: 140,
      codes: { sector: ['logistics', 'energy'], unit: ['tran-de'], department: ['sokhdt'] },
    });
    const untranslated = projectFromCard({ ...CARD, capital: null, areaHa: null, untranslated: ['title', 'summary'] }, 'en');
    expect(untranslated?.titleLang).toBe('vi');
    expect(untranslated?.capitalVnd).toBeNull();
    expect(untranslated?.areaHa).toBeNull();
  });

  it('reads a search hit', () => {
    const hit = {
      slug: 'dien-gio',
      code: 'X',
      status: 'awarded',
      title: 'Điện gió',
      summary: '',
      titleHighlighted: 'Điện gió',
      snippet: '',
      sectors: ['Năng lượng'],
      unit: 'Vĩnh Châu',
      department: 'Sở Công Thương',
      lat: 9.3,
      lng: 106,
      capitalVnd: 900_000_000,
      areaHa: 12.5,
      distanceM: null,
      translated: false,
    };
    expect(projectFromHit(hit, 'en')).toMatchObject({ status: 'awarded', titleLang: 'vi', sectors: ['Năng lượng'], capitalVnd: 900_000_000 });
    expect(projectFromHit(hit, 'vi')?.titleLang).toBeNull();
  });

  it('drops malformed items instead of failing the whole list', () => {
    expect(projectFromCard(null, 'vi')).toBeNull();
    expect(projectFromCard({ slug: 'x' }, 'vi')).toBeNull();
    expect(projectFromCard({ slug: 'x', title: 'X', sectors: 'nope', unit: 7 }, 'vi')).toMatchObject({ sectors: [], unit: '' });
    expect(policyFromHit([], 'vi')).toBeNull();
  });

  it('refuses a response without its list', () => {
    expect(listOf({ items: [1] }, 'items')).toEqual([1]);
    expect(() => listOf({ hits: [] }, 'items')).toThrow(BadResponse);
    expect(() => listOf('<html>', 'items')).toThrow(BadResponse);
    expect(() => listOf(null, 'items')).toThrow(BadResponse);
  });

  it('filters featured calls by codes: any code of a filter, every filter', () => {
    const p = projectFromCard(CARD, 'vi')!;
    expect(matchesFilters(p, { sector: [], unit: [], department: [] })).toBe(true);
    expect(matchesFilters(p, { sector: ['tourism', 'energy'], unit: [], department: [] })).toBe(true);
    expect(matchesFilters(p, { sector: ['energy'], unit: ['other', 'tran-de'], department: ['sokhdt'] })).toBe(true);
    expect(matchesFilters(p, { sector: ['energy'], unit: ['other'], department: [] })).toBe(false);
  });

  it('reads policies with their number and validity', () => {
    const card = {
      slug: 'uu-dai-thue',
      title: 'Tax incentives',
      legalBasis: { number: '31/2021/NĐ-CP', issuer: 'Chính phủ', date: '2021-03-26' },
      validFrom: '2021-03-26',
      validTo: null,
      untranslated: [],
    };
    expect(policyFromCard(card, 'en')).toEqual({
      slug: 'uu-dai-thue',
      title: 'Tax incentives',
      titleLang: null,
      legalNumber: '31/2021/NĐ-CP',
      validFrom: '2021-03-26',
      validTo: null,
    });
    expect(policyFromHit({ slug: 's', title: 'T', legalNumber: '12/2020/QĐ-UBND', translated: false }, 'en')).toEqual({
      slug: 's',
      title: 'T',
      titleLang: 'vi',
      legalNumber: '12/2020/QĐ-UBND',
      validFrom: null,
      validTo: null,
    });
  });

  it('words validity with the dates and whether the policy is in force', () => {
    expect(validityText({ validFrom: null, validTo: null }, 'vi')).toBe('');
    expect(validityText({ validFrom: '2021-03-26', validTo: '2025-12-31' }, 'vi', '2026-01-10')).toBe(
      'Hiệu lực: từ 26/03/2021 đến 31/12/2025 · Hết hiệu lực',
    );
    expect(validityText({ validFrom: '2021-03-26', validTo: null }, 'en', '2026-01-10')).toBe('Validity: from 26 March 2021 · In force');
    expect(validityText({ validFrom: '2027-01-01', validTo: null }, 'en', '2026-01-10')).toBe('Validity: from 1 January 2027 · Not yet in force');
  });

  it('reads map points (valid coordinates only) and map settings', () => {
    expect(
      mapPoints({
        points: [
          { slug: 'a', title: 'A', lat: 9.5, lng: 106 },
          { slug: 'b', title: 'B', lat: 'x', lng: 106 },
          { slug: 'c', title: 'C', lat: 95, lng: 106 },
          null,
        ],
        total: 7,
      }),
    ).toEqual({ points: [{ slug: 'a', title: 'A', lat: 9.5, lng: 106 }], total: 7 });
    expect(() => mapPoints({})).toThrow(BadResponse);
    const settings = { map: { tileUrl: 'https://t/{z}/{x}/{y}.png', attribution: '© OSM', center: { lat: 9.6, lng: 105.97 }, zoom: 10, maxZoom: 18 } };
    expect(mapSettings(settings)).toEqual(settings.map);
    expect(() => mapSettings({ map: { center: {} } })).toThrow(BadResponse);
    expect(() => mapSettings({})).toThrow(BadResponse);
  });
});
