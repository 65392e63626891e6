/** API answers the widget specs share (shapes of the generated API types). */
export const CARD = {
  slug: 'cang-tran-de',
  code: 'ST-01',
  lang: 'en',
  status: 'published',
  title: 'Tran De deep-water port',
  summary: '…',
  sectors: [
    { code: 'logistics', name: 'Logistics' },
    { code: 'energy', name: 'Energy' },
  ],
  unit: { code: 'tran-de', name: 'Tran De commune' },
  department: { code: 'sokhdt', name: 'Department of Finance' },
  location: { lat: 9.5, lng: 106.2 },
  areaHa: 140,
  capital: { vnd: '1250000000000', usd: 49_212_598, vndPerUsd: 25_400, rateDate: '2026-01-01' },
  landStatusKind: null,
  featured: true,
  lastVerifiedAt: null,
  publishedAt: '2026-05-01T00:00:00Z',
  untranslated: [],
};

export const POLICY_CARD = {
  slug: 'uu-dai-thue-tndn',
  code: 'CS-01',
  lang: 'vi',
  title: 'Ưu đãi thuế thu nhập doanh nghiệp',
  summary: '…',
  legalBasis: { number: '31/2021/NĐ-CP', issuer: 'Chính phủ', date: '2021-03-26' },
  validFrom: '2021-03-26',
  validTo: null,
  incentiveTypes: ['corporate_income_tax'],
  sectors: [],
  units: [],
  department: { code: 'sokhdt', name: 'Sở Tài chính' },
  publishedAt: '2026-05-01T00:00:00Z',
  untranslated: [],
};

export const SETTINGS = {
  languages: ['vi', 'en'],
  portalName: { vi: 'Cổng', en: 'Portal' },
  owner: { vi: 'UBND', en: 'PPC' },
  map: { tileUrl: 'http://tiles.invest.test/{z}/{x}/{y}.png', attribution: '© OSM', center: { lat: 9.6, lng: 105.97 }, zoom: 10, maxZoom: 18 },
};

export const POINTS = {
  points: [
    { slug: 'cang-tran-de', title: 'Cảng Trần Đề', lat: 9.5, lng: 106.2 },
    { slug: 'dien-gio', title: 'Điện gió', lat: 9.3, lng: 106.0 },
  ],
  total: 2,
  degraded: false,
};
