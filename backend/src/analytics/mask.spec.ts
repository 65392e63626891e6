import { maskPersonalData, normaliseQuery } from './mask.js';

describe('maskPersonalData', () => {
  it.each([
    ['an.nguyen@gmail.com', '[email]'],
    ['liên hệ an.nguyen+dautu@soctrang.gov.vn đất kcn', 'liên hệ [email] đất kcn'],
    ['nguyen@', '[email]'],
    ['0912345678', '[phone]'],
    ['0912 345 678 điện gió', '[phone] điện gió'],
    ['gọi 091.234.5678', 'gọi [phone]'],
    ['+84 912-345-678', '[phone]'],
    ['(0299) 3822 123', '[phone]'],
    ['cccd 079201001234', 'cccd [phone]'],
    ['a@b.vn hoặc 0299.3822.123', '[email] hoặc [phone]'],
  ])('%s → %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each(['điện gió', 'kcn an nghiệp 2026', 'lô 12-34', 'vốn 500 tỷ', 'dự án 1234567', 'đất 10.5 ha'])('leaves ordinary queries alone: %s', (q) => {
    expect(maskPersonalData(q)).toBe(q);
  });

  it('normalises like the search log (trim, collapse, lower case) and masks', () => {
    expect(normaliseQuery('  Điện   GIÓ ')).toBe('điện gió');
    expect(normaliseQuery(' Hỏi AN@Example.org ')).toBe('hỏi [email]');
    expect(normaliseQuery('điện\u0000gió\u0007')).toBe('điện gió');
    expect(normaliseQuery('Điện gió'.normalize('NFD'))).toBe('điện gió');
  });
});
