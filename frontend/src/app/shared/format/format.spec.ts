import { formatArea, formatCount, formatUsd, formatVnd } from './format';

describe('format helpers', () => {
  it('formats VND in billions (tỷ đồng) or millions, from numbers and decimal strings', () => {
    expect(formatVnd('1900000000000', 'vi')).toBe('1.900 tỷ đồng');
    expect(formatVnd(1900000000000, 'en')).toBe('VND 1,900 billion');
    expect(formatVnd('60440000000000', 'vi')).toBe('60.440 tỷ đồng');
    expect(formatVnd(12_500_000_000, 'vi')).toBe('12,5 tỷ đồng');
    expect(formatVnd(1_250_000_000, 'en')).toBe('VND 1.25 billion');
    expect(formatVnd(450_000_000, 'vi')).toBe('450 triệu đồng');
    expect(formatVnd(450_000_000, 'en')).toBe('VND 450 million');
  });

  it('formats USD in millions or billions', () => {
    expect(formatUsd(2379527559, 'en')).toBe('US$2.38 billion');
    expect(formatUsd(2379527559, 'vi')).toBe('2,38 tỷ USD');
    expect(formatUsd(74803149, 'en')).toBe('US$74.8 million');
    expect(formatUsd(74803149, 'vi')).toBe('74,8 triệu USD');
    expect(formatUsd(5000, 'en')).toBe('US$5,000');
  });

  it('formats areas in hectares with the language’s decimal mark', () => {
    expect(formatArea(12.5, 'vi')).toBe('12,5 ha');
    expect(formatArea(12.5, 'en')).toBe('12.5 ha');
    expect(formatArea(2000, 'vi')).toBe('2.000 ha');
    expect(formatArea('140', 'en')).toBe('140 ha');
    expect(formatCount(1234, 'vi')).toBe('1.234');
  });

  it('returns an empty string when there is no usable value', () => {
    for (const value of [null, undefined, '', '  ', 'abc', Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatVnd(value, 'vi')).toBe('');
      expect(formatUsd(value, 'en')).toBe('');
      expect(formatArea(value, 'en')).toBe('');
    }
  });
});
