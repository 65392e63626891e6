import { validityOn } from './validity';

describe('validityOn', () => {
  it('is in force between both dates, both ends included', () => {
    expect(validityOn('2021-01-01', '2025-09-30', '2021-01-01')).toBe('in_force');
    expect(validityOn('2021-01-01', '2025-09-30', '2024-06-15')).toBe('in_force');
    expect(validityOn('2021-01-01', '2025-09-30', '2025-09-30')).toBe('in_force');
  });

  it('is expired the day after the end date', () => {
    expect(validityOn('2021-01-01', '2025-09-30', '2025-10-01')).toBe('expired');
  });

  it('is not yet in force before the start date', () => {
    expect(validityOn('2026-07-01', null, '2026-06-30')).toBe('not_yet');
  });

  it('treats missing dates as open ends', () => {
    expect(validityOn(null, null, '1999-01-01')).toBe('in_force');
    expect(validityOn(null, '2020-12-31', '2021-01-01')).toBe('expired');
    expect(validityOn('2021-01-01', null, '2099-12-31')).toBe('in_force');
  });

  it('accepts date-times by their calendar day', () => {
    expect(validityOn('2021-01-01T00:00:00Z', '2025-09-30T00:00:00Z', '2025-09-30')).toBe('in_force');
  });
});
