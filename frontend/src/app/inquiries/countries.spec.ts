import { countryOptions } from './countries';

describe('countryOptions', () => {
  it('names countries in the page language and puts Vietnam first', () => {
    const en = countryOptions(['SG', 'KR', 'VN', 'JP'], 'en');
    expect(en.map((c) => c.code)).toEqual(['VN', 'JP', 'SG', 'KR']);
    expect(en.map((c) => c.name)).toEqual(['Vietnam', 'Japan', 'Singapore', 'South Korea']);
  });

  it('sorts with Vietnamese collation (Đ after D, diacritics not pushed to the end)', () => {
    const vi = countryOptions(['TW', 'DE', 'DK', 'AU', 'VN', 'US'], 'vi');
    expect(vi[0]).toEqual({ code: 'VN', name: 'Việt Nam' });
    // Code-point order would put every Đ name last, after "Úc".
    expect(vi.slice(1).map((c) => c.name)).toEqual(['Đài Loan', 'Đan Mạch', 'Đức', 'Hoa Kỳ', 'Úc']);
  });

  it('keeps codes it cannot name, upper-cases and de-duplicates', () => {
    const options = countryOptions(['kr', 'KR', 'ZZZ'], 'en');
    expect(options.map((c) => c.code)).toEqual(['KR', 'ZZZ']);
    expect(options.find((c) => c.code === 'ZZZ')?.name).toBe('ZZZ');
  });
});
