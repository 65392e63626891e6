import { daySpan, daysBetween, isDay, localDay } from './day.js';

describe('provincial calendar days', () => {
  it('a day starts at 17:00 UTC of the day before (UTC+7)', () => {
    expect(localDay(new Date('2026-11-26T16:59:59.999Z'))).toBe('2026-11-26');
    expect(localDay(new Date('2026-11-26T17:00:00.000Z'))).toBe('2026-11-27');
    expect(localDay(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(localDay(new Date('2026-06-15T00:00:00Z'))).toBe('2026-06-15');
  });

  it('accepts real dates only', () => {
    expect(isDay('2026-11-26')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay('26-11-2026')).toBe(false);
    expect(isDay('2026-11-26T00:00')).toBe(false);
  });

  it('counts and lists days inclusively', () => {
    expect(daySpan('2026-11-26', '2026-11-26')).toBe(1);
    expect(daySpan('2026-02-27', '2026-03-02')).toBe(4);
    expect(daySpan('2026-11-27', '2026-11-26')).toBe(0);
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(daysBetween('2026-11-27', '2026-11-26')).toEqual([]);
  });
});
