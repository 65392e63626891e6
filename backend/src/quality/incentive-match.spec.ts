import { byValidityThenTitle, matchPolicy, unitChain, validity, vietnamToday, type UnitNode } from './incentive-match.js';

const UNITS: UnitNode[] = [
  { id: 'p', code: 'soc-trang', parentId: null },
  { id: 'w1', code: 'phuong-phu-loi', parentId: 'p' },
  { id: 'z', code: 'khu-a', parentId: 'w1' },
  { id: 'w2', code: 'phuong-vinh-chau', parentId: 'p' },
];

describe('unitChain', () => {
  it('the unit, then its ancestors up to the province', () => {
    expect(unitChain('z', UNITS)).toEqual(['khu-a', 'phuong-phu-loi', 'soc-trang']);
    expect(unitChain('p', UNITS)).toEqual(['soc-trang']);
    expect(unitChain('nope', UNITS)).toEqual([]);
  });

  it('stops at a cycle or a missing parent', () => {
    expect(unitChain('a', [{ id: 'a', code: 'a', parentId: 'b' }, { id: 'b', code: 'b', parentId: 'a' }])).toEqual(['a', 'b']);
    expect(unitChain('a', [{ id: 'a', code: 'a', parentId: 'gone' }])).toEqual(['a']);
  });
});

describe('matchPolicy', () => {
  const project = { sectorCodes: ['wind-power', 'seaport-logistics'], unitChain: unitChain('z', UNITS) };

  it('no sectors and no units: every project in the province, with all its sectors', () => {
    expect(matchPolicy({ sectorCodes: [], unitCodes: [] }, project)).toEqual({ sectors: ['seaport-logistics', 'wind-power'], units: 'province' });
  });

  it('sectors must overlap; only the shared ones are named', () => {
    expect(matchPolicy({ sectorCodes: ['wind-power', 'tourism'], unitCodes: [] }, project)).toEqual({ sectors: ['wind-power'], units: 'province' });
    expect(matchPolicy({ sectorCodes: ['tourism'], unitCodes: [] }, project)).toBeNull();
  });

  it("units match the project's unit or an ancestor of it", () => {
    expect(matchPolicy({ sectorCodes: [], unitCodes: ['khu-a'] }, project)).toEqual({ sectors: ['seaport-logistics', 'wind-power'], units: ['khu-a'] });
    expect(matchPolicy({ sectorCodes: [], unitCodes: ['phuong-phu-loi', 'phuong-vinh-chau'] }, project)!.units).toEqual(['phuong-phu-loi']);
    expect(matchPolicy({ sectorCodes: [], unitCodes: ['soc-trang'] }, project)!.units).toEqual(['soc-trang']);
    expect(matchPolicy({ sectorCodes: [], unitCodes: ['phuong-vinh-chau'] }, project)).toBeNull();
  });

  it('both conditions must hold', () => {
    expect(matchPolicy({ sectorCodes: ['wind-power'], unitCodes: ['phuong-vinh-chau'] }, project)).toBeNull();
    expect(matchPolicy({ sectorCodes: ['tourism'], unitCodes: ['soc-trang'] }, project)).toBeNull();
  });

  it('a project without sectors matches only sector-less policies', () => {
    const bare = { sectorCodes: [], unitChain: ['soc-trang'] };
    expect(matchPolicy({ sectorCodes: [], unitCodes: [] }, bare)).toEqual({ sectors: [], units: 'province' });
    expect(matchPolicy({ sectorCodes: ['wind-power'], unitCodes: [] }, bare)).toBeNull();
  });
});

describe('validity', () => {
  it('inclusive bounds, open when missing', () => {
    expect(validity('2026-01-01', '2026-12-31', '2026-01-01')).toBe('valid');
    expect(validity('2026-01-01', '2026-12-31', '2026-12-31')).toBe('valid');
    expect(validity('2026-01-01', '2026-12-31', '2025-12-31')).toBe('not-yet');
    expect(validity('2026-01-01', '2026-12-31', '2027-01-01')).toBe('expired');
    expect(validity(null, null, '2026-06-01')).toBe('valid');
    expect(validity(null, '2020-01-01', '2026-06-01')).toBe('expired');
    expect(validity('2030-01-01', null, '2026-06-01')).toBe('not-yet');
  });

  it("today is Vietnam's date (UTC+7), not the server's", () => {
    expect(vietnamToday(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(vietnamToday(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(validity(null, '2026-12-31', vietnamToday(new Date('2026-12-31T17:30:00Z')))).toBe('expired');
  });
});

describe('byValidityThenTitle', () => {
  it('valid first, then not yet, then expired; Vietnamese title order within each', () => {
    const items = [
      { validity: 'expired' as const, sortTitle: 'A' },
      { validity: 'valid' as const, sortTitle: 'Đất' },
      { validity: 'not-yet' as const, sortTitle: 'B' },
      { validity: 'valid' as const, sortTitle: 'Dịch vụ' },
      { validity: 'valid' as const, sortTitle: 'Ưu đãi' },
    ];
    expect(items.sort(byValidityThenTitle).map((i) => i.sortTitle)).toEqual(['Dịch vụ', 'Đất', 'Ưu đãi', 'B', 'A']);
  });
});
